/**
 * The date a document gives for itself: a dateline at the top ("date 2025-02-28",
 * "Published 2024-11-02", "The Morning Ledger — 2024-10-30", "April 3, 2024"). A date inside the
 * first sentence's prose is an event's date, not the document's, and is not taken.
 */
import { MONTH_RE, MONTHS } from './lexicon/calendar';
import type { DocumentDate } from './types';
import { PAGE_ADDRESS } from './segment';


const MONTH = MONTH_RE;
const WEEKDAY = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?';
/** A full date in one of the forms datelines use; groups: iso (y, m, d) | month-first | day-first. */
const DATE = new RegExp(
  `${WEEKDAY}(?:(\\d{4})-(\\d{2})-(\\d{2})|${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4}))`,
  'i',
);
const LABEL = /^(?:date[d:]?|published|updated|last updated|first published|posted|filed|as of)\b:?\s*/i;
const SEPARATOR = /[—–\-|·,:/]\s*$/;

/** How many of the first non-blank lines may hold the dateline. */
const HEAD_LINES = 3;

/** Finds the document's own date near its top, or `undefined`. */
export function findDocumentDate(text: string): DocumentDate | undefined {
  const re = /[^\r\n]+/g;
  let m: RegExpExecArray | null;
  let seen = 0;
  while ((m = re.exec(text)) !== null && seen < HEAD_LINES) {
    const line = m[0];
    if (line.trim().length === 0) continue;
    seen++;
    const found = datelineIn(line.slice(0, 400));
    if (found) return { iso: found.iso, span: { start: m.index + found.start, end: m.index + found.end } };
  }
  return undefined;
}

/**
 * A numeric dateline ("11 / 28 / 05", "2013/05/03", "28.11.2005") standing alone on its line: taken
 * only when one reading of day and month is possible (11/28 is November 28; 05/06 could be either).
 */
const NUMERIC = /^(?:(\d{4})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})|(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2}))(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?$/;

function numericDateline(trimmed: string): string | undefined {
  const m = NUMERIC.exec(trimmed.replace(LABEL, ''));
  if (!m) return undefined;
  if (m[1]) return isoDate(+m[1], +m[2]!, +m[3]!);
  const year = m[6]!.length === 2 ? 2000 + +m[6]! : +m[6]!;
  const a = +m[4]!;
  const b = +m[5]!;
  const monthFirst = isoDate(year, a, b);
  const dayFirst = isoDate(year, b, a);
  if (monthFirst && dayFirst && monthFirst !== dayFirst) return undefined;
  return monthFirst ?? dayFirst;
}

/**
 * A web page's address often carries its date ("…/2005/07/26/…", "…/20070403/…",
 * "…/2013-05-03-…"): a line that is only an address is a dateline when its path has one.
 */
const URL_DATE = /^https?:\/\/\S*?[/_-]((?:19|20)\d{2})(?:[/_-]?)(0[1-9]|1[0-2])(?:[/_-]?)(0[1-9]|[12]\d|3[01])(?=[/_.-]|\b)/;

function datelineIn(line: string): { iso: string; start: number; end: number } | undefined {
  const lead = line.length - line.trimStart().length;
  const url = PAGE_ADDRESS.test(line) ? URL_DATE.exec(line.trim()) : null;
  if (url) {
    const iso = isoDate(+url[1]!, +url[2]!, +url[3]!);
    if (iso) return { iso, start: lead, end: lead + line.trim().length };
  }
  const numeric = numericDateline(line.trim().replace(/[\s|,;]+$/, ''));
  if (numeric) return { iso: numeric, start: lead, end: lead + line.trim().length };
  const trimmed = line.trim();
  const label = LABEL.exec(trimmed);
  const afterLabel = label ? label[0].length : 0;
  const m = DATE.exec(trimmed);
  if (!m) return undefined;
  const iso = toIso(m);
  if (!iso) return undefined;
  const start = m.index;
  const end = m.index + m[0].length;
  const atStart = start === afterLabel; // "date 2025-02-28 The United States said ..." or "April 3, 2024"
  const before = trimmed.slice(0, start);
  const atEndOfShortLine = end === trimmed.replace(/[.\s]+$/, '').length && trimmed.length <= 120 && SEPARATOR.test(before);
  // A date at the start of a line is a dateline when it is labelled, stands alone, or is followed
  // directly by the text (no verb joins it to a sentence: "April 3, 2024 — ..." or "2025-02-28 The ...").
  const alone = atStart && (label !== null || end >= trimmed.replace(/[.\s]+$/, '').length || /^\s*(?:[—–\-|·:]|\p{Lu})/u.test(trimmed.slice(end)));
  if (!alone && !atEndOfShortLine) return undefined;
  return { iso, start: lead + start, end: lead + end };
}

function toIso(m: RegExpExecArray): string | undefined {
  let y: number;
  let mo: number;
  let d: number;
  if (m[1]) {
    y = +m[1];
    mo = +m[2]!;
    d = +m[3]!;
  } else if (m[4]) {
    y = +m[6]!;
    mo = MONTHS.get(m[4].toLowerCase())!;
    d = +m[5]!;
  } else {
    y = +m[9]!;
    mo = MONTHS.get(m[8]!.toLowerCase())!;
    d = +m[7]!;
  }
  return isoDate(y, mo, d);
}

/** `YYYY-MM-DD` for a valid calendar day, else `undefined`. */
export function isoDate(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || y < 1) return undefined;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
