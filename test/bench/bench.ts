/**
 * `npm run bench`: corpora of 100, 1,000 and 10,000 generated documents; for each, full analysis
 * (documents/s, MB/s, time until every file's diagnostics are known, peak RSS), the language server
 * over stdio (hover, definition and edit-to-diagnostics latencies), and two baselines on the same
 * files (reading and tokenising in Node; cspell). Prints a table and writes bench-results/bench.json.
 * BENCH_SIZES=100,1000 picks other sizes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import * as path from 'node:path';
import { analyseDocument, LineIndex } from '../../server/src/engine';
import { ROOT } from '../paths';
import { fileUri, TestClient } from '../protocol/lsp-client';
import { ensureNpmTool } from '../tools';
import { generateCorpus, random } from './generate';

const SIZES = (process.env['BENCH_SIZES'] ?? '100,1000,10000').split(',').map(Number);
/** Sizes above this are measured without the language server (BENCH_SERVER_MAX). */
const SERVER_MAX = Number(process.env['BENCH_SERVER_MAX'] ?? Infinity);
const HOVERS = 200;
const DEFINITIONS = 200;
const EDITS = Number(process.env['BENCH_EDITS'] ?? 40);
const CSPELL = '9.8.0';

interface Row {
  docs: number;
  mb: number;
  analysis: { ms: number; docsPerS: number; mbPerS: number; findingsMs: number; alignMs: number; maxRssMB: number; findings: number };
  views: { oneMs: number; oneRows: number; allMs: number; allRows: number };
  floor: { ms: number; mbPerS: number };
  cspell: { ms: number; mbPerS: number } | null;
  server: { readyMs: number; maxRssMB: number; hover: Percentiles; definition: Percentiles; edit: Percentiles } | null;
}
interface Percentiles {
  p50: number;
  p95: number;
  n: number;
}

function child(mode: string, dir: string): Record<string, number> {
  const out = execFileSync(process.execPath, ['--max-old-space-size=4096', path.join(ROOT, 'out', 'test', 'bench', 'analyse.js'), mode, dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').pop()!);
}

function percentiles(xs: number[]): Percentiles {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), n: s.length };
}

function peakRssMB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
}

function listFiles(dir: string): string[] {
  return execFileSync('find', [dir, '-type', 'f', '(', '-name', '*.txt', '-o', '-name', '*.md', ')'], { encoding: 'utf8', maxBuffer: 1 << 28 })
    .trim()
    .split('\n')
    .sort();
}

async function serverRun(dir: string, seed: number): Promise<Row['server']> {
  const files = listFiles(dir);
  const rnd = random(seed);
  const client = TestClient.start();
  const t0 = performance.now();
  try {
    await client.initialize([dir]);
    await client.waitFor((n) => n.method === 'corroborate/status' && n.params.state === 'idle' && n.params.documents === files.length, 1800000, 'the initial scan');
    const readyMs = performance.now() - t0;

    const hover: number[] = [];
    const definition: number[] = [];
    for (let i = 0; i < Math.max(HOVERS, DEFINITIONS); i++) {
      const file = files[Math.floor(rnd() * files.length)]!;
      const text = readFileSync(file, 'utf8');
      const doc = analyseDocument(file, text);
      const lines = new LineIndex(text);
      const uri = fileUri(file);
      const names = doc.names.filter((n) => !n.weak);
      if (i < HOVERS && names.length) {
        const m = names[Math.floor(rnd() * names.length)]!;
        const t = performance.now();
        await client.request('textDocument/hover', { textDocument: { uri }, position: lines.positionAt(m.start + 1) });
        hover.push(performance.now() - t);
      }
      if (i < DEFINITIONS && doc.sentences.length) {
        const s = doc.sentences[Math.floor(rnd() * doc.sentences.length)]!;
        const t = performance.now();
        await client.request('textDocument/definition', { textDocument: { uri }, position: lines.positionAt(s.start + 1) });
        definition.push(performance.now() - t);
      }
    }

    // Edits: change a number in an open document; time until the server has published the
    // diagnostics of every file the edit touches: the last publication before it goes quiet.
    const edit: number[] = [];
    const editable = files.filter((f) => /Eleven people|nine people|9 people/.test(readFileSync(f, 'utf8')));
    for (let i = 0; i < EDITS && editable.length; i++) {
      const file = editable[Math.floor(rnd() * editable.length)]!;
      const uri = fileUri(file);
      const text = readFileSync(file, 'utf8');
      await client.open(file, text, file.endsWith('.md') ? 'markdown' : 'plaintext', 1);
      await client.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri && n.params.version === 1, 60000, 'diagnostics on open');
      await quiet(client, 300);
      const m = /Eleven people|nine people|9 people/.exec(text)!;
      const lines = new LineIndex(text);
      const mark = client.notifications.length;
      const t = performance.now();
      await client.notify('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ range: { start: lines.positionAt(m.index), end: lines.positionAt(m.index + m[0].length) }, text: 'Thirteen people' }],
      });
      await client.waitFor((n) => client.notifications.indexOf(n) >= mark && n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri && n.params.version === 2, 60000, 'diagnostics after the edit');
      await quiet(client, 500);
      const published = client.notifications.slice(mark).filter((n) => n.method === 'textDocument/publishDiagnostics');
      edit.push(published[published.length - 1]!.at - t);
      await client.notify('textDocument/didClose', { textDocument: { uri } });
      await quiet(client, 300);
    }
    const maxRssMB = peakRssMB(client.process.pid!);
    return { readyMs, maxRssMB, hover: percentiles(hover), definition: percentiles(definition), edit: percentiles(edit) };
  } finally {
    await client.shutdown().catch(() => client.process.kill());
  }
}

