/** Examples and counter-examples of measures; the kind's test (see KindCorpus). */
import type { KindCorpus } from '../../kind';

export const corpus: KindCorpus = {
  examples: [
    { text: 'Drivers face a detour of about 11 miles.', claims: [['about 11 miles', '9.9–12.1 miles']] },
    { text: 'The shaft is 870 metres deep.', claims: [['870 metres', '870 metres']] },
  ],
  counter: [{ text: 'Eleven people were injured.', why: 'people are counted, not measured' }],
  pairs: [
    { a: 'The Tolbrook Bridge detour is about 11 miles long.', b: 'The Tolbrook Bridge detour is about 25 miles long.', conflict: true, why: '11 against 25 miles' },
  ],
};
