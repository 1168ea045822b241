/**
 * `npm run findings`: a digest of everything the engine reports, for checking that a speed change
 * leaves the findings byte-identical. For the examples, the seeds (where ../shared is present) and
 * generated corpora of 300 and 1,000 documents (fixed seeds), it prints the number of findings, the
 * number of conflicts and a SHA-256 of the findings as JSON (kind, document, span, message, related
 * passages, key), and of the views (the source matrix and the timeline). Run it before and after a
 * change and compare the lines; `--write FILE` saves them and `--check FILE` compares with a saved
 * run and exits 1 on any difference.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildViews, Corpus, countConflicts } from '../../server/src/engine';
import { ROOT } from '../paths';
import { generateCorpus } from './generate';

function texts(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const f of readdirSync(d).sort()) {
      const p = path.join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(txt|md)$/.test(f)) out.set(path.relative(dir, p), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

function digest(name: string, dir: string): string {
  const corpus = new Corpus();
  for (const [id, text] of texts(dir)) corpus.set(id, text);
  const findings = corpus.ids().flatMap((id) => corpus.findingsFor(id).map((f) => ({ kind: f.kind, doc: f.doc, span: f.span, message: f.message, related: f.related, key: f.key })));
  const sha = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 16);
  return `${name}: ${corpus.size} documents, ${findings.length} findings, ${countConflicts(corpus)} conflicts, findings ${sha(findings)}, views ${sha(buildViews(corpus))}`;
}

const lines: string[] = [digest('examples', path.join(ROOT, 'examples'))];
const seeds = path.join(ROOT, '..', 'shared', 'seeds');
if (existsSync(seeds)) lines.push(digest('seeds', seeds));
else lines.push('seeds: ../shared/seeds is absent, skipped');
const scratch = mkdtempSync(path.join(tmpdir(), 'corroborate-findings-'));
try {
  for (const n of [300, 1000]) {
    const dir = path.join(scratch, String(n));
    generateCorpus(dir, n, 7);
    lines.push(digest(`generated ${n}`, dir));
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const out = lines.join('\n') + '\n';
process.stdout.write(out);
const flag = process.argv.indexOf('--write');
if (flag !== -1 && process.argv[flag + 1]) writeFileSync(process.argv[flag + 1]!, out);
const check = process.argv.indexOf('--check');
if (check !== -1 && process.argv[check + 1]) {
  const before = readFileSync(process.argv[check + 1]!, 'utf8');
  if (before !== out) {
    process.stderr.write(`findings differ from ${process.argv[check + 1]}:\n--- before\n${before}--- now\n${out}`);
    process.exit(1);
  }
  process.stderr.write('findings identical\n');
}
