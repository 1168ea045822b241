/**
 * Scores SARIF output against a gold file in the seeds' format: per conflict item found, missed, or
 * wrongly reported; recall over 'conflict' items; the count of 'none' items reported.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineIndex, type Span } from '../../server/src/engine';
import { type Gold, locate } from '../paths';

export interface ItemScore {
  id: string;
  expect: 'conflict' | 'none' | 'optional';
  reported: boolean;
  verdict: 'found' | 'missed' | 'wrongly reported' | 'correctly silent' | 'optional: reported' | 'optional: silent';
}

export interface Score {
  items: ItemScore[];
  recall: number;
  conflicts: number;
  found: number;
  wronglyReported: number;
  results: number;
  /** Results that match no gold item (neither side of any item). */
  unmatched: number;
}

interface Loc {
  file: string;
  span: Span;
}

/** Reads a SARIF log's results as file-and-offset locations. */
function resultsOf(sarif: any): Array<{ at: Loc; related: Loc[] }> {
  const texts = new Map<string, { text: string; lines: LineIndex }>();
  const toLoc = (physical: any): Loc => {
    const file = fileURLToPath(physical.artifactLocation.uri);
    let t = texts.get(file);
    if (!t) {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      t = { text, lines: new LineIndex(text) };
      texts.set(file, t);
    }
    const r = physical.region;
    const start = t.lines.offsetAt({ line: r.startLine - 1, character: r.startColumn - 1 });
    const end = t.lines.offsetAt({ line: (r.endLine ?? r.startLine) - 1, character: (r.endColumn ?? r.startColumn) - 1 });
    return { file: path.basename(file), span: { start, end } };
  };
  return (sarif.runs?.[0]?.results ?? []).map((r: any) => ({
    at: toLoc(r.locations[0].physicalLocation),
    related: (r.relatedLocations ?? []).map((l: any) => toLoc(l.physicalLocation)),
  }));
}

const overlaps = (a: Loc, file: string, s: Span) => a.file === file && a.span.start < s.end && s.start < a.span.end;

export function score(sarif: unknown, gold: Gold, dir: string): Score {
  const results = resultsOf(sarif);
  const spanOf = (file: string, text: string) => locate(readFileSync(path.join(dir, file), 'utf8').replace(/^\uFEFF/, ''), text);
  const matched = new Set<number>();
  const items: ItemScore[] = gold.conflicts.map((c) => {
    const a = spanOf(c.a[0], c.a[1]);
    const b = spanOf(c.b[0], c.b[1]);
    let reported = false;
    results.forEach((r, i) => {
      const one = (x: [string, string], sx: Span, y: [string, string], sy: Span) =>
        overlaps(r.at, x[0], sx) && (x[0] === y[0] && sx.start === sy.start ? true : r.related.some((l) => overlaps(l, y[0], sy)));
      if (one(c.a, a, c.b, b) || one(c.b, b, c.a, a)) {
        reported = true;
        matched.add(i);
      }
    });
    const verdict: ItemScore['verdict'] =
      c.expect === 'conflict' ? (reported ? 'found' : 'missed') : c.expect === 'none' ? (reported ? 'wrongly reported' : 'correctly silent') : reported ? 'optional: reported' : 'optional: silent';
    return { id: c.id, expect: c.expect, reported, verdict };
  });
  const conflicts = items.filter((i) => i.expect === 'conflict').length;
  const found = items.filter((i) => i.verdict === 'found').length;
  return {
    items,
    conflicts,
    found,
    recall: conflicts ? found / conflicts : 1,
    wronglyReported: items.filter((i) => i.verdict === 'wrongly reported').length,
    results: results.length,
    unmatched: results.length - matched.size,
  };
}
