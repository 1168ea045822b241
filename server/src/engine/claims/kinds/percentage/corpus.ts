/** Examples and counter-examples of percentages; the kind's test (see KindCorpus). */
import type { KindCorpus } from '../../kind';

export const corpus: KindCorpus = {
  examples: [
    { text: 'Ridership is up 12 percent this year.', claims: [['12 percent', '+12%']] },
    { text: 'Turnout was 64% in the ward.', claims: [['64%', '64%']] },
    { text: 'Greek stocks fell 3.9 per cent.', claims: [['3.9 per cent', '−3.9%']] },
    { text: 'About a third of the staff walked out.', claims: [['About a third', '30%–36.7% (a third)']] },
    { text: 'Two-thirds of members backed the deal.', claims: [['Two-thirds', '66.7% (two-thirds)']] },
    { text: 'One in four voters stayed at home.', claims: [['One in four', '25% (one in four)']] },
    { text: 'Nine out of ten patients were seen within a day.', claims: [['Nine out of ten', '90% (nine out of ten)']] },
    { text: 'One in three of the Kelso nurses backed the strike.', claims: [['One in three', '33.3% (one in three)']] },
  ],
  counter: [
    { text: 'The vote passed 64 to 36.', why: 'a tally, not a share' },
    { text: 'The talks lasted half an hour and the convoy covered a quarter of a mile.', why: 'fractions of units are a duration and a length' },
    { text: 'Half of them left early.', why: 'a share of people the sentence does not name' },
    { text: 'Bush was pulled in the second half of the loss.', why: 'a half of a game is a period, no share' },
    { text: 'The club sits in the bottom half of the table, a quarter of the way through the season.', why: 'a position and an idiom, no share' },
    { text: 'Between half and two-thirds of homes were damaged.', why: 'a range of fractions, not read as one' },
  ],
  pairs: [
    { a: 'Ridership on the Kelso route has risen by 12% this year.', b: 'Ridership on the Kelso route was up 21 per cent this year.', conflict: true, why: '12% against 21%' },
    { a: 'Ridership on the Kelso route has risen by 12% this year.', b: 'Ridership on the Kelso route is up 12 percent this year.', conflict: false, why: 'the same rise' },
    { a: 'A third of the Kelso staff walked out on Monday.', b: '33 per cent of the Kelso staff walked out on Monday.', conflict: false, why: 'a third is 33%' },
    { a: 'A third of the Kelso staff walked out on Monday.', b: '45 per cent of the Kelso staff walked out on Monday.', conflict: true, why: 'a third against nearly half' },
    { a: 'One in three of the Kelso nurses backed the strike.', b: 'One in five of the Kelso doctors backed the strike.', conflict: false, compared: false, because: 'different things', why: 'nurses and doctors' },
    { a: 'One in four Kelso voters stayed at home.', b: 'A quarter of Kelso voters stayed at home.', conflict: false, why: 'one share written two ways' },
  ],
};
