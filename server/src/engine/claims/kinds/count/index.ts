/**
 * Counts of a named thing: "22 people", "six diplomatic properties", "nine assault rifles", and
 * parts that add up ("18 passengers and 4 crew" are 22 people). A round count of 100 or more is
 * read to its rounding ("18,000 vehicles" ± 500); a smaller one exactly.
 */
import { nounClass, PEOPLE_PARTS } from '../../../classes';
import { type ClaimKindSpec, type NumberReader } from '../../kind';
import { amountHedge, fmt, hedgeAfter, hedgeLength, MEASURES, rangeDisplay, shape } from '../../quantity';
import { countedNoun, nearestClasses } from '../../scope';
import { MONTH_RE } from '../../../lexicon/calendar';
import { NUMBER_WORD, wordsValue } from '../../../numbers';
import { toBase, type Unit, unitAfter, shownIn } from '../../../lexicon/units';
import { MEASURE_TOLERANCE, TEMPERATURE_TOLERANCE } from '../../../policy';

export const count: ClaimKindSpec = {
  kind: 'count',
  title: 'Count',
  plural: 'counts',
  description: 'Sources count the same thing differently.',
  severity: 'warning',
  label(what, a) {
    const of = what.replace(/^the /, '');
    // A count of two kinds of people together ("passengers and crew"): as its display writes them.
    if (a.noun?.includes('+')) return `Number of ${a.display.replace(/^[^\p{L}]+/u, '')} (${of})`;
    // The noun as the claim writes it ("games"), not its class, a stem ("gam").
    const written = /([\p{L}]+)\W*$/u.exec(a.text)?.[1]?.toLowerCase();
    const noun = written && a.noun && nounClass(written) === a.noun ? written : a.noun ?? 'things';
    const plural = noun.endsWith('s') || noun === 'people' || noun === 'crew' ? noun : /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;
    return `Number of ${plural} (${of})`;
  },
  framed: true,
  distinct(a, b) {
    if (a.window === b.window) return undefined;
    // One stretch is a thing's first days, the other count gives none: the same tally so far.
    if (!(a.window && b.window) && OPENING.test(a.window ?? b.window!)) return undefined;
    return a.window && b.window ? `counted over ${a.window} and over ${b.window}` : `counted over ${a.window ?? b.window} on one side only`;
  },
};

