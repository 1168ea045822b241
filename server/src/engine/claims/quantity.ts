/**
 * Quantities as news writes them: hedges ("about", "over", "nearly", "shortly after") that make a
 * value an interval, units of time and measure, currencies, and how values read back for people
 * ("6 h 20 min", "£7.1m", "6.2–6.5 h"). Shared by the claim kinds.
 */
import type { NumberMatch } from '../numbers';

/** Words that make a following "about" a preposition, not a hedge ("spoke about six properties"). */
export const ABOUT_PREPOSITION = /\b(?:spoke|spoken|speak|talk(?:ed|s|ing)?|said|say|says|ask(?:ed)?|concerns?|concerned|worr(?:y|ied)|information|news|questions?|think|thought|know|knew|hear(?:d)?|learn(?:ed)?|read|wrote|written|complain(?:ed|ts?)?|warn(?:ed)?|care[ds]?|details|story|stories|report(?:ed|s)?|debate[ds]?|argu(?:e|ed)|clear|upset|angry|happy|sure)\b[^.;,:]{0,40}$/i;

export interface Hedge {
  readonly text: string;
  readonly kind: 'about' | 'over' | 'under' | 'nearly' | 'atLeast' | 'atMost' | 'after' | 'before' | 'shortlyAfter' | 'shortlyBefore' | 'by';
}

