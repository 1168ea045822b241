/**
 * The registry of kinds against everything that lists them: the severity setting in package.json,
 * README's table of kinds, the matrix's kind names; and the layers: the engine imports nothing of
 * VS Code or LSP, and the VS Code client's bundle holds no engine.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_SEVERITY, FINDING_DESCRIPTIONS, FINDING_KINDS, KINDS } from '../../server/src/engine';
import { ROOT } from '../paths';

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const severity = pkg.contributes.configuration.properties['corroborate.severity'];

describe('the registry of kinds', () => {
  it('package.json offers a severity for every kind of finding but single-source (which has its own setting), with the registry’s defaults', () => {
    const kinds = FINDING_KINDS.filter((k) => k !== 'single-source');
    assert.deepEqual(Object.keys(severity.properties), kinds);
    assert.deepEqual(severity.default, Object.fromEntries(kinds.map((k) => [k, DEFAULT_SEVERITY[k]])));
  });

  it('README’s table lists every kind with its default severity and its description, and nothing else', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Kinds of conflict'), readme.indexOf('\n## ', readme.indexOf('## Kinds of conflict') + 5));
    const rows = [...section.matchAll(/^\| <a id="([^"]+)"><\/a>`([^`]+)` \| (\w+) \| (.+) \|$/gm)];
    assert.deepEqual(rows.map((r) => r[2]), [...FINDING_KINDS]);
    for (const r of rows) {
      assert.equal(r[1], r[2], 'the anchor is the code');
      assert.equal(r[3], DEFAULT_SEVERITY[r[2] as keyof typeof DEFAULT_SEVERITY], `${r[2]}: default severity`);
      assert.ok(r[4]!.startsWith(FINDING_DESCRIPTIONS[r[2] as keyof typeof FINDING_DESCRIPTIONS]), `${r[2]}: README says "${r[4]}", the registry "${FINDING_DESCRIPTIONS[r[2] as keyof typeof FINDING_DESCRIPTIONS]}"`);
    }
  });

  it('every claim kind has a folder of its own with its rule and its corpus', () => {
    const dir = path.join(ROOT, 'server', 'src', 'engine', 'claims', 'kinds');
    assert.deepEqual(readdirSync(dir).sort(), Object.keys(KINDS).sort());
    for (const k of Object.keys(KINDS)) for (const f of ['index.ts', 'corpus.ts']) assert.ok(statSync(path.join(dir, k, f)).isFile(), `${k}/${f}`);
  });
});

describe('layers', () => {
  const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(path.join(dir, f)).isDirectory() ? files(path.join(dir, f)) : f.endsWith('.ts') ? [path.join(dir, f)] : []));

  it('the engine imports nothing of VS Code or the language server protocol', () => {
    for (const f of files(path.join(ROOT, 'server', 'src', 'engine'))) {
      const imports = [...readFileSync(f, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      assert.deepEqual(imports.filter((i) => /^vscode|languageserver|languageclient/.test(i)), [], path.relative(ROOT, f));
    }
  });

  it('the VS Code client’s bundle holds no engine (the tagger’s model alone is megabytes)', () => {
    const client = readFileSync(path.join(ROOT, 'dist', 'client.js'), 'utf8');
    assert.ok(!client.includes('wink'), 'dist/client.js contains wink-nlp');
    assert.ok(client.length < 2_000_000, `dist/client.js is ${client.length} bytes`);
  });
});
