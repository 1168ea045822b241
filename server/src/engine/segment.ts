/**
 * Splits a document into blocks (paragraphs, headings, list items, table-of-contents lines) and
 * sentences, with exact offsets.
 *
 * Written by hand: measured on the seeds, no library splits news prose well (Intl.Segmenter, sbd and
 * sentence-splitter break at "U.S. Embassy" and "Dr. Emma"; wink merges headings into the next
 * sentence), and a small splitter with an abbreviation list is both the most accurate and the fastest.
 */
import type { BlockKind, Paragraph, Sentence } from './types';

/** Abbreviations that never end a sentence (compared without their final dot, lower-cased). */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'ste', 'mt', 'ft', 'gen', 'sen', 'rep', 'gov', 'lt', 'col',
  'sgt', 'capt', 'cmdr', 'adm', 'maj', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'fr', 'sr', 'jr',
  'no', 'nos', 'vs', 'v', 'approx', 'est', 'ca', 'cf', 'fig', 'vol', 'pp', 'p', 'art', 'dept', 'univ',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);

/**
 * After an abbreviation that may also close a sentence ("U.S.", "a.m.", "Inc."), a sentence ends only
 * when the next word is one that usually starts a sentence.
 */
const AMBIGUOUS = new Set(['inc', 'ltd', 'co', 'corp', 'etc', 'plc', 'llc', 'bros']);
const SENTENCE_STARTERS = new Set([
  'the', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'there',
  'but', 'and', 'yet', 'so', 'however', 'meanwhile', 'in', 'on', 'at', 'for', 'after', 'before', 'when',
  'while', 'as', 'a', 'an', 'if', 'his', 'her', 'their', 'our', 'my', 'some', 'many', 'most', 'one',
  'both', 'neither', 'no', 'not', 'what', 'who', 'why', 'how', 'where', 'still', 'also', 'then', 'now',
  'earlier', 'later', 'officials', 'according', 'by', 'during', 'since', 'although', 'though',
]);

const TERMINAL_END = /[.!?…:](?:["'”’»)\]]*)$/u;
const CLOSERS = /["'”’»)\]]/u;
const OPENERS = /["'“‘«(\[¿¡`]/u;

interface Line {
  start: number; // first non-blank character
  end: number; // after the last non-blank character
  kind: BlockKind | 'text' | 'blank';
  /** For list items: where the item's text starts, after its marker. */
  bodyStart: number;
}

/** Result of {@link segment}. */
export interface Segmentation {
  readonly paragraphs: Paragraph[];
  readonly sentences: Sentence[];
}

/** Splits `text` into paragraphs and sentences. */
export function segment(text: string): Segmentation {
  const lines = classifyLines(text);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];

  const emit = (start: number, end: number, kind: BlockKind) => {
    const index = paragraphs.length;
    const first = sentences.length;
    if (kind === 'heading' || kind === 'toc') {
      sentences.push({ start, end, index: first, paragraph: index, kind });
    } else {
      for (const [s, e] of splitSentences(text, start, end)) {
        sentences.push({ start: s, end: e, index: sentences.length, paragraph: index, kind });
      }
    }
    paragraphs.push({ start, end, index, kind, firstSentence: first, sentenceCount: sentences.length - first });
  };

  let open: { start: number; end: number; kind: BlockKind } | undefined;
  const close = () => {
    if (open) emit(open.start, open.end, open.kind);
    open = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === 'blank') {
      close();
      continue;
    }
    if (line.kind === 'heading' || line.kind === 'toc') {
      close();
      emit(line.start, line.end, line.kind);
      continue;
    }
    if (STANDALONE.test(text.slice(line.start, line.end))) {
      // A page address or a publication stamp on a line of its own is a block of its own, never
      // the start of the sentence below it.
      close();
      emit(line.start, line.end, 'paragraph');
      continue;
    }
    if (line.kind === 'list-item') {
      close();
      open = { start: line.start, end: line.end, kind: 'list-item' };
      continue;
    }
    // A text line continues the open block when that block's last line did not end a sentence
    // (a hard-wrapped paragraph or list item), and starts a new paragraph otherwise.
    if (open && !TERMINAL_END.test(text.slice(Math.max(open.start, open.end - 8), open.end))) {
      open.end = line.end;
    } else {
      close();
      open = { start: line.start, end: line.end, kind: 'paragraph' };
    }
  }
  close();
  return { paragraphs, sentences };
}

/** Finds every line, with leading and trailing white space excluded, and says what it is. */
function classifyLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]*(?:\r\n|\n|\r|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      if (re.lastIndex >= text.length) break;
      re.lastIndex++;
      continue;
    }
    const raw = m[0].replace(/[\r\n]+$/, '');
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    const start = m.index + lead;
    const end = start + body.length;
    if (body.length === 0) lines.push({ start, end: start, kind: 'blank', bodyStart: start });
    else lines.push({ start, end, kind: 'text', bodyStart: start });
    if (re.lastIndex >= text.length) break;
  }

  let inContents = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === 'blank') continue;
    const body = text.slice(line.start, line.end);
    const marker = /^(?:[-*+•‣▪–]|\d{1,3}[.)])\s+/u.exec(body);
    if (/^#{1,6}\s/.test(body)) {
      line.kind = 'heading';
      inContents = /\bcontents\b/i.test(body);
    } else if (marker) {
      line.kind = inContents ? 'toc' : 'list-item';
      line.bodyStart = line.start + marker[0].length;
    } else if (isHeadingLine(body, nextContent(lines, i, text))) {
      line.kind = 'heading';
      inContents = /^(?:table of )?contents$/i.test(body);
    } else {
      inContents = false;
    }
  }
  return lines;
}

