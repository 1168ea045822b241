/**
 * Claims in one document: numbers with what they measure, normalised to intervals. Durations and
 * clock ranges, clock times, dates (weekdays and relative dates resolved against the document's
 * date), years and ages, money, percentages, counts of a named thing. Hedges ("about", "over",
 * "nearly", "at least", "shortly after") and the precision of round numbers shape the interval; two
 * claims agree when their intervals meet.
 *
 * Written by hand: no library extracts these with their hedges and slots (notes/nlp-libraries.md);
 * chrono-node reads bare weekdays as the coming one, "last week" as one day, has no years, ranges or
 * durations, and its cost grows with the square of its input.
 */
import { eventClass, nounClass, PEOPLE_PARTS, phraseClasses, stem, STOP_WORDS } from './classes';
import { isoDate, MONTHS } from './docdate';
import { fold, intern } from './lexicon';
import type { NameMention } from './names';
import { type ClaimFrame, frameOf, subjectOf } from './frames/frame';
import { tagSpan } from './frames/tagger';
import { findNumbers, type NumberMatch } from './numbers';
import { type Token, tokenize } from './tokens';
import type { DocumentDate, Sentence, Span } from './types';

export type ClaimKind = 'duration' | 'time' | 'date' | 'year' | 'count' | 'money' | 'percentage' | 'number';

export interface Claim extends Span {
  readonly kind: ClaimKind;
  /** The value as a closed interval, in the kind's unit (hours, minutes of the day, days since 1970, years...). */
  readonly lo: number;
  readonly hi: number;
  /** The unit or thing measured: a currency, a counted noun's class, "%", "%change", a measure. */
  readonly unit: string;
  /** The claim as written. */
  readonly text: string;
  /** The value normalised for people: "6 h", "6.2–6.5 h", "2024-10-29", "£7.1m". */
  readonly display: string;
  readonly sentence: number;
  /** Event classes of the words around the claim ("talks", "search", "injury"). */
  readonly classes: readonly string[];
  /** For counts: the counted noun's class. */
  readonly noun?: string;
  /** For times and dates: when in the event (start, end, or the event itself). */
  readonly role?: 'start' | 'end' | 'point';
  /** Names in the claim's clause, as mention indexes into the document's names. */
  readonly names: readonly number[];
  /** A date without a year and no document date to give it one: month and day only. */
  readonly monthDay?: { readonly month: number; readonly day: number; readonly lastDay?: number };
  /** Inside a quotation. */
  readonly quoted: boolean;
  /** For sums ("18 passengers and 4 crew"): how the total was made. */
  readonly derivedFrom?: string;
  /**
   * Another event the claim is about, when its clause anchors it to an earlier time than the
   * story's ("in December 2003, ... killing more than 31,000 people"): the anchor's value, such as
   * "y2003". Claims about another event meet only claims anchored to the same time.
   */
  readonly event?: string;
  /** What the value is about, from the tagged sentence (counts, numbers, money, percentages, durations). */
  readonly frame?: ClaimFrame;
}

/** A weekday that contradicts the date written with it ("Thursday, November 8" in 2024). */
export interface WeekdayMismatch extends Span {
  readonly text: string;
  readonly written: string;
  readonly actual: string;
  readonly iso: string;
}

export interface ClaimResult {
  readonly claims: Claim[];
  readonly weekdayMismatches: WeekdayMismatch[];
}

