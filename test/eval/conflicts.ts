/**
 * Scores the engine's findings on a folder against a gold file of conflicts (the seeds' format, plus
 * `update` on conflicts that are a figure updated over time): in process, through the same Corpus the
 * language server and the CLI use. Also lists every reported pair, for judging by reading.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Corpus, type Finding, type Span } from '../../server/src/engine';
import { locate } from '../paths';

export interface ConflictItem {
  id: string;
  expect: 'conflict' | 'none' | 'optional';
  kind?: string;
  a: [string, string];
  b: [string, string];
  why?: string;
  /** A figure updated over time: reported as an update or as a conflict, it is found. */
  update?: boolean;
}

export interface ConflictGold {
  conflicts: ConflictItem[];
}

/** One reported pair: a claim of one document and one of another that a finding links. */
export interface ReportedPair {
  kind: string;
  a: { doc: string; span: Span; text: string };
  b: { doc: string; span: Span; text: string };
  message: string;
  /** Ids of the gold items it lands on. */
  items: string[];
}

export interface FolderScore {
  folder: string;
  conflicts: number;
  found: number;
  missed: string[];
  wrong: string[];
  optionalReported: number;
  /** Findings (diagnostics) other than single-source ones. */
  diagnostics: number;
  /** Diagnostics on a gold conflict or optional item. */
  diagnosticsOnGold: number;
  /** Diagnostics on a gold 'none' item. */
  diagnosticsOnNone: number;
  pairs: ReportedPair[];
}

/** The text files of a folder, by base name (BOM removed, as the engine reads them). */
export function readFolder(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(dir).sort()) if (/\.(txt|md)$/.test(f)) out.set(f, readFileSync(path.join(dir, f), 'utf8').replace(/^\uFEFF/, ''));
  return out;
}

