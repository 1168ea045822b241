/**
 * `npm run eval`: scores the engine against every gold file there is.
 * - the seeds (when ../shared is there) and the examples: conflicts through the CLI's SARIF, and
 *   corresponding passages against plain BM25;
 * - our own corpora (test/corpora/<name>/ with test/gold/corpora/<name>.json);
 * - the ECB+ development folders (real web news; test/gold/ecbplus/<folder>.json, texts built by
 *   ../shared/datasets/ecbplus/build.sh into $ECBPLUS_DEV or ~/.cache/corroborate-datasets/ecbplus-dev),
 *   by split: topics 1-25 (tuned on) and 26-35 (checked on, never tuned on). Says so when absent;
 * - names and corresponding passages on the same folders against the corpus' own annotations (their
 *   gold.json: entity clusters and sentence alignments; see ./ecbgold.ts), by the same split.
 *
 * Options: --only seeds|examples|corpora|ecbplus|ecbplus-gold (repeatable), --list (every reported pair, with the
 * gold items it lands on, for judging by reading), --folder NAME (one corpus or ECB+ folder).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EXAMPLES, EXAMPLES_GOLD, haveSeeds, readGold, ROOT, SEEDS, SEEDS_GOLD } from '../paths';
import { analyseFolder, type ConflictGold, type FolderScore, scoreConflicts, total } from './conflicts';
import { namesLine, passageLine, scoreFolder, scoreOtherEvent } from './ecbgold';
import { type HoverGold, scoreHovers } from './hovers';
import { loadJudged, precisionLine, precisionOf, USED } from './judged';
import { scorePassages } from './passages';
import { score } from './score';

const args = process.argv.slice(2);
const only = new Set(args.flatMap((a, i) => (args[i - 1] === '--only' ? [a] : [])));
const folderArg = args.flatMap((a, i) => (args[i - 1] === '--folder' ? [a] : []))[0];
const list = args.includes('--list');
const want = (s: string) => only.size === 0 || only.has(s);

export const ECBPLUS_DEV = process.env.ECBPLUS_DEV ?? path.join(os.homedir(), '.cache', 'corroborate-datasets', 'ecbplus-dev');
const ECB_GOLD = path.join(ROOT, 'test', 'gold', 'ecbplus');
const CORPORA = path.join(ROOT, 'test', 'corpora');
const CORPORA_GOLD = path.join(ROOT, 'test', 'gold', 'corpora');
/** Judgements of reported pairs, by reading (./judged.ts). */
const JUDGED = loadJudged(path.join(ROOT, 'test', 'gold', 'judged'));