/** A thing's first hours, days or weeks, as `windowOf` writes them ("first 48 hours"); not a game's first minutes. */
const OPENING = /^(?:first|opening) \d+ hours$/;
/** "the last 10 games", "the Bantams’ last 2 games", "to miss last 2 games": the window itself. */
const COUNT_WINDOW_BEFORE = /(?:\b(?:the|its|their|his|her|our)\s+|\w['’]s?\s+|^\s*|\b(?:miss|missed|misses|missing)\s+)(?:first|last|past|next|opening|final|previous|remaining)\s+$/i;
const SMALL = `(?:\\d+|${NUMBER_WORD}|few|several)`;
/** After the noun: "two touchdowns in his last two games", "12 deaths in the first 24 hours". */
const IN_WINDOW_AFTER = new RegExp(`^[^.;:]{0,40}?\\b(?:in|over|during)\\s+(?:his|her|their|its|the|our)\\s+((?:first|last|past|previous|final|opening)\\s+(?:${SMALL}\\s+)?\\p{L}+)`, 'iu');
/** A period that starts at a time of its own: "since Week 6", "since October", "since 2019", "since last season". */
const SINCE = `\\bsince\\s+(?:week\\s+\\d+|the\\s+start\\s+of|${MONTH_RE}|\\d{4}\\b|last\\s+(?:season|year|month|week)\\b)`;
const SINCE_AFTER = new RegExp(`^[^.;:]{0,40}?(${SINCE})`, 'iu');
const SINCE_BEFORE = new RegExp(`(${SINCE})[^.;:]{0,60}$`, 'iu');
/**
 * This season's tally: "11 touchdowns this year", "missed 10 games this season", "This season, he
 * has...". Last season's is another time, which claims/events.ts gives its own event (year-before).
 */
const PERIOD = `\\bthis\\s+(?:season|year|campaign)\\b`;
const PERIOD_AFTER = new RegExp(`^[^.;:]{0,40}?(${PERIOD})`, 'iu');
const PERIOD_BEFORE = new RegExp(`^\\s*(${PERIOD}),`, 'iu');

/**
 * The stretch of a series a count was kept over (`Claim.window`), lower case: "in his last two
 * games" (last two games), "since Week 11", "this season", a fronted "Since October," or "This
 * season,". Counts over two stretches, or over one and over none said, are two figures ("two
 * touchdowns in his last two games" and "11 touchdowns this year"; "eight touchdowns since Week 11"
 * and "11 touchdowns"). A count over a thing's first days is how a story counts it so far, and
 * meets a count over no stretch said ("130,000 pre-orders in its first two days" and "312,000
 * pre-orders"): the comparison's `distinct` below.
 */
function windowOf(text: string, sentenceStart: number, start: number, after: string): string | undefined {
  const before = text.slice(Math.max(sentenceStart, start - 80), start);
  const m = IN_WINDOW_AFTER.exec(after) ?? SINCE_AFTER.exec(after) ?? SINCE_BEFORE.exec(before) ?? PERIOD_AFTER.exec(after) ?? PERIOD_BEFORE.exec(text.slice(sentenceStart, start));
  if (!m) return undefined;
  const said = m[1]!.toLowerCase().replace(/\s+/g, ' ');
  // A stretch of time is one however written: "first two days" and "first 48 hours".
  const span = /^(\w+) (?:(\S+) )?(hours?|days?|weeks?)$/.exec(said);
  const n = !span ? undefined : span[2] === undefined ? 1 : /^\d+$/.test(span[2]) ? Number(span[2]) : wordsValue(span[2]);
  return span && n !== undefined ? `${span[1]} ${n * HOURS[span[3]!.replace(/s$/, '')]!} hours` : said;
}

const HOURS: Record<string, number> = { hour: 1, day: 24, week: 168 };

/** A number and the noun it counts (or the unit it measures: see the number kind). */
export const countNumber: NumberReader = {
  kind: 'count',
  read(n, next, s) {
    const { text, sentence } = s;
    if (n.value === 1 && n.words) return 0;
    // A number in a name ("Orbit 4", "Windows 10", "Apollo 11", "Route 66") counts nothing.
    if (!n.words && /\p{Lu}[\p{L}\p{N}-]*\s$/u.test(text.slice(Math.max(sentence.start, n.start - 30), n.start)) && !/(?:^|[.!?]\s*|\b(?:The|A|An|In|On|By|At|Of|And|Some|About|Over|Nearly|Almost|Around)\s)$/.test(text.slice(Math.max(sentence.start, n.start - 30), n.start).trimEnd() + ' ')) return 1;
    const written = unitAfter(text.slice(n.end, Math.min(sentence.end, n.end + 30)));
    if (written) return measured(n, s, written.unit, n.end + written.length);
    const noun = countedNoun(text, n.end, sentence.end);
    if (!noun) return elided(n, s);
    // "352 net yards": a unit after adjectives is a measure too, in its dimension.
    const late = unitAfter(noun.word);
    if (late && late.length === noun.word.length) return measured(n, s, late.unit, noun.end);
    const measure = MEASURES[noun.word.toLowerCase()];
    const hedge = amountHedge(text, n.start, sentence.start) ?? hedgeAfter(text, noun.end);
    const tol = n.roundUnit && n.value >= 100 ? Math.min(n.roundUnit / 2, 0.05 * n.value) : measure ? 0.02 * n.value : 0;
    const [lo, hi] = shape(n.value, hedge, tol);
    const start = hedge && !hedgeAfter(text, noun.end) ? n.start - hedgeLength(text, n.start, hedge) : n.start;
    // A model counts as itself ("12 AK 47 guns" and "seven AK-47s" count one thing).
    const cls = measure ?? noun.model ?? nounClass(noun.word);
    const label = noun.model && !/\d/.test(noun.word) ? `${noun.model.toUpperCase()} ${noun.word.toLowerCase()}` : noun.word.toLowerCase();
    // "in their last 10 games", "of its next 23 games", "his first 17 passes": a window something else
    // is counted in (the losses, the wins), not a count of its own.
    const window = !measure && COUNT_WINDOW_BEFORE.test(text.slice(Math.max(sentence.start, start - 20), start));
    // "two touchdowns in his last two games", "fined three times since October", "Since Week 6,
    // Vasko has seven goals": a count within a window, some of all of them.
    const after = text.slice(noun.end, Math.min(sentence.end, noun.end + 80));
    const windowed = !measure && !window ? windowOf(text, sentence.start, start, after) : undefined;
    // "some 420 passengers and crew": one count of two kinds of people together, which meets only
    // the same pair ("246 passengers" is a part of it).
    const both = !measure ? /^\s+(?:and|&)\s+([\p{L}-]+)/u.exec(text.slice(noun.end, Math.min(sentence.end, noun.end + 30))) : null;
    const partner = both && !/\d/.test(both[1]!) && PEOPLE_PARTS.has(cls) && PEOPLE_PARTS.has(nounClass(both[1]!)) && nounClass(both[1]!) !== cls ? both : null;
    const end = partner ? noun.end + partner[0].length : noun.end;
    const unit = partner ? `${cls}+${nounClass(partner[1]!)}` : cls;
    const shown = partner ? `${label} and ${partner[1]!.toLowerCase()}` : label;
    s.add({ start, end, kind: measure ? 'number' : 'count', lo, hi, unit, noun: unit, text: text.slice(start, end), display: rangeDisplay(lo, hi, n.value, (v) => `${fmt(v)} ${shown}`, hedge), ...(window ? { role: 'window' as const } : windowed ? { window: windowed } : {}) }, true);
    if (partner) return 1;

    // Parts that add up: "18 passengers and 4 crew" → 22 people.
    if (measure || !next || !PEOPLE_PARTS.has(cls) || !/^\s*(?:and|,|plus)\s*$/i.test(text.slice(noun.end, next.start))) return 1;
    const noun2 = countedNoun(text, next.end, sentence.end);
    if (!noun2 || !PEOPLE_PARTS.has(nounClass(noun2.word)) || nounClass(noun2.word) === cls) return 1;
    const total = n.value + next.value;
    const sumSpan = { start: n.start, end: noun2.end };
    const c2 = { start: next.start, end: noun2.end };
    s.add({ ...c2, kind: 'count', lo: next.value, hi: next.value, unit: nounClass(noun2.word), noun: nounClass(noun2.word), text: text.slice(c2.start, c2.end), display: `${fmt(next.value)} ${noun2.word.toLowerCase()}` }, true);
    s.derive(
      { ...sumSpan, kind: 'count', lo: total, hi: total, unit: 'people', noun: 'people', text: text.slice(sumSpan.start, sumSpan.end), display: `${fmt(total)} people (${fmt(n.value)} + ${fmt(next.value)})`, derivedFrom: 'sum' },
      nearestClasses(text, s.tokens, sumSpan, s.clauseOf(sumSpan)),
    );
    return 2;
  },
};

/**
 * A measure: a number and a unit of units.json ("11 miles", "a 60-metre shaft", "256GB"), in its
 * dimension's base unit, so that "5 miles" meets "8 km"; a value written in another system than
 * the dimension's shows its conversion ("11 miles (17.7 km)").
 */
function measured(n: Parameters<NumberReader['read']>[0], s: Parameters<NumberReader['read']>[2], unit: Unit, end: number): number {
  const { text, sentence } = s;
  // "-5°C", "minus 5°C": a temperature below zero.
  const minus = unit.dimension === 'temperature' ? /(?:[-−]|\bminus\s+)$/i.exec(text.slice(Math.max(sentence.start, n.start - 6), n.start)) : null;
  const value = minus ? -n.value : n.value;
  const from = minus ? n.start - minus[0].length : n.start;
  const hedge = amountHedge(text, from, sentence.start) ?? hedgeAfter(text, end);
  const tol = unit.dimension === 'temperature' ? TEMPERATURE_TOLERANCE / unit.factor : (MEASURE_TOLERANCE + unit.tolerance) * Math.abs(n.value);
  const [lo, hi] = value < 0 ? (([l, h]) => [-h, -l])(shape(-value, hedge, tol)) : shape(value, hedge, tol);
  const start = hedge && !hedgeAfter(text, end) ? from - hedgeLength(text, from, hedge) : from;
  // "11 miles", "256GB", "30°C" as written; "a 60-metre shaft" as "60 metre".
  const shown = text.slice(n.end, end).replace(/^-/, ' ');
  const base = toBase(value, unit);
  const other = shownIn(base, unit);
  // To three significant digits: a conversion is a reader's aid, not a figure of the source.
  const conversion = other ? ` (${fmt(Number(((base - other.offset) / other.factor).toPrecision(3)))} ${other.symbol})` : '';
  const display = rangeDisplay(lo, hi, value, (v) => `${fmt(v)}${shown}`, hedge) + conversion;
  // "a 10-metre dhow", "a 30-foot dhow", "his 80-yard touchdown pass": the size of the thing named
  // after it, which meets only the size of that thing.
  const of = ADJECTIVAL_UNIT.exec(text.slice(end, Math.min(sentence.end, end + 40)));
  // Joined by a hyphen, or a unit's singular word ("an 80 yard pass"); an abbreviation ("120 mph
  // winds", "120 mph before") says nothing of its own.
  const unitText = text.slice(n.end, end);
  const singularWord = /^\s\p{Ll}{4,}$/u.test(unitText) && !/s$/.test(unitText);
  const adjectival = of && (/^-/.test(unitText) || singularWord) && !STOP_AFTER_UNIT.test(of[1]!) && !/ly$/.test(of[1]!) ? nounClass(of[1]!) : undefined;
  const dim = adjectival ? `${unit.dimension}|${adjectival}` : unit.dimension;
  s.add({ start, end, kind: 'number', lo: toBase(lo, unit), hi: toBase(hi, unit), unit: dim, noun: dim, text: text.slice(start, end), display }, true);
  return 1;
}

/** The noun after a unit written as an adjective, over "-long", "-deep" ("a 10-metre-long dhow"). */
const ADJECTIVAL_UNIT = /^(?:-(?:long|deep|high|wide|tall|thick))?\s+(?:(?:long|deep|high|wide|tall)\s+)?(\p{Ll}[\p{Ll}-]+)/u;
/** Words after a unit that are no thing it is the size of ("12 miles of road", "5 miles per hour", "6 feet under"). */
const STOP_AFTER_UNIT = /^(?:of|per|a|an|the|in|on|at|to|from|by|for|and|or|but|with|away|off|long|deep|high|wide|tall|away|north|south|east|west|ahead|behind|under|over|above|below|into|across|along|down|up|apart|inland|offshore|each|is|was|were|are|has|had|have|will|would|before|after|when|while|as|than|since|until|because|if|that|which|who|so|then|there|here|later|earlier|ago)$/;

/** Participles that, alone after a number, mean people: "the 80 wounded", "10 dead", "three missing". */
const PEOPLE_PARTICIPLES = /^(?:injured|wounded|hurt|dead|killed|missing|arrested|detained|evacuated|rescued|hospitali[sz]ed|displaced|homeless|trapped|stranded|infected|sick|ill)\b/i;
/** Verbs of harm whose object, when no noun follows the number, is people: "killing 10 people and injuring 80". */
const HARM_BEFORE = /\b(?:killing|killed|injuring|injured|wounding|wounded|hurting|hurt|arresting|arrested|detaining|detained|evacuating|evacuated|rescuing|rescued|trapping|trapped|infecting|sickening)\s+(?:at\s+least\s+|about\s+|around\s+|some\s+|another\s+|other\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/i;
/** A number as a subject, then a passive of harm: "50 were injured", "three were flown to hospital". */
const PASSIVE_AFTER = /^\s+(?:were|was|have\s+been|had\s+been|are|remain|remained)\s+(?:also\s+|still\s+|reportedly\s+|seriously\s+|critically\s+|badly\s+)?(injured|wounded|hurt|killed|dead|missing|arrested|detained|evacuated|rescued|hospitali[sz]ed|treated|taken\s+to\s+hospital|flown\s+to\s+hospital|admitted|trapped|infected|displaced)\b/i;
/**
 * Measure words before a number that make it a count of people ("the death toll rose to 10", "a staff
 * of 40", "a crowd of 5,000", "a population of 120,000"), with the measure as what is counted.
 */
const MEASURE_BEFORE = /\b(death\s+toll|toll|staff|workforce|crowd|population|attendance|membership|congregation|audience)\s+(?:of|at|to|was|is|stood\s+at|stands\s+at|reached|rose\s+to|rises\s+to|climbed\s+to|jumped\s+to|fell\s+to|has\s+risen\s+to|had\s+risen\s+to|now\s+stands\s+at)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|at\s+least\s+|more\s+than\s+|over\s+)?$/i;

/** A count whose noun is left out, read from what stands around it; 0 when none is. */
function elided(n: Parameters<NumberReader['read']>[0], s: Parameters<NumberReader['read']>[2]): number {
  const { text, sentence } = s;
  if (n.words && n.value === 1) return 0;
  const after = text.slice(n.end, Math.min(sentence.end, n.end + 50));
  const before = text.slice(Math.max(sentence.start, n.start - 60), n.start);
  // Not a part of something else: "30 of the 80 wounded" is read at 80; "10 of them" counts nothing here.
  if (/^\s+of\b/i.test(after)) return 0;
  const participle = PEOPLE_PARTICIPLES.exec(after.replace(/^\s+/, ''));
  const passive = PASSIVE_AFTER.exec(after);
  const harm = HARM_BEFORE.test(before) && !/^\s*[\p{L}]/u.test(after.replace(/^\s+(?:and|or|,)/i, ' ,'));
  const measure = MEASURE_BEFORE.exec(before);
  if (!participle && !passive && !harm && !measure) return 0;
  const hedge = amountHedge(text, n.start, sentence.start);
  const [lo, hi] = shape(n.value, hedge, n.roundUnit && n.value >= 100 ? Math.min(n.roundUnit / 2, 0.05 * n.value) : 0);
  const start = hedge ? n.start - hedgeLength(text, n.start, hedge) : n.start;
  const end = participle ? n.end + (after.length - after.replace(/^\s+/, '').length) + participle[0].length : n.end;
  const what = measure ? measure[1]!.toLowerCase().replace(/\s+/g, ' ') : 'people';
  const toll = what === 'death toll' || what === 'toll';
  // A toll counts the dead: its class is death, whatever verb moves it ("rises to 10").
  s.add({ start, end, kind: 'count', lo, hi, unit: 'people', noun: 'people', text: text.slice(start, end), display: rangeDisplay(lo, hi, n.value, (v) => `${fmt(v)} ${toll ? 'dead' : what}`, hedge), ...(toll ? { classes: ['death'] } : {}) }, true);
  return 1;
}