function nextContent(lines: Line[], i: number, text: string): string | undefined {
  const next = lines[i + 1];
  const body = next && next.kind !== 'blank' ? text.slice(next.start, next.end) : undefined;
  return body !== undefined && STANDALONE.test(body) ? undefined : body;
}

/**
 * Lines that stand alone whatever surrounds them: a page address, a publication stamp
 * ("published: 2012-04-04 11:47:35", "Updated 9:01 AM EDT"), as saved web pages begin.
 */
const STANDALONE = /^(?:(?:https?:\/\/|www\.)\S+|(?:published|updated|posted|last updated|first published)\b[^.!?]{0,60})$/i;

/** A line or sentence that is a page address and nothing else. */
export const PAGE_ADDRESS = /^\s*(?:https?:\/\/|www\.)\S+\s*$/i;

/** Whether a line or sentence is page furniture standing alone: an address or a publication stamp. */
export function isStandalone(text: string): boolean {
  return STANDALONE.test(text.trim());
}

/**
 * A heading is a short line that does not end like a sentence and starts with a capital, a digit or
 * a quotation mark, unless the next line continues it (starts in lower case: a hard-wrapped line).
 * A question is a heading when it is in title case, or when more text follows it (a section's
 * question); a line holding two sentences never is.
 */
function isHeadingLine(body: string, next: string | undefined): boolean {
  if (body.length > 160) return false;
  const question = /\?["'”’»)\]]*$/u.test(body);
  if (!/^[\p{Lu}\p{N}"'“‘«]/u.test(body)) return false;
  const words = body.split(/\s+/);
  if (words.length > 20) return false;
  if (next !== undefined && /^\p{Ll}/u.test(next)) return false;
  // A headline in title case stays one even when it trails off ("... Checks Out Of Rehab...") or
  // holds two phrases ("Results: X Cruises Again, Wins"): prose never capitalises its words so.
  // Not a line ending in a full stop: "Marta Velde Testified In Kelso." is still a sentence.
  const trails = /(?:\.\.\.|…|!)["'”’»)\]]*$/u.test(body);
  if ((trails || !/[.,;:]["'”’»)\]]*$/u.test(body)) && isTitleCase(words)) return true;
  if (!question && /[.,;:!…]["'”’»)\]]*$/u.test(body)) return false;
  if (splitSentences(body, 0, body.length).length > 1) return false;
  if (question) return isTitleCase(words, 1, QUESTION_TITLE_SHARE) || (next !== undefined && !/^\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?:\s/u.test(body));
  return true;
}

/**
 * Title case: at least TITLE_CASE_WORDS words of four letters or more, and TITLE_CASE_SHARE of them
 * capitalised. Short words are left out ("of", "in", "the" stay lower case in headlines), and so is
 * a line of fewer long words, which a sentence of names could also be ("Ellen DeGeneres Tweets").
 */
function isTitleCase(words: readonly string[], least = TITLE_CASE_WORDS, share = TITLE_CASE_SHARE): boolean {
  const long = words.filter((w) => /^["'“‘(]?\p{L}{4,}/u.test(w));
  return long.length >= least && long.filter((w) => /^["'“‘(]?\p{Lu}/u.test(w)).length >= share * long.length;
}
/** A question is a heading with fewer capitals: "What Happens Next for the talks?" */
const QUESTION_TITLE_SHARE = 0.6;
/** Four long words: "Lohan Checks Into Rehab"; three capitalised long words are often just names. */
const TITLE_CASE_WORDS = 4;
/** A share, not all: a headline keeps a word in lower case now and then ("Klitschko vs Thompson"). */
const TITLE_CASE_SHARE = 0.8;

/** Splits `text[start, end)` into sentences: pairs of trimmed offsets. */
export function splitSentences(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let sentenceStart = start;
  const re = /[.!?…]+/gu;
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < end) {
    let j = m.index + m[0].length;
    while (j < end && CLOSERS.test(text[j]!)) j++;
    if (j >= end) break;
    const terminator = m[0];
    let k = j;
    while (k < end && /\s/u.test(text[k]!)) k++;
    const spaced = k > j;
    if (!isSentenceBoundary(text, m.index, terminator, j, k, spaced, end)) continue;
    pushTrimmed(text, sentenceStart, j, out);
    sentenceStart = k;
    re.lastIndex = k;
  }
  pushTrimmed(text, sentenceStart, end, out);
  return out;
}

function isSentenceBoundary(
  text: string,
  at: number,
  terminator: string,
  afterClosers: number,
  next: number,
  spaced: boolean,
  end: number,
): boolean {
  if (next >= end) return false;
  const c = text[next]!;
  const word = wordBefore(text, at);
  if (!spaced) {
    // "interests.Engaging": a missing space after a full stop, between two ordinary words.
    return (
      terminator === '.' &&
      afterClosers === at + 1 &&
      /^\p{Ll}{3,}$/u.test(word) &&
      !TITLES.has(word.toLowerCase()) &&
      /^\p{Lu}\p{Ll}/u.test(text.slice(next, next + 2))
    );
  }
  if (!(/[\p{Lu}\p{N}]/u.test(c) || OPENERS.test(c) || /[-–—]/.test(c))) return false;
  if (terminator !== '.') return true;
  const lower = word.toLowerCase();
  if (TITLES.has(lower)) return false;
  // An initial ("J. Smith"); a lone capital is almost never a sentence's last word.
  if (/^\p{Lu}$/u.test(word)) return false;
  // Dotted abbreviations ("U.S.", "D.C.", "a.m.", "e.g.") and company suffixes may end a sentence:
  // only when the next word usually starts one.
  // "... at 8 a.m. Eleven people ...": after a clock time a capital starts a sentence, unless it names
  // the time zone.
  if (/^[ap]\.m$/.test(lower)) {
    const nextWord = /^[\p{L}]+/u.exec(text.slice(next, next + 20))?.[0] ?? '';
    return !/^(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|ET|PT|Eastern|Pacific|Central|Mountain|Local|local|Moscow|Kyiv|Istanbul|London)$/.test(nextWord);
  }
  if (word.includes('.') || AMBIGUOUS.has(lower)) {
    const nextWord = /^[\p{L}]+/u.exec(text.slice(next, next + 20))?.[0]?.toLowerCase() ?? '';
    return SENTENCE_STARTERS.has(nextWord);
  }
  return true;
}

/** The word (letters and inner dots) just before offset `at`. */
function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && /[\p{L}\p{M}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, at).replace(/^\.+/, '');
}

function pushTrimmed(text: string, start: number, end: number, out: Array<[number, number]>): void {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  if (e > s) out.push([s, e]);
}
