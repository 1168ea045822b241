/** Gives each quantity its frame: what it measures, whose it is (see `../frames/frame.ts`). */
import { agentOf, type ClaimFrame, frameOf, momentFrame, subjectOf } from '../frames/frame';
import { tagSpan } from '../frames/tagger';
import type { Sentence, Span } from '../types';
import type { ClaimKindSpec } from './kind';
import { KINDS } from './registry';
import { clauseBounds } from './scope';
import type { Claim, ClaimKind } from './types';

/** Kinds whose values are quantities of something a frame names; times, dates and years are moments. */
const FRAMED = new Set<ClaimKind>((Object.values(KINDS) as ClaimKindSpec[]).filter((k) => k.framed).map((k) => k.kind));
/** Moments get the verb they hang on: what happened then (see `momentFrame`). */
const MOMENTS = new Set<ClaimKind>((Object.values(KINDS) as ClaimKindSpec[]).filter((k) => k.moment).map((k) => k.kind));

/** Tags each sentence holding a quantity once, and gives its quantities their frames. */
export function addFrames(text: string, sentences: readonly Sentence[], claims: Claim[]): void {
  let tagged: { sentence: number; toks: ReturnType<typeof tagSpan>; clauses: Span[] } | undefined;
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k]!;
    if (!FRAMED.has(c.kind) && !MOMENTS.has(c.kind)) continue;
    if (tagged?.sentence !== c.sentence) {
      const s = sentences[c.sentence]!;
      tagged = { sentence: c.sentence, toks: tagSpan(text, s), clauses: clauseBounds(text, s) };
    }
    const clause = tagged.clauses.find((cl) => cl.start <= c.start && c.start < cl.end) ?? sentences[c.sentence]!;
    if (MOMENTS.has(c.kind)) {
      const moment = momentFrame(tagged.toks, c, clause).predicate;
      if (moment) claims[k] = { ...c, moment };
      continue;
    }
    let frame: ClaimFrame;
    if (c.derivedFrom === 'clock') {
      // A duration read from a start and an end time is about what started: the subject or the thing
      // the start time follows ("The discussions kicked off at 10:00", "launched a search at 6:55").
      const start = claims.find((t) => t.kind === 'time' && t.start === c.start) ?? c;
      const f = frameOf(tagged.toks, start, clause);
      const subject = subjectOf(tagged.toks, start, clause);
      frame = { ...(subject ? { subject } : {}), ...(f.predicate ? { predicate: f.predicate } : {}) };
    } else frame = frameOf(tagged.toks, c, clause);
    // A model counted ("12 AK 47 guns", "seven AK-47 assault rifles") is the thing, whatever noun follows it.
    if (c.kind === 'count' && c.noun && /\d/.test(c.noun)) frame = { ...frame, head: c.noun };
    // A fraction is a share of the noun after "of" ("a quarter of voters"), not of a "quarter".
    if (c.derivedFrom === 'fraction' && c.noun) frame = { ...frame, head: c.noun };
    const agent = c.derivedFrom === 'clock' ? undefined : agentOf(tagged.toks, c, sentences[c.sentence]!);
    const framed = Object.keys(frame).length > 0;
    if (framed || agent) claims[k] = { ...c, ...(framed ? { frame } : {}), ...(agent ? { agent } : {}) };
  }
}
