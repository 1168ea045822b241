/**
 * Quotations and who said them. Curly and straight double quotes (a quotation may run over several
 * sentences of a paragraph), curly single quotes nested inside them or standing alone, and the
 * speaker: a verb of saying with a name after the quotation ("…,” said Chief Fire Officer Tom
 * Hadley) or before it (Mayor Helen Achebe said: “…”), "according to", a pronoun that points back
 * to the last person named, or the speaker label of an interview.
 *
 * Written by hand: the measured libraries find quotations but never their speakers.
 */
import { lastNameBefore, type NameMention } from './names';
import { PRONOUN_REACH } from './policy';
import type { Paragraph, Sentence, Span } from './types';

export interface Quotation extends Span {
  /** The quoted words, without the quotation marks. */
  readonly inner: Span;
  readonly text: string;
  /** Index into the document's names of the speaker's mention, if the text says who spoke. */
  readonly speaker?: number;
  /**
   * How the speaker was found ("said X", "X said:", "according to", "label"; "he/she", a guess from
   * a pronoun; "continued", a paragraph that goes on quoting the speaker of the one before).
   */
  readonly speakerCue?: string;
  /** A second speaker named jointly with the first ("said Achebe and Raman"), as an index into the names. */
  readonly coSpeaker?: number;
}

const SAY = "said|says|say|saying|stating|adding|noting|warning|telling|told|tells|added|adds|stated|states|noted|notes|warned|warns|claimed|claims|insisted|insisting|insists|explained|explains|wrote|writes|announced|confirmed|remarked|asked|replied|argued|emphasi[sz]ed|emphasi[sz]ing|reiterated|specified|tweeted|posted|declared|continued|went on|recalled|conceded|acknowledged|admitted|commented|observed|predicted|promised|pledged|urged|cautioned|stressed|underlined|describing|described|called|praised";
const SAY_RE = new RegExp(`\\b(?:${SAY})\\b`, 'i');
const SAY_ALL = new RegExp(`\\b(?:${SAY})\\b`, 'gi');
const SAY_AFTER = new RegExp(`^[\\s,.]*(?:${SAY})\\b`, 'i');
const PRONOUN_AFTER = new RegExp(`^[\\s,]*(he|she)\\s+(?:${SAY})\\b`, 'i');

/** Finds the quotations of a document, paragraph by paragraph. */
export function findQuotations(
  text: string,
  paragraphs: readonly Paragraph[],
  sentences: readonly Sentence[],
  names: readonly NameMention[],
): Quotation[] {
  const out: Quotation[] = [];
  // The speaker of the last quotation of the paragraph before, for a paragraph that goes on quoting.
  let previous: { paragraph: number; index: number; guess: boolean; co?: number } | undefined;
  for (const p of paragraphs) {
    const spans = quoteSpans(text, p);
    if (!spans.length) continue;
    const label = speakerLabel(text, p, names);
    const inPara = sentences.slice(p.firstSentence, p.firstSentence + p.sentenceCount);
    const alone = onlyQuoting(text, p, spans);
    let last: typeof previous;
    for (const q of spans) {
      let found = findSpeaker(text, p, q, names, label, inPara);
      // A quotation its paragraph leaves open, closed in the next one with its attribution
      // ("`` Kelso does not need a bridge.\nIt needs a ferry,'' said Raman."): the words are hers.
      if (!found && q.open) {
        const next = paragraphs[p.index + 1];
        const tail = next && closingTail(text, next);
        if (tail) found = findSpeaker(text, next, tail, names, undefined, sentences.slice(next.firstSentence, next.firstSentence + next.sentenceCount));
      }
      // A paragraph that only quotes, after a quotation with a speaker: news goes on quoting that
      // speaker without saying so again ("…,” said Achebe.\n“The bridge was paid for twice.”).
      const goesOn = !found && alone && previous && previous.paragraph === p.index - 1 ? previous : undefined;
      // A speaker guessed from "he said" stays a guess.
      if (goesOn) found = { index: goesOn.index, cue: goesOn.guess ? 'he/she' : 'continued' };
      // Only a speaker named at the quotation has a joint one, not a "he said" resolved by guess;
      // a quotation that goes on has the joint speaker of the one before.
      const co = goesOn ? goesOn.co : found && found.cue !== 'he/she' ? jointSpeaker(text, names, found.index) : undefined;
      out.push({ start: q.start, end: q.end, inner: q.inner, text: text.slice(q.inner.start, q.inner.end), ...(found ? { speaker: found.index, speakerCue: found.cue } : {}), ...(co !== undefined ? { coSpeaker: co } : {}) });
      last = found ? { paragraph: p.index, index: found.index, guess: found.cue === 'he/she', ...(co !== undefined ? { co } : {}) } : undefined;
    }
    previous = last;
  }
  return out;
}

/** Whether a paragraph holds nothing but its quotations (and punctuation between them). */
function onlyQuoting(text: string, p: Span, spans: ReadonlyArray<Span>): boolean {
  let at = p.start;
  for (const q of spans) {
    if (/[\p{L}\p{N}]/u.test(text.slice(at, q.start))) return false;
    at = Math.max(at, q.end);
  }
  return !/[\p{L}\p{N}]/u.test(text.slice(at, p.end));
}

