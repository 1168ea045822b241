/** Examples and counter-examples of people's ages; the kind's test (see KindCorpus). */
import type { KindCorpus } from '../../kind';

export const corpus: KindCorpus = {
  examples: [
    { text: 'Marta Velde, 61, was found at her home.', claims: [['61', '61 years old']] },
    { text: 'The 36-year-old Ukrainian retained his titles.', claims: [['36-year-old', '36 years old']] },
    { text: 'A 40-year-old man was arrested on Friday.', claims: [['40-year-old', '40 years old']] },
    { text: 'The boxer, aged 41, announced his retirement.', claims: [['41', '41 years old']] },
    { text: 'Her 30-year-old nephew drove the van.', claims: [['30-year-old', '30 years old']] },
    { text: 'The 29-year-old Arlow Gardens gang member smiled.', claims: [['29-year-old', '29 years old']] },
    { text: 'A 15-year-old high school student was hurt.', claims: [['15-year-old', '15 years old']] },
  ],
  counter: [
    { text: 'Tomas Velde, who is 6ft 4in, joined the Kelso club.', why: 'a height, no age' },
    { text: 'Crews closed the 26-year-old bridge.', why: 'a thing’s age is the year it began (the year kind)' },
    { text: 'Crews closed the 26-year-old Tolbrook Bridge.', why: 'a named thing’s age is a year too' },
    { text: 'Harbour Road, 12, was closed.', why: 'a number after a street, not a person' },
    { text: 'The vote was 61, with 12 against.', why: 'no person before it' },
  ],
  pairs: [
    { a: 'Marta Velde, 61, was found at her home in Kelso.', b: 'Marta Velde, 68, was found at her home in Kelso.', conflict: true, why: 'one woman, two ages' },
    { a: 'Marta Velde, 31, testified in Kelso.', b: 'Marta Velde, 32, testified in Kelso.', conflict: true, why: 'a year apart on one day' },
    { a: 'Marta Velde, 31, testified in Kelso.', b: 'Kelso heard Marta Velde, 31, on Monday.', conflict: false, why: 'one age' },
    { a: 'Anton Brisk, 36, beat Jonas Mell in Kelso.', b: 'Jonas Mell, 40, lost to Anton Brisk in Kelso.', conflict: false, compared: false, why: 'two boxers’ ages' },
  ],
};