const DATE_RES: Array<[RegExp, 'md' | 'dm' | 'iso']> = [];

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_RE = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const WEEKDAY_RE = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DAY_MS = 86400000;
// Built once: a regular expression made inside the per-sentence loop was compiled for every sentence.
const MONTH_YEAR_RE = new RegExp(`\\b(?:(early|mid|late)[-\\s]+)?${MONTH_RE}\\s+(\\d{4})\\b`, 'g');
const MONTH_ALONE_RE = new RegExp(`\\b(in|last|next|this|since|by|until|during|early|late|mid)[-\\s]+(January|February|March|April|May|June|July|August|September|October|November|December)\\b(?![-\\s]+\\d)`, 'g');
const WEEKDAY_PHRASE_RE = new RegExp(`\\b(?:(last|next|this|this\\s+coming|on|by|until|since|from)\\s+)?${WEEKDAY_RE}(?:['’]s)?(?:\\s+(morning|afternoon|evening|night))?\\b`, 'g');
DATE_RES.push(
  [new RegExp(`(?:\\b${WEEKDAY_RE},?\\s+)?(?:the\\s+)?\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'gi'), 'md'],
  [new RegExp(`(?:\\b${WEEKDAY_RE},?\\s+)?(?:the\\s+)?\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?:,?\\s+(\\d{4})\\b)?`, 'gi'), 'dm'],
  [/\b(\d{4})-(\d{2})-(\d{2})\b/g, 'iso'],
);

/** Words that make a following "about" a preposition, not a hedge ("spoke about six properties"). */
const ABOUT_PREPOSITION = /\b(?:spoke|spoken|speak|talk(?:ed|s|ing)?|said|say|says|ask(?:ed)?|concerns?|concerned|worr(?:y|ied)|information|news|questions?|think|thought|know|knew|hear(?:d)?|learn(?:ed)?|read|wrote|written|complain(?:ed|ts?)?|warn(?:ed)?|care[ds]?|details|story|stories|report(?:ed|s)?|debate[ds]?|argu(?:e|ed)|clear|upset|angry|happy|sure)\b[^.;,:]{0,40}$/i;

interface Hedge {
  readonly text: string;
  readonly kind: 'about' | 'over' | 'under' | 'nearly' | 'atLeast' | 'atMost' | 'after' | 'before' | 'shortlyAfter' | 'shortlyBefore' | 'by';
}

const HEDGES: Array<[RegExp, Hedge['kind']]> = [
  [/(?:shortly|just|soon|moments?|minutes)\s+after\s*$/i, 'shortlyAfter'],
  [/(?:shortly|just|moments?|minutes)\s+before\s*$/i, 'shortlyBefore'],
  [/(?:just|well|slightly)\s+(?:over|above|more\s+than)\s*$/i, 'over'],
  [/(?:just|slightly)\s+(?:under|below|less\s+than|fewer\s+than)\s*$/i, 'nearly'],
  [/(?:more\s+than|over|above|upwards\s+of|in\s+excess\s+of|greater\s+than|exceeding)\s*$/i, 'over'],
  [/(?:less\s+than|fewer\s+than|under|below|short\s+of)\s*$/i, 'under'],
  [/(?:nearly|almost|close\s+to|approaching|not\s+quite|getting\s+on\s+for)\s*$/i, 'nearly'],
  [/(?:at\s+least|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of|at\s+a\s+minimum)\s*$/i, 'atLeast'],
  [/(?:up\s+to|as\s+many\s+as|as\s+much\s+as|at\s+most|no\s+more\s+than|a\s+maximum\s+of|as\s+high\s+as)\s*$/i, 'atMost'],
  [/(?:about|around|roughly|approximately|approx\.?|some|an\s+estimated|estimated|circa|ca\.|c\.|nearly\s+about|or\s+so|give\s+or\s+take)\s*$/i, 'about'],
  [/(?:by\s+the\s+end\s+of|by|no\s+later\s+than)\s*$/i, 'by'],
  [/after\s*$/i, 'after'],
  [/before\s*$/i, 'before'],
];

/** Hedges that only shape moments (times, dates, years): "by 12%" is an amount, not a deadline. */
const MOMENT_HEDGES = new Set<Hedge['kind']>(['by', 'after', 'before', 'shortlyAfter', 'shortlyBefore']);

/** The hedge of an amount (not a moment) written right before `at`. */
function amountHedge(text: string, at: number, lowerBound: number): Hedge | undefined {
  const h = hedgeBefore(text, at, lowerBound);
  return h && !MOMENT_HEDGES.has(h.kind) ? h : undefined;
}

/** The hedge written right before `at` (up to four words), if any. */
function hedgeBefore(text: string, at: number, lowerBound: number): Hedge | undefined {
  const before = text.slice(Math.max(lowerBound, at - 40), at);
  for (const [re, kind] of HEDGES) {
    const m = re.exec(before);
    if (!m) continue;
    if (kind === 'about' && /about\s*$/i.test(before) && ABOUT_PREPOSITION.test(before.replace(/about\s*$/i, ''))) return undefined;
    return { text: m[0].trim(), kind };
  }
  return undefined;
}

/** A hedge written after the value ("or so", "or more", "-plus"). */
function hedgeAfter(text: string, at: number): Hedge | undefined {
  const after = text.slice(at, at + 12);
  if (/^\s*(?:or\s+so|odd)\b/i.test(after)) return { text: 'or so', kind: 'about' };
  if (/^\s*(?:or\s+more|plus\b|-plus\b|\+)/i.test(after)) return { text: 'or more', kind: 'atLeast' };
  return undefined;
}

/**
 * The interval a hedged value stands for. `tolerance` is the imprecision of an unhedged value.
 * Open-ended hedges are open: "more than 100 homes" is true of 140.
 */
function shape(v: number, hedge: Hedge | undefined, tolerance: number): [number, number] {
  switch (hedge?.kind) {
    case undefined:
      return [v - tolerance, v + tolerance];
    case 'about':
      return [v - Math.max(0.1 * Math.abs(v), tolerance), v + Math.max(0.1 * Math.abs(v), tolerance)];
    case 'nearly':
      return [v - Math.max(0.05 * Math.abs(v), tolerance), v];
    case 'over':
    case 'atLeast':
    case 'after':
      return [v, Infinity];
    case 'under':
    case 'atMost':
    case 'before':
    case 'by':
      return [-Infinity, v];
    case 'shortlyAfter':
      return [v, v + Math.max(tolerance, 0)];
    case 'shortlyBefore':
      return [v - Math.max(tolerance, 0), v];
  }
}

/** Finds the claims of one document. */
export function findClaims(
  text: string,
  sentences: readonly Sentence[],
  names: readonly NameMention[],
  docDate: DocumentDate | undefined,
  quotes: readonly Span[],
  sentenceTokens: readonly Token[][] = sentences.map((s) => tokenize(text, s.start, s.end)),
): ClaimResult {
  const claims: Claim[] = [];
  const matches = new Matches(text);
  const scan = (text0: string, sentence: Span, re: RegExp, fn: (m: RegExpExecArray, span: Span) => void) => {
    void text0;
    for (const m of matches.within(re, sentence)) fn(m, { start: m.index, end: m.index + m[0].length });
  };
  const weekdayMismatches: WeekdayMismatch[] = [];
  const ref = docDate ? Date.UTC(+docDate.iso.slice(0, 4), +docDate.iso.slice(5, 7) - 1, +docDate.iso.slice(8, 10)) / DAY_MS : undefined;
  const quoted = (s: Span) => quotes.some((q) => q.start <= s.start && s.end <= q.end);

  sentences.forEach((sentence, si) => {
    const toks = sentenceTokens[si]!;
    const clauses = clauseBounds(text, sentence);
    // The dateline is the document's own date, not a claim about the event.
    const taken: Span[] = docDate ? [docDate.span] : [];
    const free = (s: Span) => !taken.some((t) => s.start < t.end && t.start < s.end);
    const add = (c: Omit<Claim, 'sentence' | 'classes' | 'names' | 'quoted'> & { classes?: string[] }, nearest = false) => {
      const clause = clauses.find((cl) => cl.start <= c.start && c.start < cl.end) ?? sentence;
      let classes = c.classes ?? (nearest ? nearestClasses(text, toks, c, clause) : clauseClasses(text, toks, clause));
      if (c.kind === 'percentage' || c.kind === 'money') {
        // What is measured ("ridership", "the cost") may stand anywhere in the clause.
        classes = [...new Set([...classes, ...clauseClasses(text, toks, clause).filter((x) => MEASURED.has(x))])];
      }
      const inClause: number[] = [];
      for (let i = 0; i < names.length; i++) {
        const n = names[i]!;
        if (n.start >= clause.start && n.end <= clause.end && !n.weak) inClause.push(i);
      }
      claims.push({ ...c, sentence: si, classes, names: inClause, quoted: quoted(c) });
      taken.push(c);
    };

    // --- dates -----------------------------------------------------------------------------------
    for (const [re, form] of DATE_RES) {
      for (const m of matches.within(re, sentence)) {
        let weekday: string | undefined;
        let month: number;
        let day: number;
        let year: number | undefined;
        if (form === 'iso') {
          year = +m[1]!;
          month = +m[2]!;
          day = +m[3]!;
        } else if (form === 'md') {
          weekday = m[1];
          month = MONTHS.get(m[2]!.toLowerCase().replace(/\.$/, ''))!;
          day = +m[3]!;
          year = m[4] ? +m[4] : undefined;
        } else {
          weekday = m[1];
          day = +m[2]!;
          month = MONTHS.get(m[3]!.toLowerCase().replace(/\.$/, ''))!;
          year = m[4] ? +m[4] : undefined;
        }
        // "May" is a month only beside a day number; "March 6" is; "may 5" in lower case is not.
        if (form !== 'iso' && /^may$/i.test(form === 'md' ? m[2]! : m[3]!) && !/^May/.test(form === 'md' ? m[2]! : m[3]!)) continue;
        const span = { start: m.index, end: m.index + m[0].length };
        if (!free(span)) continue;
        const future = futureCue(text, clauses, span);
        if (year === undefined && ref !== undefined) year = nearestYear(ref, month, day, future);
        const iso = year !== undefined ? isoDate(year, month, day) : undefined;
        if (year !== undefined && !iso) continue;
        if (year === undefined && !isoDate(2024, month, day)) continue;
        const raw = text.slice(span.start, span.end);
        if (iso) {
          const dn = dayNumber(iso);
          if (weekday && WEEKDAYS[new Date(dn * DAY_MS).getUTCDay()] !== weekday.toLowerCase()) {
            weekdayMismatches.push({ ...span, text: raw, written: weekday, actual: cap(WEEKDAYS[new Date(dn * DAY_MS).getUTCDay()]!), iso });
          }
          add({ ...span, kind: 'date', lo: dn, hi: dn, unit: 'day', text: raw, display: iso, role: dateRole(text, span) });
        } else {
          add({ ...span, kind: 'date', lo: NaN, hi: NaN, unit: 'day', text: raw, display: `${MONTH_NAMES[month - 1]} ${day}`, monthDay: { month, day }, role: dateRole(text, span) });
        }
      }
    }
    // A month and year: "in December 2023".
    scan(text, sentence, MONTH_YEAR_RE, (m, span) => {
      if (!free(span)) return;
      const month = MONTHS.get(m[2]!.toLowerCase().replace(/\.$/, ''))!;
      const year = +m[3]!;
      const first = dayNumber(isoDate(year, month, 1)!);
      const last = dayNumber(isoDate(year, month + 1 > 12 ? 12 : month + 1, month + 1 > 12 ? 31 : 1)!) - (month + 1 > 12 ? 0 : 1);
      add({ ...span, kind: 'date', lo: first, hi: last, unit: 'day', text: m[0], display: `${year}-${String(month).padStart(2, '0')}`, role: dateRole(text, span) });
    });

    // A month alone: "in February", "last March", "since June": the month of the nearest past year
    // (the coming one when the clause looks ahead). "May" only capitalised, and never "may".
    if (ref !== undefined) {
      scan(text, sentence, MONTH_ALONE_RE, (m, span) => {
        const inner = { start: span.start + m[0].length - m[2]!.length, end: span.end };
        if (!free(inner) || (/^may$/i.test(m[2]!) && !/^May$/.test(m[2]!)) || /^[\s,]*(?:\d|of\s+\d)/.test(text.slice(span.end, span.end + 8))) return;
        const month = MONTHS.get(m[2]!.toLowerCase().replace(/\.$/, ''))!;
        const d = new Date(ref * DAY_MS);
        const refMonth = d.getUTCMonth() + 1;
        const future = futureCue(text, clauses, inner) || /^next$/i.test(m[1]!);
        let year = d.getUTCFullYear();
        if (future ? month < refMonth : month > refMonth || (/^last$/i.test(m[1]!) && month === refMonth)) year += future ? 1 : -1;
        const first = dayNumber(isoDate(year, month, 1)!);
        const last = dayNumber(month === 12 ? isoDate(year, 12, 31)! : isoDate(year, month + 1, 1)!) - (month === 12 ? 0 : 1);
        add({ ...inner, kind: 'date', lo: first, hi: last, unit: 'day', text: m[2]!, display: `${year}-${String(month).padStart(2, '0')}`, role: dateRole(text, inner) });
      });
    }

    // Weekdays and relative dates, resolved against the document's date.
    if (ref !== undefined) {
      scan(
        text,
        sentence,
        WEEKDAY_PHRASE_RE,
        (m, span) => {
          if (!free(span) || quoted(span)) return;
          const target = WEEKDAYS.indexOf(m[2]!.toLowerCase());
          const w0 = new Date(ref * DAY_MS).getUTCDay();
          const mod = (m[1] ?? '').toLowerCase();
          let day: number;
          if (mod === 'next' || mod === 'this coming' || futureCue(text, clauses, span)) {
            const d = (target - w0 + 7) % 7;
            day = ref + (mod === 'next' && d === 0 ? 7 : d);
          } else {
            const d = (w0 - target + 7) % 7;
            day = ref - (mod === 'last' && d === 0 ? 7 : d);
          }
          const iso = isoOf(day);
          add({ ...span, kind: 'date', lo: day, hi: day, unit: 'day', text: m[0], display: `${iso} (${cap(m[2]!.toLowerCase())})`, role: dateRole(text, span) });
        },
      );
      scan(
        text,
        sentence,
        /\b(today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+(?:night|week|month)|earlier\s+today|(?:the\s+)?day\s+before\s+yesterday|(?:a|one|two|three|four|five|six|\d+)\s+days?\s+ago)(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?\b/gi,
        (m, span) => {
          if (!free(span) || quoted(span)) return;
          const w = m[1]!.toLowerCase().replace(/\s+/g, ' ');
          let lo = ref;
          let hi = ref;
          let label: string;
          if (w === 'yesterday' || w === 'last night') lo = hi = ref - 1;
          else if (w === 'tomorrow') lo = hi = ref + 1;
          else if (/day before yesterday/.test(w)) lo = hi = ref - 2;
          else if (/days? ago/.test(w)) {
            const n = /^\d+/.test(w) ? parseInt(w, 10) : (findNumbers(w)[0]?.value ?? 1);
            lo = hi = ref - n;
          } else if (w === 'last week') {
            // The calendar week before the document's, and loosely the days since: "last week" is
            // said of both.
            const monday = ref - ((new Date(ref * DAY_MS).getUTCDay() + 6) % 7);
            lo = monday - 7;
            hi = ref - 1;
          } else if (w === 'last month') {
            const d = new Date(ref * DAY_MS);
            lo = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1) / DAY_MS;
            hi = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY_MS - 1;
          }
          label = lo === hi ? isoOf(lo) : `${isoOf(lo)} – ${isoOf(hi)}`;
          add({ ...span, kind: 'date', lo, hi, unit: 'day', text: m[0], display: `${label} (${w})`, role: dateRole(text, span) });
        },
      );
    }

    // --- clock times, and durations implied by a start and an end ---------------------------------
    const times: Array<Claim & { clockRole: 'start' | 'end' | 'point' }> = [];
    scan(
      text,
      sentence,
      /\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.\s?m\.|p\.\s?m\.|am\b|pm\b|a\.m\b|p\.m\b|AM\b|PM\b|A\.M\.|P\.M\.)|\b(\d{1,2}):(\d{2})\b(?!\s*(?:a\.?m|p\.?m))|\b(noon|midday|midnight)\b/gi,
      (m, span) => {
        if (!free(span)) return;
        let minutes: number;
        if (m[6]) minutes = /midnight/i.test(m[6]) ? 0 : 12 * 60;
        else {
          let h = +(m[1] ?? m[4])!;
          const min = +(m[2] ?? m[5] ?? 0);
          if (h > 23 || min > 59) return;
          const mer = (m[3] ?? '').toLowerCase().replace(/[.\s]/g, '');
          if (mer === 'pm' && h < 12) h += 12;
          if (mer === 'am' && h === 12) h = 0;
          if (!mer && !m[4]) return;
          minutes = h * 60 + min;
        }
        const hedge = hedgeBefore(text, span.start, sentence.start);
        const round = minutes % 60 === 0 ? 5 : 2;
        const tol = hedge?.kind === 'about' ? 10 : hedge?.kind === 'shortlyAfter' || hedge?.kind === 'shortlyBefore' ? 30 : round;
        let [lo, hi] = shape(minutes, hedge, tol);
        if (hedge?.kind === 'about') [lo, hi] = [minutes - 10, minutes + 10];
        if (hedge?.kind === 'after' || hedge?.kind === 'over') hi = minutes + 240;
        if (hedge?.kind === 'before' || hedge?.kind === 'by' || hedge?.kind === 'under') lo = minutes - 240;
        const start = hedge ? span.start - hedgeLength(text, span.start, hedge) : span.start;
        const full = { start, end: span.end };
        const clockRole = timeRole(text, sentence, full);
        const claim = {
          ...full,
          kind: 'time' as const,
          lo,
          hi,
          unit: 'min',
          text: text.slice(full.start, full.end),
          display: timeDisplay(lo, hi, minutes),
          role: clockRole,
        };
        add(claim);
        times.push({ ...claims[claims.length - 1]!, clockRole });
      },
    );
    const starts = times.filter((t) => t.clockRole === 'start');
    const ends = times.filter((t) => t.clockRole === 'end');
    if (starts.length === 1 && ends.length >= 1) {
      const s = starts[0]!;
      const e = ends.find((x) => x.start > s.start);
      if (e) {
        let lo = (e.lo - s.hi) / 60;
        let hi = (e.hi - s.lo) / 60;
        if (hi < 0) {
          lo += 12;
          hi += 12;
        }
        const exact = ((e.lo + e.hi) / 2 - (s.lo + s.hi) / 2) / 60;
        const span = { start: s.start, end: e.end };
        const clause = clauses.find((cl) => cl.start <= s.start && s.start < cl.end) ?? sentence;
        claims.push({
          ...span,
          kind: 'duration',
          lo,
          hi,
          unit: 'h',
          text: text.slice(span.start, span.end),
          display: `${hoursDisplay(exact)} (${s.text.replace(/^(?:at|from)\s+/i, '')} to ${e.text.replace(/^(?:until|till|to)\s+/i, '')})`,
          sentence: si,
          classes: clauseClasses(text, toks, { start: clause.start, end: Math.max(clause.end, e.end) }),
          names: [],
          quoted: quoted(span),
          derivedFrom: 'clock',
        });
      }
    }

    // "an hour and a half", "for a day": a/an counts as one only after a word that introduces a
    // duration ("vehicles a day" is a rate).
    scan(text, sentence, /\b(?:for|lasted|took|after|over|nearly|almost|about|around|roughly|than|within|spent|under)\s+(an?)\s+(hour|day|week|month|year|minute)(\s+and\s+a\s+half)?\b/gi, (m, whole) => {
      const start = whole.start + m[0].toLowerCase().lastIndexOf(m[1]!.toLowerCase() + ' ' + m[2]!.toLowerCase());
      const span = { start, end: whole.end };
      if (!free(span)) return;
      const value = m[3] ? 1.5 : 1;
      const hours = HOURS_PER[m[2]!.toLowerCase()]!;
      const hedge = amountHedge(text, start, sentence.start);
      const [lo, hi] = shape(value * hours, hedge, 0.02 * value * hours);
      const hs = hedge ? start - hedgeLength(text, start, hedge) : start;
      add({ start: hs, end: span.end, kind: 'duration', lo, hi, unit: 'h', text: text.slice(hs, span.end), display: rangeDisplay(lo, hi, value * hours, hoursDisplay, hedge) });
    });

    // --- numbers with what they measure ------------------------------------------------------------
    const numbers = findNumbers(text, sentence.start, sentence.end).filter((n) => free(n));
    for (let ni = 0; ni < numbers.length; ni++) {
      const n = numbers[ni]!;
      if (!free(n)) continue;
      const after = text.slice(n.end, Math.min(sentence.end, n.end + 60));
      const before = text.slice(Math.max(sentence.start, n.start - 12), n.start);

      // Years and year ranges: "in 1998", "2016-2018", "between 2016 and 2018".
      if (!n.words && /^\d{4}$/.test(n.text) && n.value >= 1600 && n.value <= 2100 && !/^\s*(?:%|per\s?cent|percent|[a-z]+s\b(?<!\bas))/i.test(after)) {
        const range = /^\s*(?:-|–|—|to|and|until|through)\s*(\d{4}|\d{2})\b/.exec(after);
        const between = /(?:between|from)\s+$/i.test(before);
        let hiYear = n.value;
        let end = n.end;
        if (range && (between || /^\s*[-–—]/.test(range[0]) || /^\s*(?:to|until|through)/.test(range[0]))) {
          const y2 = range[1]!.length === 2 ? Math.floor(n.value / 100) * 100 + +range[1]! : +range[1]!;
          if (y2 > n.value && y2 - n.value < 200) {
            hiYear = y2;
            end = n.end + range[0].length;
          }
        }
        const start = between ? n.start - (/(?:between|from)\s+$/i.exec(before)![0].length) : n.start;
        const hedge = hedgeBefore(text, start, sentence.start);
        let [lo, hi] = [n.value, hiYear];
        if (hedge?.kind === 'by' || hedge?.kind === 'before') lo = -Infinity;
        if (hedge?.kind === 'after') hi = Infinity;
        const span = { start, end };
        add({ ...span, kind: 'year', lo, hi, unit: 'year', text: text.slice(start, end), display: hiYear > n.value ? `${n.value}–${hiYear}` : String(n.value) }, true);
        continue;
      }
      // "three years ago" → a year.
      const ago = /^\s*years?\s+ago\b/i.exec(after);
      if (ago && ref !== undefined) {
        const y = new Date(ref * DAY_MS).getUTCFullYear() - n.value;
        const span = { start: n.start, end: n.end + ago[0].length };
        add({ ...span, kind: 'year', lo: y - 1, hi: y, unit: 'year', text: text.slice(span.start, span.end), display: `${y - 1}–${y}` }, true);
        continue;
      }
      // "the 26-year-old bridge", "26 years old" → the year it began.
      const age = /^(?:-year-old|\s+years?\s+old|-years-old)\b/i.exec(after);
      if (age) {
        if (ref === undefined) continue;
        const y = new Date(ref * DAY_MS).getUTCFullYear() - n.value;
        const span = { start: n.start, end: n.end + age[0].length };
        const subject = /^\s+([a-z]+)/i.exec(text.slice(span.end, span.end + 30))?.[1];
        // A person's age is no event's year; a thing's age is the year it opened or was built.
        if (subject && /^(?:man|woman|boy|girl|person|mother|father|son|daughter|driver|victim|suspect|resident|passenger)$/i.test(subject)) continue;
        add({ ...span, kind: 'year', lo: y - 1, hi: y, unit: 'year', text: text.slice(span.start, span.end), display: `${y - 1}–${y}`, classes: ['open', ...clauseClasses(text, toks, span)] });
        continue;
      }

      // Money: "£7.1m", "$2.8 billion", "7.1 million pounds", "€30,000".
      const sym = /(US\$|A\$|C\$|NZ\$|HK\$|[$£€¥])\s?$/.exec(text.slice(Math.max(sentence.start, n.start - 4), n.start));
      const word = /^\s*(pounds?(?:\s+sterling)?|sterling|dollars?|euros?|yen|GBP|USD|EUR)\b/i.exec(after);
      if (sym || word) {
        const currency = currencyOf(sym?.[1] ?? word![1]!);
        const start = sym ? n.start - sym[0].length : n.start;
        const end = word ? n.end + word[0].length : n.end;
        const hedge = amountHedge(text, start, sentence.start) ?? hedgeAfter(text, end);
        const tol = n.roundUnit ? Math.min(n.roundUnit / 2, 0.05 * n.value) : n.decimals ? 0.5 * 10 ** -n.decimals * (n.scaled ? scaleOf(n) : 1) : 0.02 * n.value;
        const [lo, hi] = shape(n.value, hedge, tol);
        const hs = hedge && !hedgeAfter(text, end) ? start - hedgeLength(text, start, hedge) : start;
        const span = { start: hs, end };
        add({ ...span, kind: 'money', lo, hi, unit: currency, text: text.slice(span.start, span.end), display: rangeDisplay(lo, hi, n.value, (v) => moneyDisplay(v, currency), hedge) }, true);
        continue;
      }

      // Percentages: "12%", "12 percent", "21 per cent"; a change when the text says which way.
      const pct = /^\s?(%|per\s?cent\b|percent\b|pc\b|percentage\s+points?\b)/i.exec(after);
      if (pct) {
        const end = n.end + pct[0].length;
        const hedge = amountHedge(text, n.start, sentence.start);
        const dir = direction(text.slice(Math.max(sentence.start, n.start - 40), n.start), text.slice(end, Math.min(sentence.end, end + 20)));
        const v = dir === 'down' ? -n.value : n.value;
        const tol = n.decimals ? 0.5 * 10 ** -n.decimals : 0.5;
        let [lo, hi] = shape(Math.abs(v), hedge, tol);
        if (dir === 'down') [lo, hi] = [-hi, -lo];
        const start = hedge ? n.start - hedgeLength(text, n.start, hedge) : n.start;
        const span = { start, end };
        const unit = dir ? '%change' : '%';
        add({ ...span, kind: 'percentage', lo, hi, unit, text: text.slice(start, end), display: rangeDisplay(lo, hi, v, (x) => `${dir ? (x > 0 ? '+' : x < 0 ? '−' : '') : ''}${fmt(Math.abs(x))}%`, hedge) }, true);
        continue;
      }

      // Durations: "six hours", "nearly six and a half hours", "a six-hour meeting", "half an hour".
      const dur = /^(?:[\s-]+)(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|decades?)\b(?!\s+(?:ago|old)\b)(?!-old)/i.exec(after) ?? (n.text.toLowerCase() === 'half' ? /^\s+an?\s+(hour|day|minute)\b/i.exec(after) : null);
      if (dur) {
        const unitWord = dur[1]!.toLowerCase();
        const hours = HOURS_PER[unitWord.replace(/s$/, '')] ?? HOURS_PER[unitWord]!;
        let value = n.value;
        let end = n.end + dur[0].length;
        // "an hour and a half", "two hours and a half".
        const andHalf = /^\s+and\s+a\s+half\b/i.exec(text.slice(end, end + 16));
        if (andHalf) {
          value += 0.5;
          end += andHalf[0].length;
        }
        // "of talks", "of negotiations": what lasted, for the message.
        const of = /^\s+of\s+(?:the\s+)?([a-z]+)/i.exec(text.slice(end, end + 30));
        const hedge = amountHedge(text, n.start, sentence.start) ?? hedgeAfter(text, end);
        const tol = 0.02 * value;
        const [lo, hi] = shape(value * hours, hedge, tol * hours);
        const start = hedge && !hedgeAfter(text, end) ? n.start - hedgeLength(text, n.start, hedge) : n.start;
        const span = { start, end };
        const written = text.slice(start, end) + (of ? of[0] : '');
        add({ ...span, kind: 'duration', lo, hi, unit: 'h', text: written, display: rangeDisplay(lo, hi, value * hours, hedge && hi !== Infinity && lo !== -Infinity ? (x) => `${fmt1(x)} h` : hoursDisplay, hedge) });
        continue;
      }

      // Counts of a named thing: "22 people", "six diplomatic properties", "18 passengers and 4 crew".
      if (n.value === 1 && n.words) continue;
      const noun = countedNoun(text, n.end, sentence.end);
      if (!noun) continue;
      const measure = MEASURES[noun.word.toLowerCase()];
      const hedge = amountHedge(text, n.start, sentence.start) ?? hedgeAfter(text, noun.end);
      const tol = n.roundUnit && n.value >= 100 ? Math.min(n.roundUnit / 2, 0.05 * n.value) : measure ? 0.02 * n.value : 0;
      const [lo, hi] = shape(n.value, hedge, tol);
      const start = hedge && !hedgeAfter(text, noun.end) ? n.start - hedgeLength(text, n.start, hedge) : n.start;
      const span = { start, end: noun.end };
      const cls = measure ?? nounClass(noun.word);
      const label = measure ? noun.word.toLowerCase() : noun.word.toLowerCase();
      add({ ...span, kind: measure ? 'number' : 'count', lo, hi, unit: cls, noun: cls, text: text.slice(span.start, span.end), display: rangeDisplay(lo, hi, n.value, (v) => `${fmt(v)} ${label}`, hedge) }, true);

      // Parts that add up: "18 passengers and 4 crew" → 22 people.
      const nextN = numbers[ni + 1];
      if (!measure && nextN && PEOPLE_PARTS.has(cls) && /^\s*(?:and|,|plus)\s*$/i.test(text.slice(noun.end, nextN.start))) {
        const noun2 = countedNoun(text, nextN.end, sentence.end);
        if (noun2 && PEOPLE_PARTS.has(nounClass(noun2.word)) && nounClass(noun2.word) !== cls) {
          const total = n.value + nextN.value;
          const sumSpan = { start: n.start, end: noun2.end };
          const c2 = { start: nextN.start, end: noun2.end };
          add({ ...c2, kind: 'count', lo: nextN.value, hi: nextN.value, unit: nounClass(noun2.word), noun: nounClass(noun2.word), text: text.slice(c2.start, c2.end), display: `${fmt(nextN.value)} ${noun2.word.toLowerCase()}` }, true);
          const classes = nearestClasses(text, toks, sumSpan, clauses.find((cl) => cl.start <= sumSpan.start && sumSpan.start < cl.end) ?? sentence);
          claims.push({
            ...sumSpan,
            kind: 'count',
            lo: total,
            hi: total,
            unit: 'people',
            noun: 'people',
            text: text.slice(sumSpan.start, sumSpan.end),
            display: `${fmt(total)} people (${fmt(n.value)} + ${fmt(nextN.value)})`,
            sentence: si,
            classes,
            names: [],
            quoted: quoted(sumSpan),
            derivedFrom: 'sum',
          });
          ni++;
        }
      }
    }
  });
  claims.sort((a, b) => a.start - b.start || a.end - b.end);
  if (ref !== undefined) anchorEvents(text, sentences, claims, ref);
  addFrames(text, sentences, claims);
  return { claims: claims.map(compact), weekdayMismatches };
}

// ---- what the value is about -----------------------------------------------------------------------

/** Kinds whose values are quantities of something a frame names; times, dates and years are moments. */
const FRAMED = new Set<ClaimKind>(['count', 'number', 'money', 'percentage', 'duration']);

/** Tags each sentence holding a quantity once, and gives its quantities their frames. */
function addFrames(text: string, sentences: readonly Sentence[], claims: Claim[]): void {
  let tagged: { sentence: number; toks: ReturnType<typeof tagSpan>; clauses: Span[] } | undefined;
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k]!;
    if (!FRAMED.has(c.kind)) continue;
    if (tagged?.sentence !== c.sentence) {
      const s = sentences[c.sentence]!;
      tagged = { sentence: c.sentence, toks: tagSpan(text, s), clauses: clauseBounds(text, s) };
    }
    const clause = tagged.clauses.find((cl) => cl.start <= c.start && c.start < cl.end) ?? sentences[c.sentence]!;
    let frame: ClaimFrame;
    if (c.derivedFrom === 'clock') {
      // A duration read from a start and an end time is about what started: the subject or the thing
      // the start time follows ("The discussions kicked off at 10:00", "launched a search at 6:55").
      const start = claims.find((t) => t.kind === 'time' && t.start === c.start) ?? c;
      const f = frameOf(tagged.toks, start, clause);
      const subject = subjectOf(tagged.toks, start, clause);
      frame = { ...(subject ? { subject } : {}), ...(f.predicate ? { predicate: f.predicate } : {}) };
    } else frame = frameOf(tagged.toks, c, clause);
    if (Object.keys(frame).length) claims[k] = { ...c, frame };
  }
}

// ---- which event ----------------------------------------------------------------------------------

/** Kinds of claim that other claims anchor in time; they are never anchored themselves. */
const ANCHOR_KINDS = new Set<ClaimKind>(['year', 'date']);

/**
 * A date or year is another event's when it lies before the story's year (the document's date's):
 * "in December 2003" in an article of 2005. Days earlier in the same year are the story's own
 * (a trial's hearings, the days before an arrest).
 */
function pastAnchor(c: Claim, ref: number, refYear: number, text: string): string | undefined {
  if (!ANCHOR_KINDS.has(c.kind) || !Number.isFinite(c.lo) || !Number.isFinite(c.hi)) return undefined;
  // "the worst since 2003", "until 1998": a bound, not the time of the clause's event.
  if (/\b(?:since|until|till|through|before|than|from)\s+(?:(?:early|late|mid)[-\s]+)?$/i.test(text.slice(Math.max(0, c.start - 12), c.start))) return undefined;
  // A year that ended only weeks before the document's date is still the story's ("the 2010 season"
  // in an article of 5 January 2011).
  const yearOver = (y: number) => y < refYear && Date.UTC(y, 11, 31) / DAY_MS < ref - PAST_EVENT_DAYS;
  if (c.kind === 'year') return c.lo === c.hi && yearOver(c.hi) ? `y${c.hi}` : undefined;
  const year = new Date(c.hi * DAY_MS).getUTCFullYear();
  if (yearOver(year)) return `y${year}`;
  // Months before the story's in its own year: another event when the whole month is over well
  // before the document's date.
  const first = new Date(c.lo * DAY_MS);
  if (c.hi < ref - PAST_EVENT_DAYS && first.getUTCMonth() === new Date(c.hi * DAY_MS).getUTCMonth()) return `m${first.toISOString().slice(0, 7)}`;
  return undefined;
}

/**
 * A month of the story's own year is another event's when it ended this many days before the
 * document's date: a story's own days lie within weeks of its report (a trial's hearings, the days
 * before an arrest), a background paragraph's months are a season or more back.
 */
const PAST_EVENT_DAYS = 45;

/** "and missed", "and then fell": a coordinated verb, which has a time of its own. */
const NEW_PREDICATE = /\b(?:and|but)\s+(?:then\s+|later\s+|has\s+|have\s+|had\s+|was\s+|were\s+)?(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)[a-z]+ed\b/i;

/** A sentence that goes on about the event of the one before ("It killed 612 people."). */
const CONTINUES = /^\s*(?:it|they|he|she|that|this|those|these|then)\b/i;

/**
 * Marks the claims about another event than the story's: those whose clause holds a date or year
 * of an earlier year, and those of a sentence that goes on from one that did ("In February 2005 a
 * quake hit Zarand. It killed 612 people."). Anchored claims are then compared only with claims
 * anchored to the same time.
 */
function anchorEvents(text: string, sentences: readonly Sentence[], claims: Claim[], ref: number): void {
  const refYear = new Date(ref * DAY_MS).getUTCFullYear();
  let carried: { sentence: number; event: string } | undefined;
  let i = 0;
  while (i < claims.length) {
    const si = claims[i]!.sentence;
    let j = i;
    while (j < claims.length && claims[j]!.sentence === si) j++;
    const own = claims.slice(i, j);
    const sentence = sentences[si]!;
    const clauses = clauseBounds(text, sentence);
    const anchors = own.flatMap((c) => {
      const event = pastAnchor(c, ref, refYear, text);
      return event ? [{ c, event, clause: clauses.find((cl) => cl.start <= c.start && c.start < cl.end) }] : [];
    });
    const inherited = carried && carried.sentence === si - 1 && anchors.length === 0 && CONTINUES.test(text.slice(sentence.start, sentence.end)) ? carried.event : undefined;
    let last: string | undefined;
    // An anchor that opens the sentence ("In February, ...", "On Nov. 7, 1998, ...") dates all of it.
    const opening = anchors.find((x) => /^\W*(?:(?:in|on|at|by|during|back\s+in)\s+)?(?:the\s+)?(?:early|late|mid)?[-\s]*$/i.test(text.slice(sentence.start, x.c.start)));
    for (let k = i; k < j; k++) {
      const c = claims[k]!;
      if (ANCHOR_KINDS.has(c.kind)) {
        // A day of another event (in a background paragraph) is no day of the story's, whichever
        // earlier time it is: such dates meet only other such dates.
        if (c.kind === 'date' && anchors.some((x) => x.c === c)) claims[k] = { ...c, event: 'past' };
        continue;
      }
      const clause = clauses.find((cl) => cl.start <= c.start && c.start < cl.end);
      // Within a clause, a verb joined by "and" starts a predicate of its own ("was hurt in September
      // and missed 10 games": the games were missed since).
      const a = anchors.find((x) => x.clause === clause && !NEW_PREDICATE.test(text.slice(Math.min(x.c.end, c.end), Math.max(x.c.start, c.start)))) ?? opening;
      const event = a?.event ?? inherited;
      if (event) claims[k] = { ...c, event };
    }
    if (anchors.length) last = anchors[anchors.length - 1]!.event;
    else if (inherited) last = inherited;
    carried = last ? { sentence: si, event: last } : undefined;
    i = j;
  }
}

// ---- helpers --------------------------------------------------------------------------------------

/** Classes that name what a percentage or a sum measures. */
const MEASURED = new Set(['ridership', 'traffic', 'unemployment', 'inflation', 'approval', 'share', 'election', 'revenue', 'profit', 'salary', 'cost', 'fine', 'compensation', 'deal']);

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const HOURS_PER: Record<string, number> = {
  second: 1 / 3600, sec: 1 / 3600, minute: 1 / 60, min: 1 / 60, hour: 1, hr: 1, day: 24, week: 168, month: 730, year: 8766, decade: 87660,
  seconds: 1 / 3600, secs: 1 / 3600, minutes: 1 / 60, mins: 1 / 60, hours: 1, hrs: 1, days: 24, weeks: 168, months: 730, years: 8766, decades: 87660,
};

/** Units of measure: a number with one is a measurement, not a count of things. */
const MEASURES: Record<string, string> = {
  mile: 'mile', miles: 'mile', km: 'km', kilometres: 'km', kilometers: 'km', kilometre: 'km', kilometer: 'km',
  metres: 'm', meters: 'm', metre: 'm', meter: 'm', feet: 'ft', foot: 'ft', ft: 'ft', yards: 'yd',
  tonnes: 't', tons: 't', tonne: 't', ton: 't', kg: 'kg', kilograms: 'kg', pounds: 'lb', lbs: 'lb',
  litres: 'l', liters: 'l', gallons: 'gal', mph: 'mph', knots: 'kn', acres: 'acre', hectares: 'ha',
  degrees: 'deg', celsius: 'deg', kmh: 'km/h',
};

/** A claim with its repeated strings and lists shared across documents (memory of large corpora). */
function compact(c: Claim): Claim {
  const out: { -readonly [K in keyof Claim]: Claim[K] } = {
    start: c.start,
    end: c.end,
    kind: c.kind,
    lo: c.lo,
    hi: c.hi,
    unit: intern(c.unit),
    text: c.text,
    display: intern(c.display),
    sentence: c.sentence,
    classes: shared(c.classes),
    names: c.names.length ? c.names : NO_NAMES,
    quoted: c.quoted,
  };
  if (c.noun !== undefined) out.noun = intern(c.noun);
  if (c.role !== undefined) out.role = c.role;
  if (c.monthDay !== undefined) out.monthDay = c.monthDay;
  if (c.derivedFrom !== undefined) out.derivedFrom = c.derivedFrom;
  if (c.event !== undefined) out.event = c.event;
  if (c.frame !== undefined) out.frame = c.frame;
  return out;
}

const NO_NAMES: readonly number[] = Object.freeze([]);
const LISTS = new Map<string, readonly string[]>();
function shared(list: readonly string[]): readonly string[] {
  const key = list.join('|');
  const known = LISTS.get(key);
  if (known) return known;
  if (LISTS.size >= 10_000) LISTS.clear();
  const frozen = Object.freeze([...list]);
  LISTS.set(key, frozen);
  return frozen;
}

function scaleOf(n: NumberMatch): number {
  return n.scaled ? n.value / Number(n.text.replace(/[^\d.]/g, '')) : 1;
}

function hedgeLength(text: string, at: number, hedge: Hedge): number {
  const before = text.slice(Math.max(0, at - 40), at);
  const i = before.toLowerCase().lastIndexOf(hedge.text.toLowerCase());
  return i === -1 ? 0 : before.length - i;
}

/**
 * Every match of a regular expression in a document, found in one pass over the text and handed
 * out sentence by sentence (searching from each sentence's start would run on past its end).
 */
class Matches {
  /** By source, then flags: a regular expression literal is a new object at each evaluation, its source the same string. */
  private readonly cache = new Map<string, Map<string, RegExpExecArray[]>>();
  constructor(private readonly text: string) {}

  within(re: RegExp, s: Span): RegExpExecArray[] {
    let bySource = this.cache.get(re.source);
    if (!bySource) this.cache.set(re.source, (bySource = new Map()));
    let all = bySource.get(re.flags);
    if (!all) {
      all = [];
      const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
      let m: RegExpExecArray | null;
      while ((m = g.exec(this.text)) !== null) {
        if (m[0].length === 0) {
          g.lastIndex++;
          continue;
        }
        all.push(m);
      }
      bySource.set(re.flags, all);
    }
    // Binary search for the first match at or after the sentence's start.
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid]!.index < s.start) lo = mid + 1;
      else hi = mid;
    }
    const out: RegExpExecArray[] = [];
    for (let i = lo; i < all.length && all[i]!.index < s.end; i++) if (all[i]!.index + all[i]![0].length <= s.end) out.push(all[i]!);
    return out;
  }
}

/** Clauses of a sentence: split at semicolons, colons, dashes and clause-joining conjunctions. */
function clauseBounds(text: string, s: Span): Span[] {
  const out: Span[] = [];
  const re = /;|:(?!\d)|\s[—–]\s|,\s+(?:and|but|while|whereas|which|who|when|after|before|although|though|as|since|because|with)\b|\s+(?:while|whereas|although|because)\s/g;
  // Searched within the sentence only: searching the text from the sentence's start would run on
  // to the end of the document for every sentence (quadratic on a file of 200,000 short lines).
  const body = text.slice(s.start, s.end);
  let start = s.start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) {
    out.push({ start, end: s.start + m.index });
    start = s.start + m.index + m[0].length;
  }
  out.push({ start, end: s.end });
  return out.filter((c) => c.end > c.start);
}

/** Event classes of every word in the clause. */
function clauseClasses(text: string, toks: readonly Token[], clause: Span): string[] {
  const out = new Set<string>();
  for (const t of toks) {
    if (t.start < clause.start || t.end > clause.end || t.type !== 'word') continue;
    const c = eventClass(t.text);
    if (c) out.add(c);
  }
  for (const c of phraseClasses(text.slice(clause.start, clause.end))) out.add(c);
  return [...out];
}

/** The event class nearest to the claim in its clause (ties: the one before). */
function nearestClasses(text: string, toks: readonly Token[], claim: Span, clause: Span): string[] {
  let best: { d: number; cls: string[] } | undefined;
  const inClause = toks.filter((t) => t.start >= clause.start && t.end <= clause.end && t.type === 'word');
  const first = inClause.findIndex((t) => t.start >= claim.start);
  const last = inClause.findIndex((t) => t.start >= claim.end);
  for (let i = 0; i < inClause.length; i++) {
    const t = inClause[i]!;
    if (t.start >= claim.start && t.end <= claim.end) continue;
    const c = eventClass(t.text);
    if (!c) continue;
    // Words before the claim are its predicate more often than words after; a comma between the
    // claim and a word puts the word in another phrase.
    const between = t.end <= claim.start ? text.slice(t.end, claim.start) : text.slice(claim.end, t.start);
    const commas = (between.match(/[,(]/g) ?? []).length;
    const d = (t.end <= claim.start ? (first === -1 ? inClause.length : first) - i : i - (last === -1 ? inClause.length : last) + 1.5) + 3 * commas;
    if (!best || d < best.d) best = { d, cls: [c] };
    else if (d === best.d && !best.cls.includes(c)) best.cls.push(c);
  }
  const phrase = phraseClasses(text.slice(clause.start, clause.end));
  if (!best) return phrase;
  return [...new Set([...best.cls, ...phrase.filter((p) => p === 'ridership' || p === 'aboard')])];
}

/** The noun a number counts: the first plural noun (or a known noun) within three words after it. */
function countedNoun(text: string, at: number, end: number): { word: string; end: number } | undefined {
  const after = text.slice(at, Math.min(end, at + 60));
  if (/^\s+of\s+(?:the|them|those|these|its|their|his|her|our|us|you|whom|which)\b/i.test(after)) return undefined;
  const re = /[\p{L}'’-]+/gu;
  let m: RegExpExecArray | null;
  let words = 0;
  while ((m = re.exec(after)) !== null && words < 4) {
    const gap = after.slice(0, m.index);
    if (words === 0 && !/^[\s-]*$/.test(gap)) return undefined;
    if (/[.,;:!?()"“”]/.test(after.slice(re.lastIndex - m[0].length - 1, m.index))) return undefined;
    const w = m[0];
    words++;
    const lower = w.toLowerCase();
    if (/^\p{Lu}/u.test(w) && words > 0 && !/^\p{Lu}\p{Ll}+$/u.test(w)) return undefined;
    if (MEASURES[lower]) return { word: w, end: at + m.index + w.length };
    if (STOP_WORDS.has(lower) || /^(?:per|a|an)$/.test(lower)) return undefined;
    if (NOUN_OK.has(lower) || (/[^s]s$/i.test(lower) && lower.length > 3 && !/(?:ous|ss|us|is)$/.test(lower))) {
      if (/^\p{Lu}/u.test(w)) return undefined;
      return { word: w, end: at + m.index + w.length };
    }
    if (/(?:ing|ed|ly)$/.test(lower) && !ADJ_OK.has(lower)) return undefined;
  }
  return undefined;
}
const NOUN_OK = new Set(['people', 'crew', 'staff', 'police', 'personnel', 'children', 'men', 'women', 'cattle', 'sheep', 'aircraft', 'feet', 'fish', 'deer', 'offspring']);
const ADJ_OK = new Set(['injured', 'wounded', 'armed', 'unarmed', 'licensed', 'registered', 'confirmed', 'reported', 'elected', 'detained', 'displaced', 'missing', 'evacuated', 'trained', 'skilled', 'unaccompanied']);

function currencyOf(s: string): string {
  const w = s.toLowerCase();
  if (w.includes('£') || w.startsWith('pound') || w === 'sterling' || w === 'gbp') return 'GBP';
  if (w.includes('€') || w.startsWith('euro') || w === 'eur') return 'EUR';
  if (w.includes('¥') || w === 'yen') return 'JPY';
  if (w === 'a$') return 'AUD';
  if (w === 'c$') return 'CAD';
  if (w === 'nz$') return 'NZD';
  if (w === 'hk$') return 'HKD';
  return 'USD';
}

const SYMBOL: Record<string, string> = { GBP: '£', USD: '$', EUR: '€', JPY: '¥', AUD: 'A$', CAD: 'C$', NZD: 'NZ$', HKD: 'HK$' };

function moneyDisplay(v: number, currency: string): string {
  const s = SYMBOL[currency] ?? currency + ' ';
  const a = Math.abs(v);
  if (a >= 1e9) return `${s}${fmt(v / 1e9)}bn`;
  if (a >= 1e6) return `${s}${fmt(v / 1e6)}m`;
  return `${s}${Math.round(v).toLocaleString('en-GB')}`;
}

function direction(before: string, after: string): 'up' | 'down' | undefined {
  if (/\b(?:up|rose|risen|rising|rise|increased?|increasing|grew|grown|growth|higher|jumped|climbed|gained?|surged|soared)\b(?:\s+by)?\s*(?:about|around|nearly|almost|over|more\s+than|some|roughly)?\s*$/i.test(before)) return 'up';
  if (/\b(?:down|fell|fallen|falling|fall|decreased?|decreasing|declined?|declining|dropped|drop|lower|cut|shrank|shrunk|lost|slumped|plunged|reduced?)\b(?:\s+by)?\s*(?:about|around|nearly|almost|over|more\s+than|some|roughly)?\s*$/i.test(before)) return 'down';
  if (/^\s*(?:rise|increase|jump|gain|growth|higher|more|up)\b/i.test(after)) return 'up';
  if (/^\s*(?:fall|drop|decline|decrease|cut|lower|less|down)\b/i.test(after)) return 'down';
  return undefined;
}

/** Whether the clause looks ahead: a date it names is the coming one. */
function futureCue(text: string, clauses: readonly Span[], span: Span): boolean {
  const clause = clauses.find((c) => c.start <= span.start && span.start < c.end);
  const before = text.slice(clause?.start ?? Math.max(0, span.start - 80), span.start);
  return /\b(?:will|shall|is\s+to|are\s+to|is\s+due|are\s+due|is\s+expected|are\s+expected|expected\s+to|set\s+to|scheduled|planned|plans\s+to|opens|begins|starts|upcoming|next|coming|tomorrow|would\s+be\s+held)\b/i.test(before);
}

/** When in an event a date falls: its start ("began on"), its end ("concluded on"), or the event. */
function dateRole(text: string, span: Span): 'start' | 'end' | 'point' {
  const before = text.slice(Math.max(0, span.start - 30), span.start);
  if (/\b(?:began|begun|started|starting|opened|kicked\s+off|launched|since|from)\s+(?:on\s+)?$/i.test(before)) return 'start';
  if (/\b(?:ended|concluded|finished|closed|wrapped\s+up|until|till|through)\s+(?:on\s+)?$/i.test(before)) return 'end';
  return 'point';
}

/** A clock time's role: the start of something ("kicked off at 10:00"), its end ("until 4:20"), or a moment. */
function timeRole(text: string, sentence: Span, span: Span): 'start' | 'end' | 'point' {
  const before = text.slice(Math.max(sentence.start, span.start - 60), span.start);
  if (/\b(?:until|till|to|and|through)\s+(?:approximately\s+|about\s+|around\s+|roughly\s+)?$/i.test(before) && /\b(?:until|till)\b|\bfrom\b|\bbetween\b|\blasted\b/i.test(text.slice(Math.max(sentence.start, span.start - 60), span.start))) {
    if (/\b(?:until|till|lasted|ended|finished|concluded)\b/i.test(before) || /\bfrom\b|\bbetween\b/i.test(before)) return 'end';
  }
  if (/\b(?:ended|finished|concluded|closed|wrapped\s+up|lasted\s+until|until|till)\b[^.;]*$/i.test(before) && !/\b(?:began|started|kicked\s+off|launched|from)\b[^.;]*$/i.test(before.slice(-25))) return 'end';
  if (/\b(?:began|begun|started|starting|kicked\s+off|launched|opened|commenced|from|got\s+under\s+way|getting\s+under\s+way)\b[^.;,]*$/i.test(before)) return 'start';
  return 'point';
}

/** The year that puts month/day closest to the reference day (the coming one if the text looks ahead). */
function nearestYear(ref: number, month: number, day: number, future: boolean): number {
  const y = new Date(ref * DAY_MS).getUTCFullYear();
  let best = y;
  let bestScore = Infinity;
  for (const c of [y - 1, y, y + 1]) {
    const iso = isoDate(c, month, day);
    if (!iso) continue;
    const d = dayNumber(iso) - ref;
    const score = future ? (d >= 0 ? d : 400 - d) : d <= 0 ? -d : d + 60;
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

export function dayNumber(iso: string): number {
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;
}

export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Numbers as people write them: at most two decimals, no trailing zeros. */
export function fmt(v: number): string {
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  const r = Math.round(v * 100) / 100;
  return Number.isInteger(r) ? r.toLocaleString('en-GB') : r.toFixed(r * 10 === Math.round(r * 10) ? 1 : 2);
}

/** One decimal at most: "6.2", "6.5", "5". */
function fmt1(v: number): string {
  const r = Math.round(v * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

export function hoursDisplay(h: number): string {
  if (!Number.isFinite(h)) return h > 0 ? '∞' : '−∞';
  if (h >= 72) return `${fmt(h / 24)} days`;
  if (h < 1) return `${Math.round(h * 60)} min`;
  const whole = Math.floor(h + 1e-9);
  const min = Math.round((h - whole) * 60);
  if (min === 0) return `${whole} h`;
  if (min === 60) return `${whole + 1} h`;
  return Number.isInteger((h * 10) / 5) && (min === 30 || min === 15 || min === 45) ? `${fmt(h)} h` : `${whole} h ${min} min`;
}

function clock(m: number): string {
  const mm = ((Math.round(m) % 1440) + 1440) % 1440;
  return `${Math.floor(mm / 60)}:${String(mm % 60).padStart(2, '0')}`;
}

function timeDisplay(lo: number, hi: number, v: number): string {
  if (hi - lo <= 5) return clock(v);
  return `${clock(lo)}–${clock(hi)}`;
}

/** "6 h", "6.2–6.5 h", "> 6 h", "≤ 100 homes": an interval the way people read it. */
function rangeDisplay(lo: number, hi: number, v: number, show: (x: number) => string, hedge: Hedge | undefined): string {
  if (!hedge) return show(v);
  if (hi === Infinity) return `${hedge.kind === 'over' ? '>' : '≥'} ${show(lo)}`;
  if (lo === -Infinity) return `${hedge.kind === 'under' ? '<' : '≤'} ${show(hi)}`;
  const a = show(lo);
  const b = show(hi);
  if (a === b) return a;
  // Share the unit: "6.2–6.5 h".
  const unit = /\s\S+$/.exec(b)?.[0] ?? '';
  return unit && a.endsWith(unit) ? `${a.slice(0, -unit.length)}–${b}` : `${a}–${b}`;
}

export { fold, stem };