/** Resolves once no notification has arrived for `ms` milliseconds. */
async function quiet(client: TestClient, ms: number): Promise<void> {
  for (;;) {
    const n = client.notifications.length;
    await new Promise((r) => setTimeout(r, ms));
    if (client.notifications.length === n) return;
  }
}

function cspellRun(dir: string, mb: number): Row['cspell'] {
  try {
    const pkg = ensureNpmTool('cspell', CSPELL);
    const bin = path.join(pkg, 'bin.mjs');
    const t = performance.now();
    spawnSync(process.execPath, [bin, 'lint', '--no-progress', '--no-summary', '--quiet', '--no-must-find-files', '**/*.{txt,md}'], { cwd: dir, stdio: 'ignore', maxBuffer: 1 << 28 });
    const ms = performance.now() - t;
    return { ms, mbPerS: mb / (ms / 1000) };
  } catch (e) {
    console.error(`cspell baseline skipped: ${String(e)}`);
    return null;
  }
}

async function main(): Promise<void> {
  const base = process.env['BENCH_DIR'] ?? path.join(tmpdir(), 'corroborate-bench');
  const rows: Row[] = [];
  for (const n of SIZES) {
    const dir = path.join(base, String(n));
    const g = generateCorpus(dir, n, 7);
    const mb = g.bytes / 1024 / 1024;
    process.stderr.write(`${n} documents (${mb.toFixed(1)} MB in ${g.events} events): analysing...\n`);
    const a = child('engine', dir);
    const f = child('floor', dir);
    process.stderr.write(`  language server...\n`);
    const server = n <= SERVER_MAX ? await serverRun(dir, n) : null;
    process.stderr.write(`  cspell...\n`);
    const c = cspellRun(dir, mb);
    rows.push({
      docs: g.files,
      mb,
      analysis: { ms: a.ms!, docsPerS: g.files / (a.ms! / 1000), mbPerS: mb / (a.ms! / 1000), findingsMs: a.findingsMs!, alignMs: a.alignMs!, maxRssMB: a.maxRssMB!, findings: a.findings! },
      views: { oneMs: a.viewOneMs!, oneRows: a.viewOneRows!, allMs: a.viewAllMs ?? NaN, allRows: a.viewAllRows ?? NaN },
      floor: { ms: f.ms!, mbPerS: mb / (f.ms! / 1000) },
      cspell: c,
      server,
    });
    process.stderr.write(`  ${JSON.stringify(rows[rows.length - 1])}\n`);
  }
  const exp = (() => {
    const a = rows.find((r) => r.docs === 1000);
    const b = rows.find((r) => r.docs === 10000);
    return a && b ? Math.log(b.analysis.ms / a.analysis.ms) / Math.log(b.docs / a.docs) : NaN;
  })();
  const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '-');
  const f0 = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : '-');
  const lines = [
    `Corroborate benchmark (${cpus()[0]?.model ?? 'cpu'}, Node ${process.version})`,
    '',
    '| documents | MB | analysis s | docs/s | MB/s | of which findings s | alignment s | peak RSS MB | floor MB/s | cspell MB/s | server ready s | server RSS MB | hover p50/p95 ms | definition p50/p95 ms | edit→diagnostics p50/p95 ms |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.docs} | ${f1(r.mb)} | ${f1(r.analysis.ms / 1000)} | ${f0(r.analysis.docsPerS)} | ${f1(r.analysis.mbPerS)} | ${f1(r.analysis.findingsMs / 1000)} | ${f1(r.analysis.alignMs / 1000)} | ${f0(r.analysis.maxRssMB)} | ${f1(r.floor.mbPerS)} | ${r.cspell ? f1(r.cspell.mbPerS) : '-'} | ${r.server ? `${f1(r.server.readyMs / 1000)} | ${f0(r.server.maxRssMB)} | ${f1(r.server.hover.p50)}/${f1(r.server.hover.p95)} | ${f1(r.server.definition.p50)}/${f1(r.server.definition.p95)} | ${f0(r.server.edit.p50)}/${f0(r.server.edit.p95)}` : 'not measured | - | - | - | -'} |`,
    ),
    '',
    `Scaling exponent of analysis time, 1,000 → 10,000 documents: ${Number.isFinite(exp) ? exp.toFixed(2) : '-'}`,
    '',
    '| documents | source matrix + timeline, whole folder ms (rows) | of one source and those sharing its claims ms (rows) |',
    '|---|---|---|',
    ...rows.map((r) => `| ${r.docs} | ${Number.isFinite(r.views.allMs) ? `${f0(r.views.allMs)} (${r.views.allRows})` : 'not measured'} | ${f1(r.views.oneMs)} (${r.views.oneRows}) |`),
  ];
  console.log(lines.join('\n'));
  mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench-results', 'bench.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, rows, scalingExponent: exp }, null, 2));
}

void main();
