/**
 * `corroborate report` opened in headless Chromium, as a reader opens the file: it loads nothing,
 * runs only its own script, shows the matrix and the timeline, filters, and links to the sources.
 * A folder of hostile sources (markup, handlers, `javascript:` links, a file named like a script
 * URL) shows all of it as text.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { HOSTILE } from '../fixtures/hostile';
import { EXAMPLES, ROOT } from '../paths';
import { CHROMIUM, CHROMIUM_ARGS, ensureDebianPackages } from './setup';

function report(folder: string, out: string): void {
  execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'report', folder, '--out', out], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A page that records dialogs, requests beyond the report file, and console errors (CSP violations among them). */
async function openPage(browser: Browser, file: string, colorScheme: 'light' | 'dark' = 'light') {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, colorScheme });
  const seen = { dialogs: [] as string[], requests: [] as string[], errors: [] as string[] };
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (r.url() !== `file://${file}`) seen.requests.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(m.text());
  });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  await page.goto(`file://${file}`);
  return { page, seen };
}

describe('HTML report in Chromium', function () {
  this.timeout(120000);
  let browser: Browser;
  let dir: string;
  before(async () => {
    ensureDebianPackages(['chromium']);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    dir = mkdtempSync(path.join(tmpdir(), 'corroborate-report-'));
  });
  after(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the matrix and the timeline of the examples, filters by kind, and links to the sources, loading nothing', async () => {
    cpSync(EXAMPLES, path.join(dir, 'examples'), { recursive: true });
    const file = path.join(dir, 'report.html');
    report(path.join(dir, 'examples'), file);
    const { page, seen } = await openPage(browser, file);
    const row = page.locator('tr.row', { hasText: 'Number of people (injured)' });
    assert.equal(await row.getAttribute('data-status'), 'conflict');
    const heads = await page.locator('table.matrix thead th').allInnerTexts();
    const cells = await row.locator('td').allInnerTexts();
    assert.match(cells[heads.findIndex((h) => h.startsWith('weekly-roundup.md')) - 1]!, /✗\s*11 people/);
    assert.match(cells[heads.findIndex((h) => h.startsWith('county-council-statement.md')) - 1]!, /—/);
    // Both views at once in a report; the timeline marks both dates of the collision.
    assert.ok(await page.locator('#timeline').isVisible());
    const collision = await page.locator('#timeline li.mark.s-conflict', { hasText: 'Date of the collision' }).allInnerTexts();
    assert.equal(collision.length, 2);
    assert.match(collision[0]!, /28 October 2024[\s\S]*weekly-roundup\.md/);
    await page.screenshot({ path: shot('html-report') });
    // The kind filter.
    await page.locator('#kind-filter').selectOption('money');
    const kinds = await page.locator('tr.row:not([hidden])').evaluateAll((rs) => [...new Set(rs.map((r) => r.getAttribute('data-kind')))]);
    assert.deepEqual(kinds, ['money']);
    // A cell is a link to its source, relative to the report.
    await page.locator('tr.row:not([hidden]) a.entry', { hasText: '£12m' }).click();
    await page.waitForURL(/county-council-statement\.md$/);
    assert.equal(page.url(), `file://${path.join(dir, 'examples', 'county-council-statement.md')}`);
    assert.deepEqual(seen.dialogs, []);
    assert.deepEqual(seen.requests.filter((u) => !u.endsWith('county-council-statement.md')), [], 'the report loads nothing');
    assert.deepEqual(seen.errors, []);
    await page.close();
  });

  it('follows the reader’s dark colour scheme', async () => {
    const { page } = await openPage(browser, path.join(dir, 'report.html'), 'dark');
    assert.equal(await page.evaluate('getComputedStyle(document.body).backgroundColor'), 'rgb(13, 17, 23)');
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'html-report-dark.png') });
    await page.close();
  });

  it('shows markup, handlers and script links of hostile sources as text, and runs none of them', async () => {
    const folder = path.join(dir, 'hostile');
    mkdirSync(folder);
    for (const [name, text] of Object.entries(HOSTILE)) writeFileSync(path.join(folder, name), text);
    writeFileSync(path.join(folder, 'javascript:alert(9).txt'), HOSTILE['b.txt']!.replace('six hours', 'five hours'));
    const file = path.join(dir, 'hostile.html');
    report(folder, file);
    const { page, seen } = await openPage(browser, file);
    const text = await page.locator('body').innerText();
    assert.ok(text.includes('<script>alert(1)</script>'), 'the script tag shows as text');
    assert.ok(text.includes('<img src=x onerror=alert(2)>'));
    assert.ok(text.includes('[click](javascript:alert(3))'));
    assert.ok(text.includes('javascript:alert(9).txt'), 'the file named like a script URL is listed by name');
    assert.equal(await page.locator('script').count(), 1, 'our script only');
    assert.equal(await page.locator('img, svg, iframe, object, embed, b').count(), 0);
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as unknown as { href: string }).href));
    assert.ok(hrefs.length > 0);
    for (const h of hrefs) assert.match(h, /^file:\/\//, h);
    // Hover and click what a reader would: every entry and source link, coming back each time.
    await clickEverything(page, file);
    assert.deepEqual(seen.dialogs, [], 'no script of a source ran');
    assert.deepEqual(seen.errors, []);
    await page.close();
  });
});

async function clickEverything(page: Page, file: string): Promise<void> {
  const count = await page.locator('a.entry, a.source').count();
  for (let i = 0; i < count; i++) {
    const link = page.locator('a.entry, a.source').nth(i);
    await link.hover();
    await link.click();
    await page.waitForLoadState();
    if (page.url() !== `file://${file}`) await page.goto(`file://${file}`);
  }
}

/** Where a picture goes: images/ when SCREENSHOTS=1 (README), test-results/ otherwise. */
function shot(name: string): string {
  const out = process.env['SCREENSHOTS'] === '1' ? path.join(ROOT, 'images') : path.join(ROOT, 'test-results');
  mkdirSync(out, { recursive: true });
  return path.join(out, `${name}.png`);
}
