/**
 * Every threshold of the engine's judgements, named, each with why: how much evidence two claims need
 * to be compared, how sure a conflict must be to be reported, what makes another event, what a
 * corresponding passage must score. Numbers measured on the ECB+ tune split (topics 1-25) or on the
 * examples say so; docs/ARCHITECTURE.md tells how they are used.
 */

// ---- comparison ----------------------------------------------------------------------------

/** At most this many members are gathered into one group (a guard against chains in huge corpora). */
export const GROUP_LIMIT = 400;
/**
 * Dates, times and years are compared only when a distinctive word or a name within this many words
 * of each is the same: corresponding sentences often date several events.
 */
export const WINDOW = 7;
/**
 * Evidence: content words within this many words of a value. Measured on the ECB+ tune split: of
 * the claim pairs labelled as conflicts that the engine reported, 71% share two such words within
 * three words, against 25% of the pairs nobody labelled.
 */
export const NEAR_WINDOW = 3;
/** Words in common beside both values that count as one piece of evidence, and as two. */
export const NEAR_WORDS = 2;
export const NEAR_WORDS_STRONG = 4;
/** A name in this share of a document's sentences is what the document is about (with its lead's names). */
export const TOPIC_SHARE = 0.3;
/**
 * Pieces of evidence needed to compare two claims where a source gives the slot several values: one
 * piece (a shared noun, a shared word) happens between unrelated numbers of one story every few
 * sentences; on the tune split's judged pairs, those with one piece only were noise 55 times in 68.
 */
export const EVIDENCE_NEEDED = 2;
/**
 * Two values this many times apart are two quantities, not two reports of one: on the tune split's
 * judged pairs, 35 of the 37 pairs more than 4 times apart were noise (a game's yards and a
 * season's, one instalment and a whole fee, a past toll and today's).
 */
export const MAX_RATIO = 4;
/**
 * Two days this many days apart are the days of two events, not two reports of one day: the
 * misdatings the sources make are a day or a weekday off (a lunch on Monday or on Tuesday), a week
 * at most (shipping on the 19th or the 26th); weeks apart are a check-in in May and a checkout in
 * June of one running story. On the folders of topics 1-25 with no gold file, the 5 reported pairs
 * more than 14 days apart were all judged noise (none on the labelled folders); of the 26 labelled date conflicts of our corpora and the examples, none is more than 7
 * days apart.
 */
export const MAX_DATE_GAP_DAYS = 14;
/**
 * The confidence of a reported conflict: each claim in its source's lead counts LEAD_WEIGHT, the
 * share of the two sentences' words in common OVERLAP_WEIGHT times it, the same verb
 * PREDICATE_WEIGHT, the same thing measured THING_WEIGHT, a slot each source gives one value
 * CLEAR_WEIGHT; a pair needs CONFLICT_BAR. Chosen on the ECB+ tune split's 237 reported pairs judged
 * by reading (a logistic fit put the lead, the shared words and the verb first), and held to the
 * examples' and the seeds' conflicts: it drops 59 noise pairs and 7 true or arguable ones there.
 */
export const LEAD_WEIGHT = 1;
export const OVERLAP_WEIGHT = 2;
export const PREDICATE_WEIGHT = 1;
export const THING_WEIGHT = 1;
export const CLEAR_WEIGHT = 0.5;
export const CONFLICT_BAR = 1.5;
/** A claim is in its source's lead in its first LEAD_SENTENCES sentences or its first LEAD_SHARE of them. */
export const LEAD_SENTENCES = 4;
export const LEAD_SHARE = 0.25;
/**
 * A slot each source uses for one value only (one duration of the talks, one count of the injured)
 * needs one piece: the slot itself (kind, unit, event class) is evidence there.
 */
export const CLEAR_EVIDENCE_NEEDED = 1;
/**
 * Dates, times and years need one piece on top of their own test (a distinctive word or a name in
 * common within seven words, and no two different places there).
 */
export const MOMENT_EVIDENCE_NEEDED = 1;
/**
 * How far back, in characters, "he" or "she" before a value looks for the person it stands for: about
 * a paragraph of news (the same reach as a quotation's pronoun speaker, quotes.ts).
 */
export const PRONOUN_REACH = 1500;
/**
 * How many verbs back `agentOf` follows a chain of joined verbs to their subject ("Echenique scored
 * 11, grabbed 11 rebounds and blocked six shots": three verbs, one subject), and the longest aside
 * between commas it skips ("The Bantams, according to reports, have offered"): longer chains and
 * asides in news are mostly other clauses with subjects of their own.
 */
export const AGENT_HOPS = 3;
export const AGENT_ASIDE = 8;
/**
 * How many words after an age a person noun may come and still make it a person's age ("the
 * 29-year-old Arlow Gardens gang member": four); a thing's age names the thing at once ("the
 * 26-year-old bridge").
 */
