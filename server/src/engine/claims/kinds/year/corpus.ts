/** Examples and counter-examples of years; the kind's test (see KindCorpus). */
import type { KindCorpus } from '../../kind';

export const corpus: KindCorpus = {
  examples: [
    { text: 'The Tolbrook Bridge opened in 1998.', claims: [['1998', '1998']] },
    { text: 'The properties were seized between 2016 and 2018.', claims: [['between 2016 and 2018', '2016–2018']] },
    { text: 'The company was fined three years ago.', date: '2024-10-30', claims: [['three years ago', '2020–2021']] },
    { text: 'Crews closed the 26-year-old bridge.', date: '2024-10-30', claims: [['26-year-old', '1997–1998']] },
    { text: 'The warehouse was built in the 1930s.', claims: [['1930s', '1930–1939']] },
    { text: 'Styles of the 1940s and 1950s returned.', claims: [['1940s', '1940–1949'], ['1950s', '1950–1959']] },
  ],
  counter: [
    { text: 'A 40-year-old man was arrested.', date: '2024-10-30', why: 'a person’s age is no year (the age kind reads it)' },
    { text: 'Her 30-year-old nephew drove the van.', date: '2024-10-30', why: 'a relative’s age is a person’s' },
    { text: 'A 45-year-old spokesman read the statement.', date: '2024-10-30', why: 'a role names a person too' },
    { text: 'The ferry carries 1998 passengers a week.', why: 'a number of passengers is a count' },
  ],
  pairs: [
    { a: 'The Tolbrook Bridge opened in 1998.', b: 'The Tolbrook Bridge opened in 1996.', conflict: true, why: 'two years' },
    { a: 'The Tolbrook Bridge was refurbished between 2015 and 2017.', b: 'The Tolbrook Bridge was refurbished in 2016.', conflict: false, why: '2016 lies in 2015-2017' },
    { a: 'The Kestrels reached the Arlow Cup final for the first time since 2004.', b: 'The Kestrels reached the Arlow Cup final in 2009.', conflict: false, compared: false, why: 'a bound of a stretch and the time of the final', because: 'a bound' },
    { a: 'The Matanuska Maid warehouse was built in 1935.', b: 'The Matanuska Maid warehouse was built in the 1930s.', conflict: false, why: '1935 is in the 1930s' },
    { a: 'Mara Velde hosted the Kelso Film Awards in 2007 and won praise.', b: 'Mara Velde was first nominated at the Kelso Film Awards in 2001.', conflict: false, compared: false, because: 'years of two events', why: 'the year she hosted and the year she was nominated' },
    { a: 'A Wendline ferry collided with the 26-year-old Tolbrook Bridge.', b: 'The Tolbrook Bridge opened in 1996.', date: '2024-10-29', conflict: true, why: 'a bridge 26 years old in 2024 opened in 1998, whatever verb its clause has' },
  ],
};