/**
 * The start of a paragraph up to a closing mark that no mark opens before it: the end of a
 * quotation begun in the paragraph before, as a span findSpeaker reads the attribution after.
 */
function closingTail(text: string, p: Span): (Span & { inner: Span }) | undefined {
  const para = text.slice(p.start, p.end);
  const close = /''|”|"(?=[\s.,;:!?)]|$)/.exec(para);
  if (!close || /``|“|(?:^|\s)"(?=\S)/.test(para.slice(0, close.index))) return undefined;
  const end = p.start + close.index + close[0].length;
  let innerEnd = p.start + close.index;
  while (innerEnd > p.start && /\s/.test(text.charAt(innerEnd - 1))) innerEnd--;
  return { start: p.start, end, inner: { start: p.start, end: innerEnd } };
}

/** A quotation's marks and words; `open` when no mark closes it in its paragraph. */
interface QuoteSpan extends Span {
  readonly inner: Span;
  readonly open?: boolean;
}

/** Quotation marks paired within a paragraph. */
function quoteSpans(text: string, p: Span): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const para = text.slice(p.start, p.end);
  // Curly double quotes.
  let open = -1;
  for (let i = 0; i < para.length; i++) {
    const c = para[i];
    if (c === '“') open = i;
    else if (c === '”' && open !== -1) {
      push(out, text, p.start + open, p.start + i + 1);
      open = -1;
    }
  }
  // Typewriter quotes as some text tools write them: `` opens and '' closes (``Hello,'' he said).
  for (let i = para.indexOf('``'); i !== -1; i = para.indexOf('``', i + 2)) {
    const close = para.indexOf("''", i + 2);
    const next = para.indexOf('``', i + 2);
    if (close !== -1 && (next === -1 || close < next)) push(out, text, p.start + i, p.start + close + 2, 2);
    else {
      // An opening mark that no mark closes: news runs a quotation on to the next paragraph and
      // opens it again there; it runs to the end of its line.
      const eol = para.indexOf('\n', i);
      const end = Math.min(eol === -1 ? para.length : eol, next === -1 ? para.length : next);
      if (end - i > 12) push(out, text, p.start + i, p.start + end, 2, 0, end === para.length);
    }
  }
  // Straight double quotes: one that opens (after a space or the start, before a word) pairs with the
  // next that closes (after a word, before a space, a stop or the end); a mark that can be either
  // pairs in order. One stray mark then shifts no pairing after it, as it would pairing them all in order.
  let opened = -1;
  for (let i = 0; i < para.length; i++) {
    if (para[i] !== '"') continue;
    const before = i === 0 ? ' ' : para[i - 1]!;
    const after = i + 1 >= para.length ? ' ' : para[i + 1]!;
    const canOpen = /[\s(\[—–-]/.test(before) && !/\s/.test(after);
    const canClose = !/\s/.test(before) && /[\s.,;:!?)\]—–-]/.test(after);
    if (opened === -1) {
      if (canOpen || !canClose) opened = i;
    } else if (canClose || !canOpen) {
      push(out, text, p.start + opened, p.start + i + 1);
      opened = -1;
    } else opened = i;
  }
  // Curly single quotes standing alone (not apostrophes, not inside a double quotation).
  const single = /(^|[\s(\[—–-])‘([^‘’]{3,}?)’(?=$|[\s.,;:!?)\]—–-])/g;
  let m: RegExpExecArray | null;
  while ((m = single.exec(para)) !== null) {
    const start = p.start + m.index + m[1]!.length;
    const end = start + m[2]!.length + 2;
    if (!out.some((q) => q.start <= start && end <= q.end) && /\s/.test(m[2]!)) push(out, text, start, end);
  }
  return out.sort((a, b) => a.start - b.start);
}

function push(out: QuoteSpan[], text: string, start: number, end: number, mark = 1, closing = mark, open = false): void {
  if (end - start < mark + closing + 1) return;
  // The quoted words without their marks and the spaces inside them ("`` Hello , ''").
  let a = start + mark;
  let b = end - closing;
  while (a < b && /\s/.test(text.charAt(a))) a++;
  while (b > a && /\s/.test(text.charAt(b - 1))) b--;
  out.push({ start, end, inner: { start: a, end: b }, ...(open ? { open } : {}) });
}

/** "Dr.Ruth Menon: …": the speaker label that opens an interview answer. */
function speakerLabel(text: string, p: Span, names: readonly NameMention[]): number | undefined {
  const colon = text.indexOf(':', p.start);
  if (colon === -1 || colon - p.start > 40) return undefined;
  const i = names.findIndex((n) => n.start >= p.start && n.end <= colon && !n.weak);
  return i === -1 ? undefined : i;
}

