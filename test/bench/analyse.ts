/**
 * One measurement in a process of its own (so that peak memory is its own): `engine` reads a folder
 * into a corpus and computes every file's diagnostics; `floor` only reads and tokenises the files.
 * Prints one line of JSON.
 */
import { readFileSync } from 'node:fs';
import { buildViews, Corpus, DEFAULT_SCAN_OPTIONS, scanFolder } from '../../server/src/engine';
import { NodeFileAccess } from '../../server/src/node-files';

async function main(): Promise<void> {
  const [mode, dir] = process.argv.slice(2) as ['engine' | 'floor', string];
  const access = new NodeFileAccess();
  const files: Array<{ path: string; text: string }> = [];
  const t0 = performance.now();
  await scanFolder(access, dir, { ...DEFAULT_SCAN_OPTIONS, maxFiles: 1e9 }, { document: (p, text) => files.push({ path: p, text }), skipped: () => undefined });
  const tRead = performance.now();
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  if (mode === 'floor') {
    let tokens = 0;
    for (const f of files) tokens += (readFileSync(f.path, 'utf8').match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? []).length;
    const t1 = performance.now();
    out({ mode, docs: files.length, bytes, tokens, ms: t1 - t0, readMs: tRead - t0 });
    return;
  }
  // Heap after each layer (with a collection first when node runs with --expose-gc).
  const heap = () => {
    (globalThis as { gc?: () => void }).gc?.();
    return Math.round(process.memoryUsage().heapUsed / 1024 / 1024);
  };
  const corpus = new Corpus();
  for (const f of files) corpus.set(f.path, f.text);
  const tAnalysed = performance.now();
  const heapMB: Record<string, number> = { documents: heap() };
  corpus.entities();
  heapMB['entities'] = heap();
  const tEntities = performance.now();
  const findings = [...corpus.allFindings().values()].reduce((n, l) => n + l.length, 0);
  const tFindings = performance.now();
  heapMB['comparison'] = heap();
  corpus.alignment();
  const tAligned = performance.now();
  heapMB['alignment'] = heap();
  // The views: of one source and the sources sharing its claims (what the server shows in a folder
  // of over 200 sources), and of the whole folder (what it shows in smaller ones; up to 1,000 here).
  const first = corpus.ids()[0]!;
  const tv0 = performance.now();
  const one = buildViews(corpus, { focus: new Set([first]) });
  const viewOneMs = performance.now() - tv0;
  let viewAllMs = NaN;
  let viewAllRows = NaN;
  if (files.length <= 1000) {
    const tv1 = performance.now();
    viewAllRows = buildViews(corpus).matrix.rows.length;
    viewAllMs = performance.now() - tv1;
  }
  out({
    mode,
    docs: files.length,
    bytes,
    findings,
    readMs: tRead - t0,
    analyseMs: tAnalysed - tRead,
    entitiesMs: tEntities - tAnalysed,
    findingsMs: tFindings - tAnalysed,
    heapMB,
    alignMs: tAligned - tFindings,
    viewOneMs,
    viewOneRows: one.matrix.rows.length,
    viewAllMs,
    viewAllRows,
    ms: tFindings - t0,
  });
}

function out(o: Record<string, unknown>): void {
  process.stdout.write(JSON.stringify({ ...o, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + '\n');
}

void main();
