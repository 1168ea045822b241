/** Examples and counter-examples of dates; the kind's test (see KindCorpus). */
import type { KindCorpus } from '../../kind';

export const corpus: KindCorpus = {
  examples: [
    { text: 'The ferry was launched on 14 March 2019 at the Kelso yard.', claims: [['14 March 2019', '2019-03-14']] },
    { text: 'The hearing resumed on Feb. 22.', date: '2025-03-01', claims: [['Feb. 22', '2025-02-22']] },
    { text: 'Voters went to the polls on Thursday.', date: '2025-02-28', claims: [['on Thursday', '2025-02-27 (Thursday)']] },
    { text: 'The strike will begin next Tuesday.', date: '2025-10-08', claims: [['next Tuesday', '2025-10-14 (Tuesday)']] },
    { text: 'Ministers were preparing for the budget to be voted on Thursday.', date: '2025-05-07', claims: [['on Thursday', '2025-05-08 (Thursday)']] },
    { text: 'Rescuers reached the village yesterday.', date: '2024-10-30', claims: [['yesterday', '2024-10-29 (yesterday)']] },
    { text: 'The plant closed in December 2003.', claims: [['December 2003', '2003-12']] },
    { text: 'A smaller quake hit the region in February.', date: '2005-11-27', claims: [['February', '2005-02']] },
    { text: 'The report is dated 2024-06-05.', claims: [['2024-06-05', '2024-06-05']] },
    { text: 'The patrol boat fought off a raid on 10 Nov 11.', claims: [['10 Nov 11', '2011-11-10']] },
    { text: 'The yard closed on 3 March 99.', date: '2005-06-01', claims: [['3 March 99', '1999-03-03']] },
  ],
  counter: [
    { text: 'Published 2025-02-28\n\nThe talks went on for hours.', why: 'a dateline is the document’s date, not a claim' },
    { text: 'The council may 5 more years of delays.', why: '"may" in lower case is a verb' },
    { text: 'Ministers met on Thursday.', why: 'a weekday without a document date to resolve it is no date' },
    { text: 'KELSO, Scotland, Aug 6 (Northline Wire) - The Calder Star was refloated.', why: 'a wire story’s dateline is the document’s date' },
    { text: 'Calder Star refloated\nTue., Oct. 29, 2024 9:05 AM GMT\nThe ferry was towed to Kelso.', why: 'a publication stamp on a line of its own is about the page, whatever the segmenter joins it to' },
    { text: 'Calder Star refloated\non October 29th, 2024\nThe ferry was towed to Kelso.', why: 'a blog’s "on" and a date under its title is the post’s date' },
  ],
  pairs: [
    { a: 'The Calder Star struck the Tolbrook Bridge on Tuesday.', b: 'The Calder Star struck the Tolbrook Bridge on Monday, October 28.', date: '2024-10-30', conflict: true, why: 'Tuesday before 30 October is the 29th' },
    { a: 'The Calder Star struck the Tolbrook Bridge yesterday.', b: 'The Calder Star struck the Tolbrook Bridge on Tuesday.', date: '2024-10-30', conflict: false, why: 'both the 29th' },
    { a: 'Porters at Arlow Hospital will walk out at 7am tomorrow.', b: 'The strike by porters at Arlow Hospital ended at 7am on Thursday.', date: '2024-10-28', conflict: false, compared: false, why: 'a strike’s start and its end', because: 'a start and an end' },
    { a: 'Harbour pilot Ines Varga died on Saturday at a guesthouse in Porthleven.', b: 'A cleaner discovered the body of Ines Varga at the Porthleven guesthouse on Tuesday.', date: '2024-07-28', conflict: false, compared: false, why: 'the day a body is found is not the day of the death' },
    { a: 'Harbour pilot Ines Varga died on Saturday at a guesthouse in Porthleven.', b: 'Harbour pilot Ines Varga was found dead at a Porthleven guesthouse, police announced on Wednesday.', date: '2024-07-28', conflict: false, compared: false, why: 'the day it was announced is not the day of the death' },
    { a: 'Harbour pilot Ines Varga died on Saturday at a guesthouse in Porthleven.', b: 'Harbour pilot Ines Varga died on Friday at a guesthouse in Porthleven.', date: '2024-07-28', conflict: true, why: 'two days for one death' },
    { a: 'The Calder Star ran aground off Kelso on Tuesday.', b: 'The Calder Star ran aground off Kelso on Tuesday, September 17.', date: '2024-10-30', conflict: false, compared: false, because: 'days apart: two events', why: 'six weeks apart: a story that runs on tells of two groundings (MAX_DATE_GAP_DAYS)' },
    { a: 'The Calder Star ran aground off Kelso on December 30.', b: 'The Calder Star ran aground off Kelso on January 2, 2025.', conflict: true, why: 'a date without a year read in the nearest year: three days apart, across New Year' },
    { a: 'The Calder Star ran aground off Kelso on Tuesday.', b: 'The Calder Star ran aground off Kelso on Tuesday, October 22.', date: '2024-10-30', conflict: true, why: 'a week apart: one grounding dated two ways' },
  ],
};
