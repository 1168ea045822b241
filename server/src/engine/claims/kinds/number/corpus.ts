/** Examples and counter-examples of measures; the kind's test (see KindCorpus). */
import type { KindCorpus } from '../../kind';

export const corpus: KindCorpus = {
  examples: [
    { text: 'Drivers face a detour of about 11 miles.', claims: [['about 11 miles', '9.9–12.1 miles']] },
    { text: 'The shaft is 870 metres deep.', claims: [['870 metres', '870 metres']] },
    { text: 'A magnitude-6.1 temblor struck the island.', claims: [['6.1', 'magnitude 6.1']] },
    { text: 'The 5.9-magnitude quake struck at dawn.', claims: [['5.9', 'magnitude 5.9']] },
    { text: 'A tremor measuring 6.4 on the Richter scale rattled Brindle Bay.', claims: [['6.4', 'magnitude 6.4']] },
  ],
  counter: [{ text: 'Eleven people were injured.', why: 'people are counted, not measured' }],
  pairs: [
    { a: 'The Tolbrook Bridge detour is about 11 miles long.', b: 'The Tolbrook Bridge detour is about 25 miles long.', conflict: true, why: '11 against 25 miles' },
    { a: 'The 6.1-magnitude quake struck Tarn Island on Sunday.', b: 'The 5.9-magnitude quake struck Tarn Island on Sunday.', conflict: true, why: 'two magnitudes of one quake' },
    { a: 'A magnitude 5.9 tremor shook Tarn Island.', b: 'A tremor measuring 5.9 on the Richter scale shook Tarn Island.', conflict: false, why: 'one magnitude' },
  ],
};
