/**
 * Runs the extension-host suite (test/e2e/suite) inside VS Code served by code-server: the
 * workbench's `payload` URL parameter names the extension under development and the tests, and the
 * workbench reports the result through window.codeAutomationExit.
 */
import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import { haveSeeds, ROOT, SEEDS } from '../paths';
import { CHROMIUM, CHROMIUM_ARGS, ensureDebianPackages, scratchWorkspace, startCodeServer } from './setup';

async function runSuite(folder: string): Promise<{ code: number; output: string[] }> {
  const server = await startCodeServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const output: string[] = [];
    // The extension host logs through the page's console with %c/%s placeholders: format them.
    page.on('console', (m) => {
      void Promise.all(m.args().map((a) => a.jsonValue().catch(() => '')))
        .then((values) => {
          // ('%c INFO', css, message, ...args): the message is the format string.
          const parts = typeof values[0] === 'string' && values[0].startsWith('%c') ? values.slice(2) : values;
          output.push(format(...parts));
        })
        .catch(() => output.push(m.text()));
    });
    let done: (code: number) => void = () => undefined;
    const exited = new Promise<number>((r) => (done = r));
    await page.exposeFunction('codeAutomationExit', (code: number) => done(code));
    // The remote authority the workbench uses for files on the server.
    const html = await (await fetch(`${server.url}/?folder=${encodeURIComponent(folder)}`)).text();
    const meta = /id="vscode-workbench-web-configuration" data-settings="([^"]+)"/.exec(html)?.[1];
    assert.ok(meta, 'the workbench configuration in the page');
    const config = JSON.parse(meta!.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
    const remote = `vscode-remote://${config.remoteAuthority}`;
    const payload = [
      ['extensionDevelopmentPath', `${remote}${ROOT}`],
      ['extensionTestsPath', `${remote}${path.join(ROOT, 'out', 'test', 'e2e', 'suite', 'index.js')}`],
    ];
    await page.goto(`${server.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const code = await Promise.race([exited, new Promise<number>((_, reject) => setTimeout(() => reject(new Error(`the suite did not finish in 180 s; output:\n${output.join('\n')}`)), 180000))]);
    return { code, output };
  } finally {
    await browser.close();
    await server.stop();
  }
}

describe('extension-host tests (mocha inside VS Code)', function () {
  this.timeout(300000);
  before(() => ensureDebianPackages(['chromium']));

  it('pass on the examples', async () => {
    const r = await runSuite(scratchWorkspace());
    const summary = r.output.filter((l) => /✔|passing|failing|^\s*\d+\) /.test(l)).join('\n');
    console.log(summary.replace(/^/gm, '      '));
    assert.equal(r.code, 0, `the suite failed:\n${r.output.join('\n')}`);
  });

  it('pass on the seeds', async function () {
    if (!haveSeeds) this.skip();
    const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-seeds-'));
    const folder = path.join(dir, 'seeds');
    cpSync(SEEDS, folder, { recursive: true });
    const r = await runSuite(folder);
    console.log(r.output.filter((l) => /✔|passing|failing|^\s*\d+\) /.test(l)).join('\n').replace(/^/gm, '      '));
    assert.equal(r.code, 0, `the suite failed:\n${r.output.join('\n')}`);
  });
});