export const PERSON_NOUN_REACH = 4;
/** Entities named in more documents than this make no candidate buckets. */
export const BUCKET_LIMIT = 50;
/**
 * The same words from two speakers are an attribution conflict only when the shorter quotation has
 * this many words: fewer are a title, a slogan or scare quotes that anyone may use (a film's one-word
 * title in quotation marks was reported so on the tune split).
 */
export const ATTRIBUTION_MIN_WORDS = 4;
/**
 * Two quotations of at least SLIP_MIN_WORDS words that differ only in at most SLIP_MAX_WORDS slip
 * words (an article, a preposition, "were", the ":00" of a clock time) are the same words: on the
 * tune split 8 judged pairs were such slips (one dropped "were", a stray "of", "6 p.m." and "6:00
 * p.m."), none a change of what was said. Shorter quotations are too short to tell.
 */
export const SLIP_MIN_WORDS = 8;
export const SLIP_MAX_WORDS = 2;
/** Words this long or longer may be misspelt by a letter and still be the word ("dozen" and "dozne"). */
export const TYPO_MIN_LENGTH = 5;
/**
 * A quotation of at least this many letters found, word for word once normalised (flatQuote),
 * inside another is the same words or a fragment of them ("ferry-workers" and "ferry workers", "(Ms Raman)" put in):
 * about four words, so that a common phrase of two or three words is no evidence.
 */
export const FLAT_MIN_LETTERS = 20;
/**
 * Two close wordings with no one speaker are one statement, worded differently, when they share at
 * least 3 content words that are no names and this share of the fewer's: "the terms of the [Kelso
 * Ferry Act]" and "… have weakened the whole basis of the Kelso Ferry Act" share only the name. With
 * the same-words test (FLAT_MIN_LETTERS) it dropped 25 quotation pairs on ECB+ topics 1-25, every
 * one judged noise, and no true or arguable pair there, in our corpora or the examples.
 */
export const STATEMENT_PLAIN_SHARE = 0.6;

// ---- which event -----------------------------------------------------------------------------

/**
 * A month of the story's own year is another event's when it ended this many days before the
 * document's date: a story's own days lie within weeks of its report (a trial's hearings, the days
 * before an arrest), a background paragraph's months are a season or more back.
 */
export const PAST_EVENT_DAYS = 45;

// ---- claims ----------------------------------------------------------------------------------

/** A stamp is a line of its own: a longer sentence after a date label is prose ("date 2025-02-28 The United States said…"). */
export const METADATA_LINE = 120;

// ---- corresponding passages ------------------------------------------------------------------

export const K1 = 1.2;
export const B = 0.75;
/** A shared name is one feature however many words it has, and a strong sign of the same passage. */
export const ENTITY_WEIGHT = 2.0;
export const SLOT_WEIGHT = 3;
/** Headings and tables of contents name topics; they correspond to prose less than prose does. */
export const HEADING_WEIGHT = 0.6;
/**
 * A news story tells its event in its headline and first sentences, and another story of the event
 * tells it there too: a sentence of another story's lead, its first LEAD_PASSAGE sentences of prose
 * (a headline before them is in the lead too), weighs LEAD_BOOST more, whichever sentence asks;
 * not when F12 asks on one clause or one claim of a sentence, which wants that thing wherever it is
 * told (neutral on ECB+, asked without a focus, and on our tuned corpora; one more gold passage of
 * the held-out ones).
 */
// It weighs a lead sentence's score against itself too, so MIN_RELATIVE (a share of that score)
// asks twice as much of a lead sentence's candidates outside the other story's lead.
// Chosen on ECB+ topics 1-25 (`npm run eval -- --only ecbplus-gold`): the ranking's top-1 on the
// annotators' aligned sentences went from 68% to 74% with LEAD_BOOST 1 and LEAD_PASSAGE 3 between
// two leads (0.5: 73%; 2: 75%; LEAD_PASSAGE 2 or 4: lower), and from 76.7% to 77.6% once a lead
// candidate weighs more whatever sentence asks (LEAD_BOOST 2 then: 78.5%, but two of the seeds'
// twelve gold passages lost their first rank, so 1). Measured again in session 13, once the plain
// BM25 baseline had lost the heading weight it wrongly shared: ECB+ topics 1-25, F12 top-1 (offers
// nothing; offers in the other event's articles) at 1: 74.2% (5.7%; 47.3%), 1.25: 75.0% (5.6%;
// 47.8%), 1.5: 75.1% (5.9%; 48.1%), 2: 75.2% (6.1%; 49.5%), 2.5: 75.3% (6.3%; 51.0%). 1.25 is
// where the gain flattens (0.1 points a step after it) and offers nothing no more often; the seeds'
// and our corpora's gold passages keep their ranks.
export const LEAD_BOOST = 1.25;
export const LEAD_PASSAGE = 3;
/** When a query is focused on a position, words outside the clause there count this much. */
export const UNFOCUSED_WEIGHT = 0.35;
/**
 * A corresponding passage scores at least MIN_RELATIVE of the sentence's score against itself, at
 * least MIN_ABSOLUTE, and at least BEST_SHARE of the best passage any other document offers: a
 * sentence that one source tells closely and another only brushes gets the close one alone, and a
 * sentence nobody tells closely still gets its best match, shown with its score.
 * Chosen on ECB+ topics 1-25, where every asked sentence has an aligned one in the other article
 * and the topic's other half (a like event: another club's offer to the same player) should get
 * none, so that the other event gets no more offers than before the best-share rule (50%):
 * MIN_RELATIVE alone at 0.18 offered nothing for 22% of the aligned pairs and a passage in 34% of
 * the other event's articles; at 0.10, 12% and 50% (F12 top-1 69.1%); at 0.05, 4% and 74%. With
 * BEST_SHARE: 0.10 and 0.20, 13% and 46% (68.8%); 0.05 and 0.22, 8% and 50% (72.4%); 0.05 and 0.25,
 * 10% and 44% (71.2%); 0.02 and 0.22, 7% and 50% (72.8%, the other event a little over).
 */
