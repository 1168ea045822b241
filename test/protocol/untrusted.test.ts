/**
 * Untrusted workspaces: Corroborate only reads text. The manifest says so, no setting names a
 * program, our sources start no process, and a server watched at run time starts none while it
 * scans a folder, answers requests and follows edits and settings.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { EXAMPLES, readCorpus, ROOT } from '../paths';
import { fileUri, TestClient } from './lsp-client';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

describe('untrusted workspaces', () => {
  it('declares its support, and offers no setting that could name a program or a command', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
    const settings = Object.entries(pkg.contributes.configuration.properties as Record<string, { type: string | string[]; properties?: Record<string, { enum?: string[] }>; additionalProperties?: boolean }>);
    assert.ok(settings.length > 0);
    for (const [name, spec] of settings) {
      assert.doesNotMatch(name, /path|command|executable|program|script|shell|args|cwd|env/i, `${name} looks like it could run something`);
      if (/object/.test(String(spec.type))) {
        // Only objects whose every field is one of a few words (severities), never free text.
        const fields = Object.values(spec.properties ?? {});
        assert.ok(fields.length > 0, `${name}: a free-form object could smuggle options`);
        for (const f of fields) assert.ok(f.enum, `${name}: every field is an enumeration`);
        // No other field, and the Settings editor shows one dropdown per field (it needs this).
        assert.equal(spec.additionalProperties, false, `${name}: no other field`);
      }
    }
  });

  it('has no source of its own that starts a process or evaluates code', () => {
    for (const file of [...sources(path.join(ROOT, 'server', 'src')), ...sources(path.join(ROOT, 'client', 'src'))]) {
      const text = readFileSync(file, 'utf8');
      assert.doesNotMatch(text, /child_process|\beval\(|new Function\(|vm\.run|worker_threads/, path.relative(ROOT, file));
    }
  });

  it('starts no process while it scans, answers and follows edits (watched at run time)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-untrusted-'));
    const hook = path.join(dir, 'hook.cjs');
    const log = path.join(dir, 'spawned.log');
    // Wraps every way Node starts a process, recording any call.
    writeFileSync(
      hook,
      `const cp = require('child_process'); const fs = require('fs');
       for (const k of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) {
         const orig = cp[k]; cp[k] = function (...a) { fs.appendFileSync(${JSON.stringify(log)}, k + ' ' + String(a[0]) + '\\n'); return orig.apply(this, a); };
       }`,
    );
    const work = path.join(dir, 'work');
    require('node:fs').cpSync(EXAMPLES, work, { recursive: true });
    // A workspace that tries: a settings file naming programs, and a source shaped like a script.
    require('node:fs').mkdirSync(path.join(work, '.vscode'));
    writeFileSync(path.join(work, '.vscode', 'settings.json'), JSON.stringify({ 'corroborate.serverPath': '/bin/sh', 'corroborate.command': 'rm -rf /' }));
    writeFileSync(path.join(work, 'run-me.txt'), '#!/bin/sh\n$(touch pwned) `touch pwned` ; rm -rf / # said Priya Raman on Monday.\n');
    const client = TestClient.start({ nodeArgs: ['--require', hook], settings: { serverPath: '/bin/sh', command: 'touch pwned' } });
    try {
      await client.initialize([work]);
      await client.waitForIdle(readCorpus(work).size);
      const file = path.join(work, 'run-me.txt');
      await client.request('textDocument/hover', { textDocument: { uri: fileUri(file) }, position: { line: 1, character: 40 } });
      await client.request('workspace/executeCommand', { command: 'corroborate.reanalyze', arguments: [] }).catch(() => undefined);
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.process.kill();
    }
    const spawned = (() => {
      try {
        return readFileSync(log, 'utf8');
      } catch {
        return '';
      }
    })();
    const pwned = readdirSync(work).includes('pwned') || readdirSync(process.cwd()).includes('pwned');
    rmSync(dir, { recursive: true, force: true });
    assert.equal(spawned, '', 'no process started');
    assert.equal(pwned, false);
  });
});
