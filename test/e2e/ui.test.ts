/**
 * Corroborate in a real VS Code (1.100, served by code-server, driven in Chromium), installed from
 * the .vsix that `npm run package` builds, on a scratch copy of the examples: what a new user sees.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildVsix, type CodeServer, ensureDebianPackages, scratchWorkspace, startCodeServer } from './setup';
import { Workbench } from './workbench';

describe('VS Code UI (code-server + Chromium)', function () {
  this.timeout(240000);
  let server: CodeServer;
  let wb: Workbench;
  let folder: string;

  before(async () => {
    ensureDebianPackages(['chromium']);
    const vsix = buildVsix();
    folder = scratchWorkspace();
    server = await startCodeServer({ vsixToInstall: vsix, settings: { 'editor.gotoLocation.multipleDefinitions': 'goto' } });
    wb = await Workbench.open(server.url, folder);
    // No file is opened first: a folder of sources is enough to start the extension.
    await wb.ready();
  });

  after(async () => {
    await wb?.close();
    await server?.stop();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && wb) {
      const shot = await wb.screenshot(`failed-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 60)}`);
      console.log(`      screenshot of the failure: ${shot}`);
    }
  });

  it('starts when the folder opens, before any file is: the status bar counts sources and conflicts, the Problems panel lists them', async () => {
    assert.equal(await wb.page.locator('.tab').count(), 0, 'no editor was opened');
    await wb.eventually(async () => (await wb.page.locator('.statusbar-item').allTextContents()).join(' | '), (s) => /5 sources, \d+ conflicts/.test(s), 'the status bar to count sources and conflicts');
    await wb.showProblems();
    await wb.eventually(() => wb.problemRows(), (rs) => rs.some((r) => /Duration of the search/.test(r)), 'a conflict in the Problems panel with no file open');
    await wb.screenshot('started-without-a-file');
  });

  it('goes to the next and the previous conflict across files with Next Conflict (Ctrl+Alt+]) and Previous Conflict', async () => {
    await wb.openFile('ashcombe-gazette.txt');
    const cursor = async () => `${await wb.activeTab()} ${(await wb.page.locator('#status\\.editor\\.selection').first().textContent()) ?? ''}`;
    const seen: string[] = [await cursor()];
    for (let i = 0; i < 3; i++) {
      await wb.runCommand('Corroborate: Next Conflict');
      seen.push(await wb.eventually(cursor, (c) => c !== seen[seen.length - 1], `Next Conflict to move the cursor (from ${seen[seen.length - 1]})`));
    }
    await wb.screenshot('next-conflict');
    // The keybinding does the same, and Previous Conflict goes back to where the last step came from.
    await wb.runCommand('Corroborate: Previous Conflict');
    await wb.eventually(cursor, (c) => c === seen[2], `Previous Conflict to go back to ${seen[2]}`);
    await wb.page.keyboard.press('Control+Alt+BracketRight');
    await wb.eventually(cursor, (c) => c === seen[3], `Ctrl+Alt+] to go forward to ${seen[3]}`);
  });

  it('shows a hover card on a name, listing the other sources that mention it', async () => {
    await wb.openFile('ashcombe-gazette.txt');
    const card = await wb.hover('Priya Raman', /Priya Raman · person/);
    for (const other of ['weekly-roundup.md', 'wend-valley-wire.txt', 'radio-interview.txt']) {
      assert.ok(card.includes(other), `expected the card to list ${other}; saw: ${card}`);
    }
    assert.ok(!card.includes('county-council-statement.md'), `expected no source that never mentions her; saw: ${card}`);
    await wb.screenshot('hover-card');
  });

  it('lists a known conflict in the Problems panel, and its related passage opens the other file there', async () => {
    await wb.showProblems();
    const rows = await wb.eventually(
      () => wb.problemRows(),
      (rs) => rs.some((r) => /Duration of the search: 4\.5 h, 'four and a half hours' vs > 6 h/.test(r)),
      'a Problems row for the search duration conflict',
    );
    assert.ok(rows.length > 0);
    await wb.screenshot('problems-panel');
    // The related information row under it names the other file; clicking it opens that file.
    const related = wb.page.locator('.markers-panel .monaco-list-row[aria-level="3"][aria-label*="more than six hours"][aria-label$="in weekly-roundup.md"]').first();
    await related.click();
    await wb.eventually(() => wb.activeTab(), (t) => t === 'weekly-roundup.md', 'the related passage to open weekly-roundup.md');
  });

  it('opens the corresponding passage in another file with F12 on a sentence', async () => {
    const gazette = readFileSync(path.join(folder, 'ashcombe-gazette.txt'), 'utf8');
    await wb.openFile('ashcombe-gazette.txt');
    await wb.goTo(gazette, 'four and a half hours');
    await wb.page.keyboard.press('F12');
    const tab = await wb.eventually(() => wb.activeTab(), (t) => t !== null && t !== 'ashcombe-gazette.txt', 'F12 to open another source');
    assert.ok(['weekly-roundup.md', 'wend-valley-wire.txt', 'radio-interview.txt'].includes(tab!), `opened ${tab}`);
    // Peek (Alt+F12) shows every source's passage inline: the picture for the README.
    await wb.openFile('ashcombe-gazette.txt');
    await wb.goTo(gazette, 'four and a half hours');
    await wb.runCommand('Peek Definition');
    await wb.page.waitForSelector('.peekview-widget', { state: 'visible' });
    await wb.page.waitForTimeout(500);
    await wb.screenshot('peek-corresponding-passage');
    await wb.page.keyboard.press('Escape');
    // Compare with Corresponding Passage offers the sources best first, each with its strength and what it shares.
    await wb.goTo(gazette, 'four and a half hours');
    await wb.runCommand('Corroborate: Compare with Corresponding Passage');
    const rows = await wb.eventually(
      async () => wb.page.locator('.quick-input-list .monaco-list-row').allTextContents(),
      (r) => r.length >= 2 && r.every((x) => /match/.test(x)),
      'the picker to list the sources with their notes',
    );
    assert.match(rows[0]!, /weekly-roundup\.md.*strong match: both give a duration/, rows.join(' | '));
    await wb.screenshot('compare-best-first');
    await wb.page.keyboard.press('Escape');
  });

  it('opens the source matrix: the injured-count row shows each source’s figure and marks the odd one out; the timeline opens a passage', async () => {
    // The matrix alone in the editor area, as in the README's picture.
    await wb.openFile('ashcombe-gazette.txt');
    await wb.runCommand('View: Close All Editor Groups');
    await wb.runCommand('View: Hide Panel');
    await wb.runCommand('Corroborate: Show Source Matrix');
    // A webview is an iframe holding an iframe; the page is in the inner one.
    const view = wb.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    const row = view.locator('tr.row', { hasText: 'Number of people (injured)' }).first();
    await wb.eventually(
      async () => ((await row.count()) ? await row.getAttribute('data-status') : null),
      (s) => s === 'conflict',
      'the matrix row "Number of people (injured)" marked as a conflict',
      60000,
    );
    const heads = await view.locator('table.matrix thead th').allInnerTexts();
    const cells = await row.locator('td').allInnerTexts();
    const cell = (source: string) => cells[heads.findIndex((h) => h.startsWith(source)) - 1] ?? '';
    // The odd one out is marked, not the whole row: the majority's nine ✓, the roundup's eleven ✗.
    assert.match(cell('ashcombe-gazette.txt'), /✓\s*9 people[\s\S]*nine people/, `saw ${JSON.stringify(cells)}`);
    assert.match(cell('wend-valley-wire.txt'), /✓\s*9 people/, `saw ${JSON.stringify(cells)}`);
    assert.match(cell('weekly-roundup.md'), /✗\s*11 people[\s\S]*Eleven people/, `saw ${JSON.stringify(cells)}`);
    assert.match(cell('county-council-statement.md'), /—/, 'a source that gives no figure is silent');
    await wb.page.waitForTimeout(500);
    await wb.screenshot('source-matrix');
    // Scrolled down and right, the header row and the claims' column stay in view.
    const box = view.locator('.scroll');
    const scrolled = await box.evaluate((el) => {
      el.scrollTo(200, 300);
      return [el.scrollTop, el.scrollLeft];
    });
    assert.ok(scrolled[0]! > 0, `the matrix scrolls in its own box (${JSON.stringify(scrolled)})`);
    await wb.page.waitForTimeout(200);
    const [boxAt, headAt, claimAt] = await Promise.all([box.boundingBox(), view.locator('table.matrix thead th').nth(2).boundingBox(), view.locator('table.matrix tbody th.claim').nth(3).boundingBox()]);
    assert.ok(Math.abs(headAt!.y - boxAt!.y) < 3, `the header row at the box's top (${headAt!.y} against ${boxAt!.y})`);
    assert.ok(Math.abs(claimAt!.x - boxAt!.x) < 3, `the claims' column at the box's left (${claimAt!.x} against ${boxAt!.x})`);
    await box.evaluate((el) => el.scrollTo(0, 0));
    // Filtering by kind leaves the count rows only.
    await view.locator('#kind-filter').selectOption('count');
    await wb.eventually(
      async () => [...new Set(await view.locator('tr.row:not([hidden])').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-kind'))))],
      (kinds) => kinds.length === 1 && kinds[0] === 'count',
      'only count rows after filtering by kind',
    );
    await view.locator('#kind-filter').selectOption('');
    // The timeline: both dates of the collision, each marked, with the sources that give it.
    await view.locator('button[data-tab="timeline"]').click();
    await wb.eventually(
      async () => [await view.locator('button[data-tab="timeline"]').getAttribute('aria-selected'), await view.locator('#timeline').isVisible(), await view.locator('#matrix').isVisible()],
      ([selected, timeline, matrix]) => selected === 'true' && timeline === true && matrix === false,
      'the Timeline tab selected and shown',
    );
    const marks = view.locator('#timeline li.mark.s-conflict', { hasText: 'Date of the collision' });
    await wb.eventually(() => marks.allInnerTexts(), (ts) => ts.length === 2 && /28 October 2024/.test(ts[0]!) && /29 October 2024/.test(ts[1]!), 'two marked dates of the collision');
    await wb.screenshot('timeline');
    await marks.first().locator('button.source', { hasText: 'weekly-roundup.md' }).click();
    await wb.eventually(() => wb.activeTab(), (t) => t === 'weekly-roundup.md', 'the timeline entry to open weekly-roundup.md');
    await wb.runCommand('View: Close All Editor Groups');
    await wb.eventually(() => wb.page.locator('.tab').count(), (n) => n === 0, 'every editor, the matrix too, closed');
  });

  it('lists one node per conflict in the Conflicts view, opens a passage from it, and takes a verdict and its undo', async () => {
    await wb.runCommand('View: Close All Editor Groups');
    // Before the view is ever shown, its icon in the activity bar counts the conflicts.
    const badge = await wb.eventually(
      async () => (await wb.page.locator('.activitybar .action-item', { has: wb.page.locator('[aria-label^="Corroborate"]') }).locator('.badge-content').allInnerTexts()).join(''),
      (b) => /^\d+$/.test(b),
      'a count on the Corroborate icon of the activity bar',
    );
    await wb.runCommand('Corroborate: Focus on Conflicts View');
    const side = wb.page.locator('.part.sidebar');
    const rows = () => side.locator('.monaco-list-row').evaluateAll((rs) => rs.map((r) => `${r.getAttribute('aria-level')}|${r.getAttribute('aria-label') ?? r.textContent}`));
    const top = await wb.eventually(rows, (rs) => rs.some((r) => /^1\|Duration of the search/.test(r)), 'the Conflicts view to list the search duration', 60000);
    // One node per disagreement, as the status bar counts them (the status bar says "N conflicts").
    const status = (await wb.page.locator('.statusbar-item').allTextContents()).join(' | ');
    const counted = Number(/(\d+) conflicts/.exec(status)?.[1]);
    assert.equal(top.filter((r) => r.startsWith('1|') && !r.startsWith('1|Reviewed')).length, counted, `nodes ${JSON.stringify(top)} against the status bar's ${status}`);
    assert.equal(Number(badge), counted, 'the icon counts what the status bar counts');
    // Its sources as children: the odd one out and the majority, each opening its passage.
    const duration = side.locator('.monaco-list-row[aria-level="1"]', { hasText: 'Duration of the search' }).first();
    await duration.click();
    const child = side.locator('.monaco-list-row[aria-level="2"]', { hasText: 'weekly-roundup.md' }).first();
    await child.waitFor({ state: 'visible', timeout: 10000 });
    assert.match((await child.textContent()) ?? '', /more than six hours/);
    await child.click();
    await wb.eventually(() => wb.activeTab(), (t) => t === 'weekly-roundup.md', 'the source node to open weekly-roundup.md');
    await wb.screenshot('conflicts-view');
    // "Not a conflict", as an inline action: the node goes to Reviewed and its warnings go.
    const before = await wb.eventually(() => wb.warningCount(), (n) => n > 0, 'warnings in the status bar');
    await duration.hover();
    await duration.locator('.action-label[aria-label="Mark as Not a Conflict"]').click();
    await wb.eventually(rows, (rs) => !rs.some((r) => /^1\|Duration of the search/.test(r)) && rs.some((r) => /^1\|Reviewed/.test(r)), 'the search duration to leave the list for Reviewed');
    const fewer = await wb.eventually(() => wb.warningCount(), (n) => n < before, `fewer warnings than ${before}`);
    const saved = JSON.parse(readFileSync(path.join(folder, '.corroborate', 'reviews.json'), 'utf8')).reviews as Array<{ key: string; verdict: string; reviewedAt: string }>;
    assert.ok(saved.some((r) => r.key.startsWith('duration:') && r.verdict === 'dismissed' && r.reviewedAt), JSON.stringify(saved));
    // Show Reviewed opens the Reviewed node; Undo there (Reset Verdict) brings the conflict back.
    await wb.runCommand('Corroborate: Show Reviewed');
    const verdict = side.locator('.monaco-list-row[aria-level="2"]', { hasText: 'not a conflict' }).first();
    await verdict.waitFor({ state: 'visible', timeout: 10000 });
    await wb.screenshot('conflicts-view-reviewed');
    await verdict.hover();
    await verdict.locator('.action-label[aria-label="Reset Verdict"]').click();
    await wb.eventually(rows, (rs) => rs.some((r) => /^1\|Duration of the search/.test(r)), 'the search duration back in the list after Reset');
    await wb.eventually(() => wb.warningCount(), (n) => n === before, `the warnings back from ${fewer} to ${before}`);
    assert.ok(!JSON.parse(readFileSync(path.join(folder, '.corroborate', 'reviews.json'), 'utf8')).reviews.some((r: { key: string }) => r.key.startsWith('duration:')));
  });

  it('offers the severity of each kind as a dropdown in the Settings editor', async () => {
    await wb.runCommand('Preferences: Open Settings (UI)');
    // The Settings editor opens with its search box focused.
    await wb.page.locator('.settings-editor .settings-header').first().waitFor({ state: 'visible', timeout: 20000 });
    await wb.page.waitForTimeout(1000);
    await wb.page.keyboard.type('corroborate.severity');
    const item = wb.page.locator('.settings-editor .setting-item-contents', { hasText: 'Severity of each kind' }).first();
    await item.waitFor({ state: 'visible', timeout: 20000 });
    const keys = await wb.eventually(() => item.locator('.setting-list-object-key').allInnerTexts(), (ks) => ks.length >= 10, 'one row per kind in the severity table');
    assert.ok(keys.includes('duration') && keys.includes('quotation'), JSON.stringify(keys));
    assert.equal(await item.locator('text=Edit in settings.json').count(), 0, 'edited in the Settings editor, not in settings.json only');
    await wb.screenshot('settings-severity');
    await wb.runCommand('View: Close All Editor Groups');
  });

  it('offers a walkthrough for a first-time user: open a folder, see the conflicts, give a verdict, export the report', async () => {
    await wb.runCommand('Welcome: Open Walkthrough...');
    await wb.page.keyboard.type('Get started with Corroborate');
    await wb.eventually(
      async () => (await wb.page.locator('.quick-input-list .monaco-list-row.focused').allTextContents()).join(' | '),
      (t) => t.includes('Get started with Corroborate'),
      'the walkthrough in the picker',
    );
    await wb.page.keyboard.press('Enter');
    const steps = wb.page.locator('.gettingStartedContainer .getting-started-step .step-title');
    const titles = await wb.eventually(() => steps.allInnerTexts(), (ts) => ts.length === 4, 'the four steps of the walkthrough');
    assert.deepEqual(titles.map((t) => t.trim()), ['Open a folder of sources', 'See the conflicts', 'Give a verdict', 'Export the report']);
    await wb.page.waitForTimeout(800);
    await wb.screenshot('walkthrough');
    await wb.runCommand('View: Close All Editor Groups');
  });

  it('removes a conflict marked as not a conflict, and it stays removed after a window reload', async () => {
    await wb.openFile('ashcombe-gazette.txt');
    const before = await wb.eventually(() => wb.warningCount(), (n) => n > 0, 'warnings in the status bar');
    await wb.goTo(readFileSync(path.join(folder, 'ashcombe-gazette.txt'), 'utf8'), '1998');
    await wb.page.keyboard.press('Control+.');
    // The quick fix menu: move to "Mark as Not a Conflict" with the arrow keys, then Enter, as a user does.
    const focused = wb.page.locator('.action-widget .monaco-list-row.focused');
    await focused.first().waitFor({ state: 'visible', timeout: 10000 });
    await wb.eventually(
      async () => {
        const label = (await focused.first().getAttribute('aria-label')) ?? '';
        if (label !== 'Mark as Not a Conflict') await wb.page.keyboard.press('ArrowDown');
        return label;
      },
      (l) => l === 'Mark as Not a Conflict',
      'the quick fix menu to offer "Mark as Not a Conflict"',
    );
    await wb.page.keyboard.press('Enter');
    // The gazette's 1998 loses its only warning; the round-up's 1996 keeps one, for it disagrees with
    // the wire's "26-year-old" bridge too.
    const after = before - 1;
    const settled = async (what: string, timeout?: number) => {
      await wb.eventually(() => wb.warningCount(), (n) => n === after, what, timeout);
      // Held for a while, not passed through on the way (counts rise as files are read, fall as they are published).
      await wb.page.waitForTimeout(3000);
      assert.equal(await wb.warningCount(), after, `${what}, and still so 3 s later`);
    };
    await settled(`the warnings to go from ${before} to ${after}`);
    const reviews = JSON.parse(readFileSync(path.join(folder, '.corroborate', 'reviews.json'), 'utf8'));
    assert.equal(reviews.reviews.length, 1);
    assert.equal(reviews.reviews[0].verdict, 'dismissed');
    await wb.page.reload();
    // VS Code may reopen no editor after a quick reload (it stores open editors lazily); a text file
    // opened activates the extension either way.
    await wb.openFile('ashcombe-gazette.txt');
    await wb.ready();
    await settled(`${after} warnings after the reload`, 30000);
  });

  it('updates the Problems panel for both files when a number is edited, without saving', async () => {
    const file = path.join(folder, 'weekly-roundup.md');
    const onDisk = readFileSync(file, 'utf8');
    await wb.showProblems();
    // The round-up, dated later, gives the injured count higher: a "Later report" (an update).
    await wb.filterProblems('injured');
    await wb.eventually(() => wb.problemRows(), (rs) => rs.some((r) => r.includes('people (injured)')), 'the injured-count update in the Problems panel');
    const infos = await wb.infoCount();
    assert.ok(infos > 0, `the status bar counts the updates as information (${infos})`);
    await wb.openFile('weekly-roundup.md');
    // The source matrix beside the editor follows the typing too.
    await wb.runCommand('Corroborate: Show Source Matrix to the Side');
    const view = wb.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    const injured = view.locator('tr.row', { hasText: 'Number of people (injured)' }).first();
    await wb.eventually(async () => ((await injured.count()) ? await injured.getAttribute('data-status') : null), (st) => st === 'conflict', 'the injured-count row in conflict', 60000);
    await wb.runCommand('View: Focus First Editor Group');
    await wb.eventually(() => wb.activeTab(), (t) => t === 'weekly-roundup.md', 'weekly-roundup.md active again, the matrix beside it');
    await wb.goTo(onDisk, 'Eleven', true);
    await wb.page.keyboard.type('Nine');
    await wb.showProblems();
    await wb.eventually(() => wb.infoCount(), (n) => n < infos, `fewer information items than ${infos} once the counts agree`);
    await wb.eventually(() => wb.problemRows(), (rs) => !rs.some((r) => r.includes('people (injured)')), 'no injured-count finding left in any file');
    assert.equal(readFileSync(file, 'utf8'), onDisk, 'the file on disk is unchanged');
    await wb.filterProblems('');
    await wb.eventually(() => injured.getAttribute('data-status'), (st) => st === 'agree', 'the matrix row to agree once "Eleven" reads "Nine"');
    // A high-contrast theme reaches the panel: conflicts are outlined, not only coloured.
    // Ctrl+K Ctrl+T: the theme picker (its palette title loses to "Browse Color Themes in Marketplace").
    await wb.page.keyboard.press('Control+K');
    await wb.page.keyboard.press('Control+T');
    await wb.page.locator('.quick-input-widget input').first().waitFor({ state: 'visible' });
    await wb.page.keyboard.type('High Contrast');
    const focusedTheme = wb.page.locator('.quick-input-list .monaco-list-row.focused');
    await wb.eventually(
      async () => {
        const label = ((await focusedTheme.allTextContents()).join(' | ')).trim();
        if (!/Default High Contrast(?! Light)/.test(label)) await wb.page.keyboard.press('ArrowDown');
        return label;
      },
      (t) => /Default High Contrast(?! Light)/.test(t),
      'the theme picker to select Default High Contrast',
    );
    await wb.page.keyboard.press('Enter');
    await wb.eventually(
      async () => ((await view.locator('body.vscode-high-contrast').count()) ? await view.locator('td.cell.s-conflict').first().evaluate((td) => (globalThis as unknown as { getComputedStyle(e: unknown): { outlineStyle: string } }).getComputedStyle(td).outlineStyle) : null),
      (st) => st === 'dashed',
      'conflict cells outlined in the high-contrast theme',
    );
    await wb.screenshot('source-matrix-high-contrast', false);
  });
});
