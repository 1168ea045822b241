/**
 * Test tools that are too large for the project's own dependencies are installed once, from the npm
 * registry, into a cache folder outside the project (reused by later runs and by CI on this machine).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import * as path from 'node:path';

export const TOOLS_CACHE = process.env['CORROBORATE_TOOLS'] ?? path.join(process.env['XDG_CACHE_HOME'] ?? path.join(homedir(), '.cache'), 'corroborate-tools');

/** Installs `pkg@version` into its own cache folder if it is not there yet; returns the package's folder. */
export function ensureNpmTool(pkg: string, version: string): string {
  const prefix = path.join(TOOLS_CACHE, `${pkg.replace(/[@/]/g, '_')}-${version}`);
  const dir = path.join(prefix, 'node_modules', ...pkg.split('/'));
  if (!existsSync(path.join(dir, 'package.json'))) {
    mkdirSync(prefix, { recursive: true });
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, `${pkg}@${version}`], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  return dir;
}