export const HEDGES: Array<[RegExp, Hedge['kind']]> = [
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
export const MOMENT_HEDGES = new Set<Hedge['kind']>(['by', 'after', 'before', 'shortlyAfter', 'shortlyBefore']);

/** The hedge of an amount (not a moment) written right before `at`. */
export function amountHedge(text: string, at: number, lowerBound: number): Hedge | undefined {
  const h = hedgeBefore(text, at, lowerBound);
  return h && !MOMENT_HEDGES.has(h.kind) ? h : undefined;
}

/** The hedge written right before `at` (up to four words), if any. */
export function hedgeBefore(text: string, at: number, lowerBound: number): Hedge | undefined {
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
export function hedgeAfter(text: string, at: number): Hedge | undefined {
  const after = text.slice(at, at + 12);
  if (/^\s*(?:or\s+so|odd)\b/i.test(after)) return { text: 'or so', kind: 'about' };
  if (/^\s*(?:or\s+more|plus\b|-plus\b|\+)/i.test(after)) return { text: 'or more', kind: 'atLeast' };
  return undefined;
}

/**
 * The interval a hedged value stands for. `tolerance` is the imprecision of an unhedged value.
 * Open-ended hedges are open: "more than 100 homes" is true of 140.
 */
export function shape(v: number, hedge: Hedge | undefined, tolerance: number): [number, number] {
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

export function scaleOf(n: NumberMatch): number {
  return n.scaled ? n.value / Number(n.text.replace(/[^\d.]/g, '')) : 1;
}

export function hedgeLength(text: string, at: number, hedge: Hedge): number {
  const before = text.slice(Math.max(0, at - 40), at);
  const i = before.toLowerCase().lastIndexOf(hedge.text.toLowerCase());
  return i === -1 ? 0 : before.length - i;
}

export const HOURS_PER: Record<string, number> = {
  second: 1 / 3600, sec: 1 / 3600, minute: 1 / 60, min: 1 / 60, hour: 1, hr: 1, day: 24, week: 168, month: 730, year: 8766, decade: 87660,
  seconds: 1 / 3600, secs: 1 / 3600, minutes: 1 / 60, mins: 1 / 60, hours: 1, hrs: 1, days: 24, weeks: 168, months: 730, years: 8766, decades: 87660,
};

/**
 * Units of measure that units.json leaves out because they are ambiguous ("pounds" is money or
 * mass; "degrees" a temperature or an angle): a number with one is a measurement, not a count of
 * things, but no conversion is known. The units with one are in lexicon/units.json.
 */
export const MEASURES: Record<string, string> = { pounds: 'lb', degrees: 'deg', celsius: 'deg' };

export function currencyOf(s: string): string {
  // "$US" as "US$".
  const w = s.toLowerCase().replace(/^\$([a-z]+)$/, '$1$');
  if (w.includes('£') || w.startsWith('pound') || w === 'sterling' || w === 'gbp') return 'GBP';
  if (w.includes('€') || w.startsWith('euro') || w === 'eur') return 'EUR';
  if (w.includes('¥') || w === 'yen') return 'JPY';
  if (w === 'a$') return 'AUD';
  if (w === 'c$') return 'CAD';
  if (w === 'nz$') return 'NZD';
  if (w === 'hk$') return 'HKD';
  return 'USD';
}

export const SYMBOL: Record<string, string> = { GBP: '£', USD: '$', EUR: '€', JPY: '¥', AUD: 'A$', CAD: 'C$', NZD: 'NZ$', HKD: 'HK$' };

export function moneyDisplay(v: number, currency: string): string {
  const s = SYMBOL[currency] ?? currency + ' ';
  const a = Math.abs(v);
  if (a >= 1e9) return `${s}${fmt(v / 1e9)}bn`;
  if (a >= 1e6) return `${s}${fmt(v / 1e6)}m`;
  return `${s}${Math.round(v).toLocaleString('en-GB')}`;
}

export function direction(before: string, after: string): 'up' | 'down' | undefined {
  if (/\b(?:up|rose|risen|rising|rise|increased?|increasing|grew|grown|growth|higher|jumped|climbed|gained?|surged|soared)\b(?:\s+by)?\s*(?:about|around|nearly|almost|over|more\s+than|some|roughly)?\s*$/i.test(before)) return 'up';
  if (/\b(?:down|fell|fallen|falling|fall|decreased?|decreasing|declined?|declining|dropped|drop|lower|cut|shrank|shrunk|lost|slumped|plunged|reduced?)\b(?:\s+by)?\s*(?:about|around|nearly|almost|over|more\s+than|some|roughly)?\s*$/i.test(before)) return 'down';
  if (/^\s*(?:rise|increase|jump|gain|growth|higher|more|up)\b/i.test(after)) return 'up';
  if (/^\s*(?:fall|drop|decline|decrease|cut|lower|less|down)\b/i.test(after)) return 'down';
  return undefined;
}

/** Numbers as people write them: at most two decimals, no trailing zeros. */
export function fmt(v: number): string {
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  const r = Math.round(v * 100) / 100;
  return Number.isInteger(r) ? r.toLocaleString('en-GB') : r.toFixed(r * 10 === Math.round(r * 10) ? 1 : 2);
}

/** One decimal at most: "6.2", "6.5", "5". */
export function fmt1(v: number): string {
  const r = Math.round(v * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

export function hoursDisplay(h: number): string {
  if (!Number.isFinite(h)) return h > 0 ? '∞' : '−∞';
  // Long spans in the unit people use: "10 years", "4.5 months", "12 days" (not "3652.5 days").
  const unit = (v: number, one: string) => `${fmt(v)} ${v === 1 ? one : `${one}s`}`;
  if (h >= HOURS_PER.year! * 0.99) return unit(Math.round((h / HOURS_PER.year!) * 10) / 10, 'year');
  if (h >= HOURS_PER.month! * 1.9) return unit(Math.round((h / HOURS_PER.month!) * 10) / 10, 'month');
  if (h >= 7 * 24 && Number.isInteger(Math.round((h / 168) * 100) / 100)) return unit(h / 168, 'week');
  if (h >= 72) return unit(Math.round((h / 24) * 10) / 10, 'day');
  if (h < 1) return `${Math.round(h * 60)} min`;
  const whole = Math.floor(h + 1e-9);
  const min = Math.round((h - whole) * 60);
  if (min === 0) return `${whole} h`;
  if (min === 60) return `${whole + 1} h`;
  return Number.isInteger((h * 10) / 5) && (min === 30 || min === 15 || min === 45) ? `${fmt(h)} h` : `${whole} h ${min} min`;
}

export function clock(m: number): string {
  const mm = ((Math.round(m) % 1440) + 1440) % 1440;
  return `${Math.floor(mm / 60)}:${String(mm % 60).padStart(2, '0')}`;
}

export function timeDisplay(lo: number, hi: number, v: number): string {
  if (hi - lo <= 5) return clock(v);
  return `${clock(lo)}–${clock(hi)}`;
}

/** "6 h", "6.2–6.5 h", "> 6 h", "≤ 100 homes": an interval the way people read it. */
export function rangeDisplay(lo: number, hi: number, v: number, show: (x: number) => string, hedge: Hedge | undefined): string {
  if (!hedge) return show(v);
  if (hi === Infinity) return `${hedge.kind === 'over' ? '>' : '≥'} ${show(lo)}`;
  if (lo === -Infinity) return `${hedge.kind === 'under' ? '<' : '≤'} ${show(hi)}`;
  const a = show(lo);
  const b = show(hi);
  if (a === b) return a;
  // Share the unit: "6.2–6.5 h", "378–462 passengers and crew".
  const unit = /^[\d.,]+(\s.*)$/.exec(b)?.[1] ?? /\s\S+$/.exec(b)?.[0] ?? '';
  return unit && a.endsWith(unit) ? `${a.slice(0, -unit.length)}–${b}` : `${a}–${b}`;
}