export function analyseFolder(dir: string): { corpus: Corpus; texts: Map<string, string> } {
  const texts = readFolder(dir);
  const corpus = new Corpus();
  for (const [name, text] of texts) corpus.set(name, text);
  return { corpus, texts };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Scores the findings of `corpus` (documents named by base name) against `gold`. */
export function scoreConflicts(folder: string, corpus: Corpus, texts: Map<string, string>, gold: ConflictGold): FolderScore {
  const spans = gold.conflicts.map((c) => {
    const at = (side: [string, string]) => {
      const t = texts.get(side[0]);
      if (t === undefined) throw new Error(`${folder}: gold item ${c.id}: no file ${side[0]}`);
      return locate(t, side[1]);
    };
    return { c, a: at(c.a), b: at(c.b) };
  });
  const findings: Finding[] = [];
  for (const [, list] of corpus.allFindings()) for (const f of list) if (f.kind !== 'single-source') findings.push(f);
  // Reported pairs, each once.
  const pairs = new Map<string, ReportedPair>();
  const onItem = (doc: string, s: Span, odoc: string, os: Span) =>
    spans
      .filter(({ c, a, b }) => (c.a[0] === doc && overlaps(a, s) && c.b[0] === odoc && overlaps(b, os)) || (c.b[0] === doc && overlaps(b, s) && c.a[0] === odoc && overlaps(a, os)))
      .map(({ c }) => c);
  // A gold item also covers the same two values told again elsewhere in its two documents (a
  // headline repeating the lead's "Ten people"): the claims found at its phrases, by value.
  const claimsAt = (doc: string, s: Span) => corpus.get(doc)?.claims.filter((c) => overlaps(c, s)) ?? [];
  const keyOf = (doc: string, c: { kind: string; display: string }) => `${doc}\u0000${c.kind}\u0000${c.display}`;
  const valueKey = (doc: string, s: Span) => {
    const c = claimsAt(doc, s)[0];
    return c ? keyOf(doc, c) : undefined;
  };
  const byValue = new Map<string, ConflictItem[]>();
  for (const { c, a, b } of spans) {
    // The two claims of the item: one at each phrase, of one kind and unit.
    const ca = claimsAt(c.a[0], a);
    const cb = claimsAt(c.b[0], b);
    const pair = ca.flatMap((x) => cb.filter((y) => y.kind === x.kind && y.unit === x.unit).map((y) => [x, y] as const))[0];
    if (!pair) continue;
    const ka = keyOf(c.a[0], pair[0]);
    const kb = keyOf(c.b[0], pair[1]);
    for (const k of [`${ka}\u0001${kb}`, `${kb}\u0001${ka}`]) {
      let list = byValue.get(k);
      if (!list) byValue.set(k, (list = []));
      list.push(c);
    }
  }
  const onValue = (doc: string, s: Span, odoc: string, os: Span) => {
    const ka = valueKey(doc, s);
    const kb = valueKey(odoc, os);
    return ka && kb ? (byValue.get(`${ka}\u0001${kb}`) ?? []) : [];
  };
  let diagnosticsOnGold = 0;
  let diagnosticsOnNone = 0;
  for (const f of findings) {
    let gold = false;
    let none = false;
    for (const r of f.related) {
      const direct = onItem(f.doc, f.span, r.doc, r.span);
      const items = direct.length ? direct : onValue(f.doc, f.span, r.doc, r.span);
      if (items.some((i) => i.expect !== 'none')) gold = true;
      else if (items.length) none = true;
      const [x, y] = f.doc < r.doc || (f.doc === r.doc && f.span.start <= r.span.start) ? [{ doc: f.doc, span: f.span }, { doc: r.doc, span: r.span }] : [{ doc: r.doc, span: r.span }, { doc: f.doc, span: f.span }];
      const key = `${f.kind}|${x.doc}|${x.span.start}|${x.span.end}|${y.doc}|${y.span.start}|${y.span.end}`;
      if (pairs.has(key)) continue;
      const textOf = (d: string, s: Span) => (texts.get(d) ?? '').slice(s.start, s.end);
      pairs.set(key, {
        kind: f.kind,
        a: { ...x, text: textOf(x.doc, x.span) },
        b: { ...y, text: textOf(y.doc, y.span) },
        message: r.message,
        items: items.map((i) => i.id),
      });
    }
    if (gold) diagnosticsOnGold++;
    else if (none) diagnosticsOnNone++;
  }
  const reported = new Set<string>();
  for (const p of pairs.values()) for (const id of p.items) reported.add(id);
  // Reported as a conflict: an update ("Later report of 5 miners after 6", information) says the two
  // figures are no conflict, so it never counts as wrongly reporting a gold 'none' item (whatever
  // the item's reason); a conflict item found as an update still counts as found (`update`).
  const asConflict = new Set<string>();
  for (const p of pairs.values()) if (p.kind !== 'update') for (const id of p.items) asConflict.add(id);
  const conflicts = gold.conflicts.filter((c) => c.expect === 'conflict');
  return {
    folder,
    conflicts: conflicts.length,
    found: conflicts.filter((c) => reported.has(c.id)).length,
    missed: conflicts.filter((c) => !reported.has(c.id)).map((c) => c.id),
    wrong: gold.conflicts.filter((c) => c.expect === 'none' && asConflict.has(c.id)).map((c) => c.id),
    optionalReported: gold.conflicts.filter((c) => c.expect === 'optional' && reported.has(c.id)).length,
    diagnostics: findings.length,
    diagnosticsOnGold,
    diagnosticsOnNone,
    pairs: [...pairs.values()].sort((p, q) => (p.a.doc < q.a.doc ? -1 : p.a.doc > q.a.doc ? 1 : p.a.span.start - q.a.span.start)),
  };
}

/** Sums of several folders' scores. */
export function total(scores: FolderScore[]): { conflicts: number; found: number; wrong: number; diagnostics: number; onGold: number; onNone: number; pairs: number } {
  return scores.reduce(
    (t, s) => ({
      conflicts: t.conflicts + s.conflicts,
      found: t.found + s.found,
      wrong: t.wrong + s.wrong.length,
      diagnostics: t.diagnostics + s.diagnostics,
      onGold: t.onGold + s.diagnosticsOnGold,
      onNone: t.onNone + s.diagnosticsOnNone,
      pairs: t.pairs + s.pairs.length,
    }),
    { conflicts: 0, found: 0, wrong: 0, diagnostics: 0, onGold: 0, onNone: 0, pairs: 0 },
  );
}
