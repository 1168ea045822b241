/**
 * The source matrix's webview in a real VS Code, on sources written to attack it: markup, event
 * handlers and `javascript:` links show as text, and none of them runs.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { HOSTILE } from '../fixtures/hostile';
import { buildVsix, type CodeServer, ensureDebianPackages, startCodeServer } from './setup';
import { Workbench } from './workbench';

describe('VS Code webview with hostile sources', function () {
  this.timeout(240000);
  let server: CodeServer;
  let wb: Workbench;
  const dialogs: string[] = [];

  before(async () => {
    ensureDebianPackages(['chromium']);
    const folder = path.join(mkdtempSync(path.join(tmpdir(), 'corroborate-hostile-')), 'hostile');
    mkdirSync(folder);
    for (const [name, text] of Object.entries(HOSTILE)) writeFileSync(path.join(folder, name), text);
    server = await startCodeServer({ vsixToInstall: buildVsix() });
    wb = await Workbench.open(server.url, folder);
    wb.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await wb.openFile('a.txt');
    await wb.ready();
  });

  after(async () => {
    await wb?.close();
    await server?.stop();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && wb) console.log(`      screenshot of the failure: ${await wb.screenshot('failed-webview-safety', false)}`);
  });

  it('shows <script>, <img onerror> and javascript: links of a source as text, and runs none of them', async () => {
    await wb.runCommand('Corroborate: Show Source Matrix');
    const view = wb.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    const quotation = view.locator('tr.row[data-kind="quotation"]').first();
    await wb.eventually(() => quotation.count(), (n) => n === 1, 'the hostile quotation as a matrix row', 60000);
    const text = await view.locator('body').innerText();
    assert.ok(text.includes('<script>alert(1)</script>'), 'the script tag shows as text');
    assert.ok(text.includes('<img src=x onerror=alert(2)>'));
    assert.ok(text.includes('[click](javascript:alert(3))'));
    // The page's script and the one VS Code injects into every webview; none holds a source's text.
    const scripts = await view.locator('script').evaluateAll((ss) => ss.map((x) => x.textContent ?? ''));
    assert.ok(scripts.length <= 2, `${scripts.length} scripts`);
    assert.deepEqual(scripts.filter((x) => x.includes('alert(')), []);
    assert.equal(await view.locator('img, svg, iframe, object, embed, b, a').count(), 0);
    // Click what a reader would click: every claim opens its passage in the editor, nothing else happens.
    const entries = view.locator('button.entry');
    const n = await entries.count();
    assert.ok(n >= 4);
    for (let i = 0; i < n; i++) {
      await entries.nth(i).hover();
      await entries.nth(i).click();
    }
    await wb.eventually(() => wb.activeTab(), (t) => t === 'a.txt' || t === 'b.txt', 'a passage opened in the editor');
    await wb.screenshot('webview-hostile', false);
    assert.deepEqual(dialogs, [], 'no script of a source ran');
  });
});
