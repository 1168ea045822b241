/** Examples and counter-examples of durations; the kind's test (see KindCorpus). */
import type { KindCorpus } from '../../kind';

export const corpus: KindCorpus = {
  examples: [
    { text: 'The search took four and a half hours.', claims: [['four and a half hours', '4.5 h']] },
    { text: 'The talks lasted four hours and 40 minutes.', claims: [['four hours and 40 minutes', '4 h 40 min']] },
    { text: 'The crossing took 2 hrs 15 mins.', claims: [['2 hrs 15 mins', '2 h 15 min']] },
    { text: 'The meeting lasted nearly six and a half hours.', claims: [['nearly six and a half hours', '6.2–6.5 h']] },
    { text: 'Talks ran for more than 20 minutes.', claims: [['more than 20 minutes', '> 20 min']] },
    { text: 'Engineers worked for an hour and a half.', claims: [['an hour and a half', '1.5 h']] },
    { text: 'The rescue began at 6:55 a.m. and lasted until 11:25 a.m.', claims: [['6:55 a.m. and lasted until 11:25 a.m.', '4.5 h (6:55 a.m. to 11:25 a.m.)']] },
    { text: 'He served 4 1/2 months in federal prison.', claims: [['4 1/2 months', '4.5 months']] },
    { text: 'The crossing took 4½ hours.', claims: [['4½ hours', '4.5 h']] },
    { text: 'She was sentenced to 10 years.', claims: [['10 years', '10 years']] },
    { text: 'The vigil lasted from 9 p.m. until shortly after 2 a.m.', claims: [['9 p.m. until shortly after 2 a.m.', '5 h 15 min (9 p.m. to shortly after 2 a.m.)']] },
  ],
  counter: [
    { text: 'The mine is 26 years old.', why: 'an age, not a duration' },
    { text: 'The bridge carries 18,000 vehicles a day.', why: '"a day" after a count is a rate' },
    { text: 'It happened three years ago.', why: '"years ago" is a year' },
    { text: 'He served 41 / 2 months in prison.', why: 'a number after "41 /" is a denominator (here a mangled "4 1/2"), never a duration of its own' },
  ],
  pairs: [
    { a: 'The search for the Calder Star deckhand took four and a half hours.', b: 'The search for the Calder Star deckhand took more than six hours.', conflict: true, why: '4.5 h is not over 6 h' },
    { a: 'The Kelso talks lasted over six hours.', b: 'The Kelso talks lasted nearly six and a half hours.', conflict: false, why: 'over six hours includes 6.2–6.5 h' },
    { a: 'The Kelso talks lasted six hours and 20 minutes.', b: 'The Kelso talks lasted more than six hours.', conflict: false, why: 'six hours and 20 minutes is more than six hours, not six hours' },
    { a: 'The Kelso talks lasted six hours and 20 minutes.', b: 'The Kelso talks lasted six hours and 50 minutes.', conflict: true, why: '20 minutes apart' },
    { a: 'Police in Arlow said the town was calm after four days of riots.', b: 'Police in Arlow said the town was calm after eight days of riots.', conflict: false, compared: false, because: 'the time so far', why: 'the riots so far, told on days unknown' },
    { a: 'Police in Arlow said the town was calm after four days of riots.', b: 'Police in Arlow said the town was calm after eight days of riots.', date: '2024-12-14', conflict: true, why: 'the riots so far, told on the same day' },
    { a: 'The Bantams have offered Luca Vasko a seven-year contract.', b: 'Luca Vasko is seeking an eight-year contract from the Bantams.', conflict: true, why: 'one deal told from the giver and the receiver (Vasko named between the Bantams and the value)' },
    { a: 'Emil Sandqvist joined Castlemere United on Thursday. Sandqvist has signed a four-year deal with the club.', b: 'Castlemere United completed the signing of Emil Sandqvist. The striker put pen to paper on a five-year contract at Quayside Park.', conflict: true, why: 'a person beside one and a place beside the other: who and where of one deal, not two holders' },
    { a: 'Luca Vasko is seeking an eight-year contract from the Bantams.', b: 'Dan Pell is seeking a five-year contract from the Bantams.', conflict: false, compared: false, why: 'two players’ asks', because: 'whose doing' },
  ],
};
