/** Examples and counter-examples of measures; the kind's test (see KindCorpus). */
import type { KindCorpus } from '../../kind';

export const corpus: KindCorpus = {
  examples: [
    { text: 'Drivers face a detour of about 11 miles.', claims: [['about 11 miles', '9.9–12.1 miles (17.7 km)']] },
    { text: 'The entry model now ships with 256GB of storage.', claims: [['256GB', '256GB']] },
    { text: 'The base model starts at 128 gigabytes.', claims: [['128 gigabytes', '128 gigabytes']] },
    { text: 'The farm covers 40 acres north of the river.', claims: [['40 acres', '40 acres (16.2 ha)']] },
    { text: 'Crews worked in a 60-metre shaft.', claims: [['60-metre', '60 metre']] },
    { text: 'Winds reached 70 miles per hour.', claims: [['70 miles per hour', '70 miles per hour (113 km/h)']] },
    { text: 'It was 86°F in the shade.', claims: [['86°F', '86°F (30 °C)']] },
    { text: 'Overnight it fell to -5°C.', claims: [['-5°C', '-5°C']] },
    { text: 'The office has 12,000 sq ft of floor space.', claims: [['12,000 sq ft', '12,000 sq ft (1,110 m²)']] },
    { text: 'The shaft is 870 metres deep.', claims: [['870 metres', '870 metres']] },
    { text: 'A magnitude-6.1 temblor struck the island.', claims: [['6.1', 'magnitude 6.1']] },
    { text: 'The 5.9-magnitude quake struck at dawn.', claims: [['5.9', 'magnitude 5.9']] },
    { text: 'A tremor measuring 6.4 on the Richter scale rattled Brindle Bay.', claims: [['6.4', 'magnitude 6.4']] },
  ],
  counter: [
    { text: 'Eleven people were injured.', why: 'people are counted, not measured' },
    { text: 'The 5G network now reaches 30 towns.', why: 'a generation of networks, no unit; towns are counted' },
    { text: 'The court has 120 TB cases on file.', why: 'an abbreviation before a word it may name is no unit' },
    { text: 'Flight 370 left at 12.41am with 239 people on board.', why: 'a flight number, a clock time and people' },
  ],
  pairs: [
    { a: 'The Tolbrook Bridge detour is about 11 miles long.', b: 'The Tolbrook Bridge detour is about 25 miles long.', conflict: true, why: '11 against 25 miles' },
    { a: 'The 6.1-magnitude quake struck Tarn Island on Sunday.', b: 'The 5.9-magnitude quake struck Tarn Island on Sunday.', conflict: true, why: 'two magnitudes of one quake' },
    { a: 'The Kelso tunnel runs for 5 miles under the bay.', b: 'The Kelso tunnel runs for 8 km under the bay.', conflict: false, why: 'one length in two units, rounded' },
    { a: 'The Kelso tunnel runs for 10 miles under the bay.', b: 'The Kelso tunnel runs for 10 km under the bay.', conflict: true, why: '16.1 km against 10 km' },
    { a: 'The Kelso estate covers 2 acres by the river.', b: 'The Kelso estate covers 0.8 hectares by the river.', conflict: false, why: '2 acres are 0.81 hectares' },
    { a: 'Gusts reached 120 mph before dawn over Kelso.', b: 'Gusts reached 100 mph on Sunday over Kelso.', conflict: true, why: 'an abbreviation before a word is no size of that word: two speeds of the gusts' },
    { a: 'The Orbit 4 entry model ships with 256GB of storage.', b: 'The Orbit 4 entry model ships with 128 gigabytes of storage.', conflict: true, why: 'two sizes of one model' },
    { a: 'The Orbit 4 top model ships with 1TB of storage.', b: 'The Orbit 4 top model ships with 1,000GB of storage.', conflict: false, why: 'a terabyte is a thousand gigabytes' },
    { a: 'Overnight Kelso fell to -5°C.', b: 'Overnight Kelso fell to 5°C.', conflict: true, why: 'below zero and above it' },
    { a: 'A magnitude 5.9 tremor shook Tarn Island.', b: 'A tremor measuring 5.9 on the Richter scale shook Tarn Island.', conflict: false, why: 'one magnitude' },
  ],
};