function run(name: string, dir: string, goldFile: string): boolean {
  const cli = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', dir, '--format', 'sarif', '--fail-on', 'never'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (cli.status !== 0) {
    process.stderr.write(cli.stderr);
    return false;
  }
  const s = score(JSON.parse(cli.stdout), readGold(goldFile), dir);
  console.log(`\n== ${name}: ${path.relative(process.cwd(), dir) || dir}`);
  const width = Math.max(...s.items.map((i) => i.id.length));
  for (const i of s.items) console.log(`  ${i.id.padEnd(width)}  ${i.expect.padEnd(8)}  ${i.verdict}`);
  console.log(`  conflicts found: ${s.found} of ${s.conflicts} (recall ${(100 * s.recall).toFixed(0)}%)`);
  console.log(`  agreeing pairs wrongly reported: ${s.wronglyReported}`);
  console.log(`  diagnostics: ${s.results}, of which ${s.unmatched} match no gold item`);
  const gold = readGold(goldFile);
  if (list) {
    const { corpus, texts } = analyseFolder(dir);
    details(scoreConflicts(name, corpus, texts, gold));
  }
  if (gold.passages.length) {
    const [mine, base] = scorePassages(dir, gold);
    console.log(`  corresponding passages (${gold.passages.length}): rank of the expected passage, ${mine!.method} / ${base!.method}`);
    mine!.items.forEach((it, k) => console.log(`    ${String(it.rank || '-').padStart(2)} / ${String(base!.items[k]!.rank || '-').padStart(2)}  ${it.from.slice(0, 70)} → ${it.to}`));
    for (const p of [mine!, base!]) console.log(`  ${p.method.padEnd(12)} top-1 ${(100 * p.top1).toFixed(0)}% (${Math.round(p.top1 * gold.passages.length)} of ${gold.passages.length}), MRR ${p.mrr.toFixed(3)}`);
  }
  return true;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)}%` : '-');

function line(s: FolderScore): string {
  return `  ${s.folder.padEnd(16)} conflicts ${String(s.found).padStart(2)}/${String(s.conflicts).padEnd(3)} agreeing reported ${String(s.wrong.length).padEnd(3)} diagnostics ${String(s.diagnostics).padStart(3)} (on a gold conflict ${s.diagnosticsOnGold}, on a 'none' ${s.diagnosticsOnNone}), pairs ${s.pairs.length}`;
}

function details(s: FolderScore): void {
  if (s.missed.length) console.log(`    missed: ${s.missed.join(', ')}`);
  if (s.wrong.length) console.log(`    wrongly reported: ${s.wrong.join(', ')}`);
  if (!list) return;
  for (const p of s.pairs) {
    const q = (t: string) => JSON.stringify(t.length > 70 ? t.slice(0, 69) + '…' : t);
    console.log(`    [${p.kind}] ${p.a.doc} ${q(p.a.text)}  <->  ${p.b.doc} ${q(p.b.text)}${p.items.length ? `   = ${p.items.join(', ')}` : ''}`);
    console.log(`        ${p.message.slice(0, 240)}`);
  }
}

function summary(name: string, scores: FolderScore[]): void {
  const t = total(scores);
  console.log(
    `  ${name}: ${scores.length} folders, conflicts found ${t.found} of ${t.conflicts} (${pct(t.found, t.conflicts)}), agreeing pairs reported ${t.wrong}, ` +
      `diagnostics ${t.diagnostics} (on a gold conflict ${t.onGold} = ${pct(t.onGold, t.diagnostics)}; on a 'none' item ${t.onNone}), pairs ${t.pairs}`,
  );
  console.log(`    ${precisionLine(precisionOf(scores, JUDGED))}`);
}

function scoreGoldDir(goldDir: string, textDir: (name: string) => string): FolderScore[] {
  const out: FolderScore[] = [];
  for (const f of readdirSync(goldDir).filter((x) => x.endsWith('.json')).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))) {
    const name = f.replace(/\.json$/, '');
    if (folderArg && folderArg !== name) continue;
    const gold = JSON.parse(readFileSync(path.join(goldDir, f), 'utf8')) as ConflictGold;
    const dir = textDir(name);
    const { corpus, texts } = analyseFolder(dir);
    const s = scoreConflicts(name, corpus, texts, gold);
    console.log(line(s));
    details(s);
    out.push(s);
  }
  return out;
}

let ok = true;
if (want('seeds') && !folderArg) {
  if (haveSeeds) ok = run('seeds', SEEDS, SEEDS_GOLD) && ok;
  else console.log(`(seeds skipped: ${SEEDS} is absent)`);
}
if (want('examples') && !folderArg && existsSync(EXAMPLES_GOLD)) ok = run('examples', EXAMPLES, EXAMPLES_GOLD) && ok;

if (want('corpora') && existsSync(CORPORA_GOLD)) {
  console.log(`\n== our own corpora (${path.relative(process.cwd(), CORPORA)})`);
  const scores = scoreGoldDir(CORPORA_GOLD, (name) => path.join(CORPORA, name));
  if (scores.length > 1) summary('all corpora', scores);
  for (const [label, names] of [['tuned on', ['transfer', 'product-launch', 'strike']], ['held out', ['mine-collapse', 'election-count', 'outbreak']]] as const) {
    const part = scores.filter((s) => (names as readonly string[]).includes(s.folder));
    if (part.length && scores.length > 1) summary(label, part);
  }
  // Hover cards and F12 against the same gold files' entities and passages, by split.
  const split: Record<string, string[]> = { 'tuned on': ['transfer', 'product-launch', 'strike'], 'held out': ['mine-collapse', 'election-count', 'outbreak'] };
  for (const [label, names] of Object.entries(split)) {
    const parts = names.filter((n) => !folderArg || folderArg === n).map((n) => scoreHovers(path.join(CORPORA, n), JSON.parse(readFileSync(path.join(CORPORA_GOLD, `${n}.json`), 'utf8')) as HoverGold));
    if (!parts.length) continue;
    const sum = (k: 'hovers' | 'hoversRight' | 'kindsRight' | 'passages' | 'f12Right') => parts.reduce((n, p) => n + p[k], 0);
    console.log(`  ${label} (${names.join(', ')}): hovers naming the entity with every gold source ${sum('hoversRight')} of ${sum('hovers')} (kind right ${sum('kindsRight')}); F12 on the gold passage ${sum('f12Right')} of ${sum('passages')}`);
    if (list) for (const p of parts) for (const m of p.misses) console.log(`    ${m}`);
  }
}

if (want('ecbplus') && existsSync(ECB_GOLD)) {
  console.log(`\n== ECB+ development folders (${ECBPLUS_DEV})`);
  if (!existsSync(ECBPLUS_DEV)) {
    console.log(`  (skipped: ${ECBPLUS_DEV} is absent; build it with ../shared/datasets/ecbplus/build.sh, see its README)`);
  } else {
    const topic = (name: string) => parseInt(name, 10);
    const scores = scoreGoldDir(ECB_GOLD, (name) => {
      if (!(topic(name) >= 1 && topic(name) <= 35)) throw new Error(`${name}: only topics 1-35 are development folders`);
      return path.join(ECBPLUS_DEV, name);
    });
    const tune = scores.filter((s) => topic(s.folder) <= 25);
    const check = scores.filter((s) => topic(s.folder) >= 26);
    if (tune.length) summary('tune (topics 1-25)', tune);
    if (check.length) summary('check (topics 26-35)', check);
    // The folders with no gold file: no recall, but every pair reported there is judged by reading.
    const labelled = new Set(readdirSync(ECB_GOLD).map((f) => f.replace(/\.json$/, '')));
    const rest = readdirSync(ECBPLUS_DEV, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !labelled.has(d.name) && topic(d.name) >= 1 && topic(d.name) <= 35 && (!folderArg || folderArg === d.name))
      .map((d) => d.name)
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    const unlabelled = rest.map((name) => {
      const { corpus, texts } = analyseFolder(path.join(ECBPLUS_DEV, name));
      const s = scoreConflicts(name, corpus, texts, { conflicts: [] });
      if (list) details(s);
      return s;
    });
    for (const [label, part] of [
      ['tune, no gold file (topics 1-25)', unlabelled.filter((s) => topic(s.folder) <= 25)],
      ['check, no gold file (topics 26-35)', unlabelled.filter((s) => topic(s.folder) >= 26)],
    ] as const) {
      if (!part.length) continue;
      const t = total(part);
      console.log(`  ${label}: ${part.length} folders, diagnostics ${t.diagnostics}, pairs ${t.pairs}`);
      console.log(`    ${precisionLine(precisionOf(part, JUDGED))}`);
    }
  }
}
// Judgements no pair of this run matches: pairs the engine reported once and no longer does.
if (want('corpora') && want('ecbplus') && !folderArg && existsSync(ECBPLUS_DEV)) console.log(`\n  judgements in test/gold/judged/ matching no pair reported in this run: ${JUDGED.size - USED.size} of ${JUDGED.size}`);

if (want('ecbplus-gold') && !folderArg) {
  // Names and passages against the corpus' own annotations (its gold.json), every development folder.
  console.log(`\n== ECB+ names and corresponding passages, against the corpus' own annotations`);
  if (!existsSync(ECBPLUS_DEV)) console.log(`  (skipped: ${ECBPLUS_DEV} is absent; build it with ../shared/datasets/ecbplus/build.sh, see its README)`);
  else {
    const folders = readdirSync(ECBPLUS_DEV).filter((f) => /^\d+_ecb(?:plus)?$/.test(f) && existsSync(path.join(ECBPLUS_DEV, f, 'gold.json')));
    const topic = (name: string) => parseInt(name, 10);
    if (folders.some((f) => topic(f) > 35)) throw new Error('only topics 1-35 are development folders');
    const scored = folders.sort((a, b) => topic(a) - topic(b) || (a < b ? -1 : 1)).map((f) => scoreFolder(path.join(ECBPLUS_DEV, f)));
    for (const [label, part] of [
      ['tune (topics 1-25)', scored.filter((s) => topic(s.names.folder) <= 25)],
      ['check (topics 26-35)', scored.filter((s) => topic(s.names.folder) >= 26)],
    ] as const) {
      console.log(`  ${label}, ${part.length} folders`);
      console.log(`    passages: ${passageLine(part.flatMap((s) => s.passages.items))}`);
      // The corpus' authors checked the annotation of some sentences (`validated`, its standard
      // evaluation subset); elsewhere many names were marked but never linked, each then a cluster
      // of its own, which counts every right link as wrong (most of topics 26-35 outside that subset).
      console.log(`    names, validated sentences: ${namesLine(part.map((s) => s.validated))}`);
      console.log(`    names, every annotated sentence: ${namesLine(part.map((s) => s.names))}`);
      // The other half of each topic is a like event: F12 should offer nothing there.
      let asked = 0;
      let offered = 0;
      for (const s of part) {
        const f = s.names.folder;
        const other = f.endsWith('plus') ? f.replace(/plus$/, '') : `${f}plus`;
        if (!folders.includes(other)) continue;
        const r = scoreOtherEvent(path.join(ECBPLUS_DEV, f), path.join(ECBPLUS_DEV, other));
        asked += r.asked;
        offered += r.offered;
      }
      console.log(`    passages in an article about the topic's other event (should be none): offered for ${((100 * offered) / Math.max(1, asked)).toFixed(1)}% of ${asked} asked`);
    }
  }
}
process.exitCode = ok ? 0 : 1;