export const MIN_RELATIVE = 0.05;
/**
 * ...MIN_ABSOLUTE in absolute terms (a couple of rare shared words). A long sentence telling
 * several things needs no rule of its own since MIN_RELATIVE went down to 0.10 (the former
 * STRONG_* pair, 8 and 0.12, let through nothing more).
 */
export const MIN_ABSOLUTE = 3;
/** ...and BEST_SHARE of the best other document's passage (see MIN_RELATIVE). */
export const BEST_SHARE = 0.22;
/**
 * How closely another document tells a document's story (`Alignment.relatedness`: the mean, over
 * the document's first sentences, of the best passage's strength there) decides how sure a passage must
 * be. At RELATED_STORY or more the other source tells the same story, and its best passage is
 * offered with only MIN_ABSOLUTE; under UNRELATED_STORY it is another story (another club's offer
 * to the same player), and a passage must score UNRELATED_RELATIVE of the sentence's own score.
 * On ECB+ topics 1-25 the mean was 0.23 at the median for two articles of one event and 0.11 for
 * one of the topic's like other event (62% and 10% at 0.2 or more). Chosen there, as the highest
 * top-1 that offers no more often in the other event's articles nor nothing more often than
 * before: F12 top-1 73.0% → 74.2%, offers nothing 7.2% → 5.7%, offers in the other event 49.7% →
 * 47.9% (RELATED_STORY 0.2 alone: 74.4%, 5.4%, 51.8%; with 0.08 and 0.2: 73.7%, 6.2%, 45.0%;
 * with 0.12 and 0.2: 71.9%, 8.8%, 37.1%).
 */
export const RELATED_STORY = 0.2;
/**
 * ...over the first RELATEDNESS_SENTENCES sentences only: a story is told in its first lines, and
 * the cost of the first F12 in a document stays that of eight queries. On topics 1-25 the same top-1
 * and offers nothing as over every sentence (74.2%, 5.7%), and offers in the other event 47.3%
 * (12 sentences: 47.9%; 20: 74.1%, 5.6%, 48.0%).
 */
export const RELATEDNESS_SENTENCES = 8;
export const UNRELATED_STORY = 0.06;
export const UNRELATED_RELATIVE = 0.3;
/**
 * F12 on a claim looks for another source's claim of the same kind about the same thing (a slot:
 * "130,000 pre-orders" and "312,000 pre-orders"): a sentence holding a slot of a claim in the
 * clause asked on weighs FOCUS_SLOT_BOOST more. It orders the candidates; the thresholds above
 * weigh them without it. Chosen on our corpora tuned on (transfer, product launch, strike), F12 on
 * their gold passages, measured before the names work of 002d795: 0: 9 of 15, 1: 9, 2: 10, 4: 10;
 * ECB+ (asked without a focus) unchanged.
 */
export const FOCUS_SLOT_BOOST = 2;
/**
 * A measure ("11 miles", "870 metres") is read to MEASURE_TOLERANCE of its value, as a share: a
 * conversion is rounded ("5 miles (8 km)" is 8.05 km), and two reports of one length a few per cent
 * apart are one figure rounded twice. A temperature, to TEMPERATURE_TOLERANCE degrees Celsius
 * ("86°F" is 30 °C; a share of a value near zero is nothing).
 */
export const MEASURE_TOLERANCE = 0.02;
export const TEMPERATURE_TOLERANCE = 1;
/**
 * A clock time beside one written in another or no time zone differs from it by whole hours
 * (ZONE_STEP_MIN: a few zones are half an hour off, but those are rare and a half hour is a real
 * discrepancy too often) up to MAX_ZONE_GAP_MIN (the widest offset between two zones is 26 hours;
 * news compares a day's times within 14): such a pair may be one moment in two zones.
 */
export const ZONE_STEP_MIN = 60;
export const MAX_ZONE_GAP_MIN = 14 * 60;
/**
 * A share written as a fraction ("a third of the staff", "one in four voters") is a round figure:
 * read to FRACTION_TOLERANCE percentage points, so that "a third" meets "33 per cent" and "35 per
 * cent" but not "40 per cent".
 */
export const FRACTION_TOLERANCE = 2.5;
