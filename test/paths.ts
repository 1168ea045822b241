/** Where tests find their data. The seeds live beside the project, in ../shared, and may be absent. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/** The project's folder: the nearest one above this (bundled) test file holding package.json. */
export const ROOT = (() => {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
})();
export const EXAMPLES = path.join(ROOT, 'examples');
export const SHARED = path.resolve(ROOT, '..', 'shared');
export const SEEDS = path.join(SHARED, 'seeds');
export const SEEDS_GOLD = path.join(SHARED, 'gold', 'seeds.json');
export const EXAMPLES_GOLD = path.join(ROOT, 'test', 'gold', 'examples.json');
export const haveSeeds = existsSync(SEEDS) && existsSync(SEEDS_GOLD);

/** Skips the calling suite, with a clear message, when ../shared is absent. */
export function requireSeeds(ctx: Mocha.Context): void {
  if (!haveSeeds) {
    console.log(`    (skipped: ${SEEDS} is absent; the seed corpus lives in ../shared beside the project)`);
    ctx.skip();
  }
}

/** The text files of a folder, by base name. */
export function readCorpus(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(dir).sort()) if (/\.(txt|md)$/.test(f)) out.set(f, readFileSync(path.join(dir, f), 'utf8'));
  return out;
}

export interface Gold {
  conflicts: Array<{ id: string; expect: 'conflict' | 'none' | 'optional'; kind?: string; a: [string, string]; b: [string, string] }>;
  entities: Array<{ name: string; kind: string; at: [string, string, string]; files: string[] }>;
  passages: Array<{ from: [string, string]; to: [string, string] }>;
}

export function readGold(file: string): Gold {
  return JSON.parse(readFileSync(file, 'utf8')) as Gold;
}

/** The offset of `mention` inside the unique occurrence of `context` in `text`. */
export function locate(text: string, context: string, mention = context): { start: number; end: number } {
  const at = text.indexOf(context);
  if (at === -1 || text.indexOf(context, at + 1) !== -1) throw new Error(`context not found once: ${context}`);
  const inner = context.indexOf(mention);
  if (inner === -1) throw new Error(`mention '${mention}' not in context '${context}'`);
  return { start: at + inner, end: at + inner + mention.length };
}
