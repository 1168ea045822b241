/** Examples and counter-examples of percentages; the kind's test (see KindCorpus). */
import type { KindCorpus } from '../../kind';

export const corpus: KindCorpus = {
  examples: [
    { text: 'Ridership is up 12 percent this year.', claims: [['12 percent', '+12%']] },
    { text: 'Turnout was 64% in the ward.', claims: [['64%', '64%']] },
    { text: 'Greek stocks fell 3.9 per cent.', claims: [['3.9 per cent', '−3.9%']] },
  ],
  counter: [{ text: 'The vote passed 64 to 36.', why: 'a tally, not a share' }],
  pairs: [
    { a: 'Ridership on the Kelso route has risen by 12% this year.', b: 'Ridership on the Kelso route was up 21 per cent this year.', conflict: true, why: '12% against 21%' },
    { a: 'Ridership on the Kelso route has risen by 12% this year.', b: 'Ridership on the Kelso route is up 12 percent this year.', conflict: false, why: 'the same rise' },
  ],
};
