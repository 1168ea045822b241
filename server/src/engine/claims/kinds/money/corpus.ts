/** Examples and counter-examples of sums of money; the kind's test (see KindCorpus). */
import type { KindCorpus } from '../../kind';

export const corpus: KindCorpus = {
  examples: [
    { text: 'The company was fined £7.1m.', claims: [['£7.1m', '£7.1m']] },
    { text: 'The repairs will cost 7.1 million pounds.', claims: [['7.1 million pounds', '£7.1m']] },
    { text: 'The club paid $2.8 billion for the site.', claims: [['$2.8 billion', '$2.8bn']] },
    { text: 'Fees rose to €30,000.', claims: [['€30,000', '€30,000']] },
    { text: 'He will earn £115,000 a week.', claims: [['£115,000 a week', '£115,000 a week (£5.98m a year)']] },
    { text: 'Damage to the Kelso pier was estimated at $US2 million ($3.1 million), police said.', claims: [['$US2 million', '$2m']] },
  ],
  counter: [
    { text: 'The ship carried 300 pounds of cargo.', why: 'pounds of a thing are a weight' },
    { text: 'The fish weighed 12 pounds.', why: 'pounds after a verb of weighing are a weight' },
  ],
  pairs: [
    { a: 'Engineers put the cost of repairs to the Tolbrook Bridge at £15m.', b: 'Engineers estimate the cost of repairs to the Tolbrook Bridge at £12 million.', conflict: true, why: '£15m against £12m' },
    { a: 'Engineers put the cost of repairs to the Tolbrook Bridge at £15m.', b: 'Engineers put the price of repairs to the Tolbrook Bridge at £12m.', conflict: true, why: 'a cost and a price of one repair are one quantity' },
    { a: 'The Tolbrook Bridge owner was fined £7.1m in 2021.', b: 'The Tolbrook Bridge owner was fined 7.1 million pounds in 2021.', conflict: false, why: 'the same sum written two ways' },
    { a: 'Damage to the Kelso pier was estimated at €3 million (£2.6 million), police said.', b: 'Damage to the Kelso pier was estimated at €3 million, police said.', conflict: false, why: 'the bracketed sum is the same damage in another currency' },
    { a: 'Emil Sandqvist will earn £115,000 a week at Castlemere.', b: 'Emil Sandqvist will earn about £6m a year at Castlemere.', conflict: false, why: '£115,000 a week is £5.98m a year' },
    { a: 'Emil Sandqvist will earn £115,000 a week at Castlemere.', b: 'Emil Sandqvist will earn £150,000 a week at Castlemere.', conflict: true, why: 'two weekly wages' },
    { a: 'Kelso Rovers completed the signing of a striker from Arlow Town on Friday. The club paid a record fee. Supporters had waited all summer. Tomas Velde will earn £90,000 a week, which makes him the best-paid player in the squad.', b: 'Kelso Rovers signed a striker from Arlow Town on Friday for a record fee. The deal ends a long summer. Tomas Velde, 24, agreed a four-year contract worth 120,000 pounds a week, a source said.', conflict: true, why: 'a rate of pay to one person both name, beyond the story’s lead, is his pay, whatever the verbs' },
    { a: 'The stadium lease costs the Kelso Rovers Football Club £2m a year.', b: 'Agents’ fees cost the Kelso Rovers Football Club some £5m a year.', conflict: false, compared: false, why: 'two sums a year a club pays: a club’s sums a year are not its pay' },
    { a: 'The offer would add about £840 a year to the pay of a porter on £24,000.', b: 'The gap, for a porter on £24,000, is more than £1,100 a year.', conflict: false, compared: false, why: 'a rise and a gap, both a year to one grade of staff: no name says whose' },
  ],
};
