/**
 * Third-party corpus text stays out of the project: labels into the ECB+ articles are a file name
 * and a short phrase, and no tracked file repeats MAX_RUN words in a row of those articles.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../paths';

/** Ten words in a row of someone else's article is a quotation of it; a label needs fewer. */
const MAX_RUN = 10;
const ECBPLUS_DEV = process.env.ECBPLUS_DEV ?? path.join(os.homedir(), '.cache', 'corroborate-datasets', 'ecbplus-dev');
const GOLD = path.join(ROOT, 'test', 'gold', 'ecbplus');
/** Words as a reader counts them: "isn't" and "world's" are two, "8.39am" two, so a phrase that looks short is counted in full. */
const words = (t: string) => t.toLowerCase().match(/[a-z0-9]+/g) ?? [];

describe('third-party text stays out of the project', () => {
  it(`every ECB+ label's phrase has fewer than ${MAX_RUN} words`, () => {
    const long: string[] = [];
    for (const f of readdirSync(GOLD)) {
      const gold = JSON.parse(readFileSync(path.join(GOLD, f), 'utf8')) as { conflicts: Array<{ a: [string, string]; b: [string, string] }> };
      for (const c of gold.conflicts) for (const [file, phrase] of [c.a, c.b]) if (words(phrase).length >= MAX_RUN) long.push(`${f}: ${file}: ${phrase}`);
    }
    assert.deepEqual(long, []);
  });

  it(`no tracked file holds ${MAX_RUN} words in a row of an ECB+ article`, function () {
    if (!existsSync(ECBPLUS_DEV)) {
      console.log(`    (skipped: ${ECBPLUS_DEV} is absent; build it with ../shared/datasets/ecbplus/build.sh)`);
      this.skip();
    }
    this.timeout(120000);
    const runs = new Set<string>();
    for (const folder of readdirSync(ECBPLUS_DEV)) {
      const dir = path.join(ECBPLUS_DEV, folder);
      if (!statSync(dir).isDirectory()) continue;
      for (const f of readdirSync(dir)) {
        if (!f.endsWith('.txt')) continue;
        const w = words(readFileSync(path.join(dir, f), 'utf8'));
        for (let i = 0; i + MAX_RUN <= w.length; i++) runs.add(w.slice(i, i + MAX_RUN).join(' '));
      }
    }
    const found: string[] = [];
    for (const file of execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n')) {
      if (!/\.(?:ts|js|mjs|json|md|txt|jsonl|yml|yaml|html|css)$/.test(file) || !existsSync(path.join(ROOT, file))) continue;
      // Within one string or line: words of two JSON fields side by side are no run of the article.
      for (const piece of readFileSync(path.join(ROOT, file), 'utf8').split(/["`\n]/)) {
        const w = words(piece);
        for (let i = 0; i + MAX_RUN <= w.length; i++) {
          const run = w.slice(i, i + MAX_RUN).join(' ');
          if (runs.has(run)) {
            found.push(`${file}: ${run}`);
            break;
          }
        }
      }
    }
    assert.deepEqual(found, []);
  });
});
