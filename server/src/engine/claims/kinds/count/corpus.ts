/** Examples and counter-examples of counts; the kind's test (see KindCorpus). */
import type { KindCorpus } from '../../kind';

export const corpus: KindCorpus = {
  examples: [
    { text: 'The collision left nine people injured.', claims: [['nine people', '9 people']] },
    { text: 'Police seized seven assault rifles.', claims: [['seven assault rifles', '7 rifles']] },
    { text: 'About 140 homes were evacuated.', claims: [['About 140 homes', '126–154 homes']] },
    { text: 'There were 18 passengers and 4 crew on board.', claims: [['18 passengers', '18 passengers'], ['18 passengers and 4 crew', '22 people (18 + 4)'], ['4 crew', '4 crew']] },
  ],
  counter: [
    { text: 'One official said the talks were useful.', why: '"one" as a word is rarely a count' },
  ],
  pairs: [
    { a: 'The Tolbrook Bridge collision left nine people injured.', b: 'Eleven people were injured in the Tolbrook Bridge collision.', conflict: true, why: 'nine against eleven injured' },
    { a: 'There were 18 passengers and 4 crew aboard the Calder Star.', b: 'There were 22 people aboard the Calder Star.', conflict: false, why: '18 + 4 = 22' },
  ],
};
