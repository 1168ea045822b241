/** Examples and counter-examples of clock times; the kind's test (see KindCorpus). */
import type { KindCorpus } from '../../kind';

export const corpus: KindCorpus = {
  examples: [
    { text: 'The alarm was raised at 6:40 a.m. on Sunday.', claims: [['6:40 a.m.', '6:40']] },
    { text: 'The count was declared shortly before 7am.', claims: [['shortly before 7am', '6:30–7:00']] },
    { text: 'Polls closed at 22:00.', claims: [['22:00', '21:55–22:05']] },
    { text: 'The markets reopened at noon.', claims: [['noon', '11:55–12:05']] },
    { text: 'The count was declared at 3:10am BST.', claims: [['3:10am BST', '3:10 BST (2:10 UTC)']] },
    { text: 'Launch is set for 09:30 UTC+8 on Friday.', claims: [['09:30 UTC+8', '9:30 UTC+8 (1:30 UTC)']] },
    { text: 'Doors opened at 14:00 GMT - 20 minutes late.', claims: [['14:00 GMT', '13:55–14:05 GMT']] },
    { text: 'The vote closed at 10 a.m. ET.', claims: [['10 a.m. ET', '9:55–10:05 ET']] },
  ],
  counter: [
    { text: 'The score was 3:1 at half-time.', why: 'a score is no time (no hour above 23 needed: 3:1 has one digit of minutes)' },
    { text: 'He served 25 years for the robbery.', why: 'a number of years is a duration' },
    { text: 'Calder Star refloated\nTue., Oct. 29, 2024 9:05 AM GMT\nThe ferry was towed to Kelso.', why: 'the time of a publication stamp on a line of its own is when the page was published' },
  ],
  pairs: [
    { a: 'The Calder Star hit the Tolbrook Bridge at 6:40 a.m.', b: 'The Calder Star hit the Tolbrook Bridge shortly after 8 a.m.', conflict: true, why: 'two hours apart' },
    { a: 'The Calder Star hit the Tolbrook Bridge at 6:40 a.m.', b: 'The Calder Star hit the Tolbrook Bridge shortly before 7 a.m.', conflict: false, why: '6:40 is shortly before 7' },
    { a: 'The Orbit 4 went on sale at 3pm BST in Kelso.', b: 'The Orbit 4 went on sale at 14:00 GMT in Kelso.', conflict: false, why: 'one moment in two zones' },
    { a: 'The Orbit 4 went on sale at 3pm BST in Kelso.', b: 'The Orbit 4 went on sale at 10am EDT in Kelso.', conflict: false, why: '14:00 UTC both' },
    { a: 'The Orbit 4 went on sale at 3pm BST in Kelso.', b: 'The Orbit 4 went on sale at 16:00 GMT in Kelso.', conflict: true, why: '14:00 against 16:00 UTC' },
    { a: 'The Orbit 4 went on sale at 23:30 GMT in Kelso.', b: 'The Orbit 4 went on sale at 00:30 CET in Kelso.', conflict: false, why: 'one moment across midnight' },
    { a: 'The Orbit 4 went on sale at 3pm GMT in Kelso.', b: 'The Orbit 4 went on sale at 10am in Kelso.', conflict: false, compared: false, because: 'maybe two time zones', why: 'a time with no zone may be another zone’s: five hours apart is New York’s 10am' },
    { a: 'The Orbit 4 went on sale at 3pm GMT in Kelso.', b: 'The Orbit 4 went on sale at 3:40pm in Kelso.', conflict: true, why: 'forty minutes is no zone apart' },
    { a: 'The Orbit 4 went on sale at 23:00 GMT in Kelso.', b: 'The Orbit 4 went on sale at 1am in Kelso.', conflict: false, compared: false, because: 'maybe two time zones', why: 'two hours apart across midnight may be two zones' },
    { a: 'The Orbit 4 went on sale at 14:00 GMT in Kelso.', b: 'The Orbit 4 went on sale at 14:00 GMT - 20 minutes after the doors opened in Kelso.', conflict: false, why: 'a dash after a zone is no offset' },
  ],
};
