/** Examples and counter-examples of vote tallies; the kind's test (see KindCorpus). */
import type { KindCorpus } from '../../kind';

export const corpus: KindCorpus = {
  examples: [
    { text: 'The court ruled in a 5-4 decision.', claims: [['5-4', '5–4']] },
    { text: 'Members voted 1,942 to 1,458 for the strike.', claims: [['1,942 to 1,458', '1,942–1,458']] },
    { text: 'The motion was carried by 12 votes to three.', claims: [['12 votes to three', '12–3']] },
    { text: 'The bill passed 52-48 in the Senate.', claims: [['52-48', '52–48']] },
    { text: 'The council voted five votes to four to approve the plan.', claims: [['five votes to four', '5–4']] },
    { text: 'The motion had 212 in favour and 190 against.', claims: [['212 in favour and 190', '212–190']] },
  ],
  counter: [
    { text: 'The match ended 3-1 after extra time.', why: 'a score is no vote' },
    { text: 'Opening hours are 9 to 5 on weekdays.', why: 'no vote word' },
    { text: 'Turnout rose from 34 to 36 percent.', why: 'a range of percentages' },
    { text: 'He won the seat by 300 votes.', why: 'a margin alone is no tally' },
    { text: 'She took the ward with 1,486 votes to 1,479 for the sitting councillor.', why: 'two candidates’ counts, each compared as a count' },
    { text: 'Smith had 1,486 votes to 1,479 for Jones.', why: 'two candidates’ counts: no tally of 1,486 to 1 either' },
  ],
  pairs: [
    { a: 'Nurses at Brennock General Hospital voted 1,942 to 1,458 to strike.', b: 'Nurses at Brennock General Hospital voted 1,492 to 1,458 to strike.', conflict: true, why: 'the votes for differ' },
    { a: 'Nurses at Brennock General Hospital voted 1,942 to 1,458 to strike.', b: 'Nurses at Brennock General Hospital voted 1,942 to 1,458 in favour of a strike.', conflict: false, why: 'the same tally' },
    { a: 'The Kelso council backed the plan by five votes to four.', b: 'The Kelso council backed the plan in a 5-4 vote.', conflict: false, why: 'one tally in words and in figures' },
  ],
};
