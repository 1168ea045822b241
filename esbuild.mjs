// Builds the three bundles (VS Code client, language server, CLI) and the test files.
// Usage: node esbuild.mjs [--production]
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync, statSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/** Every `*.ts` file below `dir`. */
function tsFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  define: { CORROBORATE_VERSION: JSON.stringify(version) },
  // Node 20 has these natively; left to itself esbuild turns each such regex literal into a
  // `new RegExp(...)` evaluated on every call, which compiles regexes per token in hot loops.
  supported: {
    'regexp-unicode-property-escapes': true,
    'regexp-lookbehind-assertions': true,
    'regexp-named-capture-groups': true,
    'regexp-sticky-and-unicode-flags': true,
    'regexp-dot-all-flag': true,
    'regexp-match-indices': true,
  },
};

rmSync('dist', { recursive: true, force: true });
// The production build (vsce's prepublish) leaves the test bundles alone: a test may package mid-run.
if (!production) rmSync('out', { recursive: true, force: true });

const built = await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'], metafile: true }),
  esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', metafile: true }),
  esbuild.build({
    ...common,
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
    metafile: true,
  }),
  // Tests: one bundle per test file; packages stay external so mocha and vscode-jsonrpc load from node_modules.
  production
    ? Promise.resolve()
    : esbuild.build({
        ...common,
        entryPoints: tsFiles('test').filter((f) => !f.includes('/fixtures/')),
        outdir: 'out/test',
        outbase: 'test',
        packages: 'external',
        external: ['vscode'],
      }),
]);

// The licences of the packages the bundles carry, shipped beside them in the .vsix (their MIT
// licences ask for their notices to go with every copy): each package whose files esbuild put in a
// bundle, read from the copy it used (a nested node_modules copy is another version).
const packageDirs = new Set();
for (const result of built) {
  for (const input of Object.keys(result?.metafile?.inputs ?? {})) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) packageDirs.add(m[1]);
  }
}
const notices = ['Corroborate bundles the following packages in dist/; their licences follow.\n'];
const entries = [...packageDirs].map((dir) => {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return { dir, name: pkg.name, version: pkg.version };
});
entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : 1));
for (const { dir, name, version } of entries) {
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  notices.push(`\n==== ${name} ${version} ====\n\n${file ? readFileSync(join(dir, file), 'utf8').trim() : '(no licence file in the package)'}\n`);
}
writeFileSync('dist/THIRD-PARTY-NOTICES.txt', notices.join(''));
