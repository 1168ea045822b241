/** Examples and counter-examples of counts; the kind's test (see KindCorpus). */
import type { KindCorpus } from '../../kind';

export const corpus: KindCorpus = {
  examples: [
    { text: 'The collision left nine people injured.', claims: [['nine people', '9 people']] },
    { text: 'Police seized seven assault rifles.', claims: [['seven assault rifles', '7 rifles']] },
    { text: 'About 140 homes were evacuated.', claims: [['About 140 homes', '126–154 homes']] },
    { text: 'The Calder Star evacuated some 420 passengers and crew.', claims: [['some 420 passengers and crew', '378–462 passengers and crew']] },
    { text: 'Four ferry workers-two deckhands and a cook-were hurt.', claims: [['Four ferry workers', '4 workers'], ['two deckhands', '2 deckhands']] },
    { text: 'There were 18 passengers and 4 crew on board.', claims: [['18 passengers', '18 passengers'], ['18 passengers and 4 crew', '22 people (18 + 4)'], ['4 crew', '4 crew']] },
  ],
  counter: [
    { text: 'Several dozen people gathered outside the Kelso town hall.', why: 'several dozen is a vague amount, not twelve' },
    { text: 'A few hundred fans waited at the gates.', why: 'a few hundred is a vague amount, not a hundred' },
    { text: 'Several hundred thousand people marched in Kelso.', why: 'several hundred thousand is a vague amount' },
    { text: 'One official said the talks were useful.', why: '"one" as a word is rarely a count' },
  ],
  pairs: [
    { a: 'The Tolbrook Bridge collision left nine people injured.', b: 'Eleven people were injured in the Tolbrook Bridge collision.', conflict: true, why: 'nine against eleven injured' },
    { a: 'The Kelso earthquake destroyed four villages, officials said.', b: 'The Kelso earthquake destroyed most homes in the 12 worst-hit villages, officials said.', conflict: false, compared: false, why: 'a superlative picks out some of the villages' },
    { a: 'The Kelso earthquake destroyed four villages, officials said.', b: 'The Kelso earthquake destroyed most homes in the 12 hardest-hit villages, officials said.', conflict: false, compared: false, why: 'a superlative compound picks out some of the villages' },
    { a: 'At least eight people were killed in the Kelso earthquake.', b: 'Five people were killed in the Kelso earthquake.', conflict: true, why: '"at least" hedges the value and picks out nothing' },
    { a: 'There were 18 passengers and 4 crew aboard the Calder Star.', b: 'There were 22 people aboard the Calder Star.', conflict: false, why: '18 + 4 = 22' },
    { a: 'Police in Arlow said 12 people were injured in the riots.', b: 'Police in Arlow said four people were treated in hospital after the riots.', conflict: false, compared: false, why: 'those treated in hospital are some of the injured' },
    { a: 'Luca Vasko scored six straight points for the Bantams in the last quarter.', b: 'Luca Vasko scored 14 points for the Bantams in the last quarter.', conflict: false, compared: false, why: 'a run of straight points is some of his points', because: 'only straight ones on one side' },
    { a: 'Luca Vasko has scored two goals in his last three games for the Bantams.', b: 'Luca Vasko has scored five goals for the Bantams this season.', conflict: false, compared: false, why: 'the goals of his last three games are some of the season’s', because: 'a count within a window' },
    { a: 'Since October, Luca Vasko has scored three goals for the Bantams.', b: 'Luca Vasko has scored five goals for the Bantams this season.', conflict: false, compared: false, why: 'the goals since October are some of the season’s', because: 'a count within a window' },
    { a: 'Luca Vasko has played in 40 career playoff games for the Bantams.', b: 'Luca Vasko has played in 52 games for the Bantams.', conflict: false, compared: false, why: 'playoff games are some of his games', because: 'only playoff ones on one side' },
    { a: 'Luca Vasko was given two extra match bans by the Bantams.', b: 'Luca Vasko is serving three match bans from the Bantams.', conflict: false, compared: false, why: 'two more bans on top of one', because: 'one counted on top of others' },
    { a: 'Luca Vasko was injured and missed four of the Bantams’ 30 games.', b: 'Luca Vasko was injured and played 26 games for the Bantams.', conflict: false, compared: false, why: 'the whole a part is taken from (30) is no count of games played', because: 'the whole a part is taken from' },
    { a: 'The Bantams lost eight of their last 10 games.', b: 'The Bantams have lost 12 games this season.', conflict: false, compared: false, why: 'a window the losses are counted in', because: 'a window' },
    { a: 'Luca Vasko scored 41 league goals in three seasons at the Bantams and was their top scorer last season.', b: 'Luca Vasko scored 24 league goals for the Bantams last season.', conflict: false, compared: false, why: 'three seasons’ goals against one season’s; "last season" dates the joined predicate, not the 41', because: 'two events' },
    { a: 'Last season, Luca Vasko scored 12 goals for the Bantams.', b: 'Luca Vasko has scored 15 goals for the Bantams this season.', conflict: false, compared: false, why: 'last season’s goals and this season’s: another time', because: 'two events' },
    { a: 'Last season, Luca Vasko scored 12 goals for the Bantams.', b: 'Luca Vasko scored 15 goals for the Bantams last season.', conflict: true, why: 'both of last season: 12 against 15' },
    { a: 'Ravi Denholm scored 20 points as the Kestrels beat Arlow 81-70.', b: 'Tomas Velde added 16 points as the Kestrels beat Arlow 81-70.', conflict: false, compared: false, why: 'two players’ points: whose doing each is', because: 'whose doing' },
    { a: 'Ravi Denholm scored 14 points and Tomas Velde scored 13 as the Kestrels beat Arlow.', b: 'Ravi Denholm led the Kestrels with 13 points as they beat Arlow.', conflict: true, why: 'the same player: 14 against 13, the subject nearest each value' },
    { a: 'Carl Denholm was hurt in October as the Kestrels lost to Arlow. He missed nine games.', b: 'Tomas Velde missed eight games after the Kestrels lost to Arlow.', conflict: false, compared: false, why: '"he" is Denholm, not Velde', because: 'whose doing' },
  ],
};
