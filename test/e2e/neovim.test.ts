/** Another editor: headless Neovim (Debian's 0.7.2) with its built-in LSP client, on the examples. */
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../paths';
import { ensureDebianPackages, scratchWorkspace } from './setup';

describe('Neovim (headless, built-in LSP client)', function () {
  this.timeout(120000);

  it('gets diagnostics with related information, a hover and a definition from corroborate lsp --stdio', async () => {
    ensureDebianPackages(['neovim']);
    const folder = scratchWorkspace();
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'corroborate-nvim-')), 'result.json');
    const script = path.join(ROOT, 'test', 'e2e', 'nvim', 'check.lua');
    const code = await new Promise<number | null>((resolve) => {
      const nvim = spawn('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${script}`], {
        env: { ...process.env, CORROBORATE_ROOT: ROOT, CORROBORATE_FOLDER: folder, CORROBORATE_OUT: out },
        stdio: 'ignore',
      });
      const timer = setTimeout(() => nvim.kill('SIGKILL'), 90000);
      nvim.on('exit', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    assert.equal(code, 0, 'Neovim exits cleanly');
    const r = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(r.errors, []);
    assert.equal(r.got_diagnostics, true, 'diagnostics arrived');
    const duration = r.diagnostics.find((d: { code: string }) => d.code === 'duration');
    assert.ok(duration, `a duration conflict among: ${r.diagnostics.map((d: { message: string }) => d.message).join(' | ')}`);
    assert.equal(duration.source, 'corroborate');
    assert.ok(duration.related >= 1, 'with related information');
    assert.match(r.hover ?? '', /\*\*Priya Raman\*\* · person/);
    assert.ok(r.definitions.some((u: string) => u.endsWith('weekly-roundup.md')), `definitions: ${r.definitions.join(', ')}`);
  });
});