function findSpeaker(
  text: string,
  p: Span,
  q: Span & { inner: Span },
  names: readonly NameMention[],
  label: number | undefined,
  sentences: readonly Sentence[],
): { index: number; cue: string } | undefined {
  // The sentence the quotation ends in, and the one it starts in (a quotation may span several).
  const endOfSentence = Math.max(q.end, sentences.find((s) => s.start <= q.end - 1 && q.end - 1 < s.end)?.end ?? p.end);
  const sentenceStart = Math.min(q.start, sentences.find((s) => s.start <= q.start && q.start < s.end)?.start ?? p.start);
  // A quotation closed by a full stop is a sentence of its own: a name after it begins the next
  // sentence ("…did all we asked.'' Mr Hadley said the blaze …"), never its attribution, which
  // follows a comma ("…,'' Valdane said").
  // (An ellipsis is no full stop: "… unabashed sensuality ..." said agent Mark Roesler.)
  const closedByStop = /[^.]\.$/.test(text.slice(q.inner.start, q.inner.end));
  const after = closedByStop ? '' : text.slice(q.end, endOfSentence);
  const namesAfter = closedByStop ? [] : names.map((n, i) => [n, i] as const).filter(([n]) => n.start >= q.end && n.end <= endOfSentence && !n.weak);
  // "…,” said Chief Fire Officer Tom Hadley" / "…,” Mayor Helen Achebe told reporters".
  const sayAfter = SAY_AFTER.exec(after);
  if (sayAfter) {
    const near = namesAfter.filter(([n]) => n.start - q.end <= sayAfter[0].length + 50);
    // "stated Kremlin spokesperson Dmitry Peskov": the person, not the organisation in the title.
    const first = near.find(([n]) => n.kind === 'person') ?? near[0];
    if (first) return { index: first[1], cue: 'said X' };
  }
  const pron = PRONOUN_AFTER.exec(after);
  if (pron) return lastPersonBefore(names, q.start, p) ?? undefined;
  if (namesAfter.length) {
    const [n, i] = namesAfter[0]!;
    const between = text.slice(q.end, n.start);
    const rest = text.slice(n.end, Math.min(endOfSentence, n.end + 80));
    if (/^[\s,]*(?:a|an|the)?[\s\w’'-]{0,40}$/.test(between) && SAY_RE.test(rest.slice(0, 60)) && /^[^.;]{0,60}?\b(?:said|says|told|added|stated|emphasi[sz]ed|reiterated|noted|warned|insisted|specified|remarked|explained|wrote)\b/i.test(rest)) {
      return { index: i, cue: 'X said' };
    }
  }
  const according = /^[\s,]*according\s+to\s+/i.exec(after);
  if (according) {
    const first = namesAfter[0];
    if (first) return { index: first[1], cue: 'according to' };
  }
  // Before the quotation, in the same sentence: "Mayor Helen Achebe said: “…”".
  const before = text.slice(sentenceStart, q.start);
  const verbs = [...before.matchAll(SAY_ALL)];
  const lastVerb = verbs[verbs.length - 1];
  if (lastVerb) {
    const verbAt = sentenceStart + lastVerb.index!;
    // The name nearest before the verb, a person first.
    const candidates = names.map((n, i) => [n, i] as const).filter(([n]) => n.end <= verbAt && n.start >= sentenceStart && !n.weak);
    const person = [...candidates].reverse().find(([n]) => n.kind === 'person');
    const any = candidates[candidates.length - 1];
    const pick = person ?? any;
    if (pick) return { index: pick[1], cue: 'X said:' };
    if (/\b(?:he|she)\s+(?:\w+\s+){0,2}$/i.test(text.slice(sentenceStart, verbAt))) return lastPersonBefore(names, sentenceStart, p);
  }
  if (/\baccording\s+to\s*$/i.test(before)) return undefined;
  if (label !== undefined && names[label]!.end <= q.start) return { index: label, cue: 'label' };
  return undefined;
}

/**
 * The person named jointly with the speaker, "and" between them: "said Achebe and Raman", "Achebe and
 * Raman added:", "officials Helen Achebe and Priya Raman said". Both said the words.
 */
function jointSpeaker(text: string, names: readonly NameMention[], at: number): number | undefined {
  const me = names[at]!;
  // One of the two a person, neither a place: the reader may not know the other's kind ("said
  // Laurenz Orr and Tom Valdane", where only the second first name is a known one).
  const joins = (o: NameMention | undefined) => !!o && ((o.kind === 'person' && (me.kind === 'person' || me.kind === 'other')) || (o.kind === 'other' && me.kind === 'person'));
  const next = names[at + 1];
  if (joins(next) && /^\s+and\s+$/.test(text.slice(me.end, next!.start))) return at + 1;
  const prev = names[at - 1];
  if (joins(prev) && /^\s+and\s+$/.test(text.slice(prev!.end, me.start))) return at - 1;
  return undefined;
}

/** The last person named before `at`, in this paragraph or the one before. */
function lastPersonBefore(names: readonly NameMention[], at: number, p: Span): { index: number; cue: string } | undefined {
  const i = lastNameBefore(names, at, p.start - PRONOUN_REACH, (n) => n.kind === 'person');
  return i === undefined ? undefined : { index: i, cue: 'he/she' };
}

