/** The source matrix and the timeline over the protocol: the view model, live updates, the setting for single-source claims. */
import * as assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { LineIndex } from '../../server/src/engine';
import type { ViewModel } from '../../server/src/views/model';
import { EXAMPLES, locate, readCorpus } from '../paths';
import { fileUri, TestClient } from './lsp-client';

describe('views over the protocol', () => {
  let dir: string;
  let client: TestClient;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'corroborate-views-'));
    cpSync(EXAMPLES, dir, { recursive: true });
  });
  afterEach(async () => {
    await client?.shutdown().catch(() => undefined);
    client?.process.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  async function start(settings?: unknown): Promise<void> {
    client = TestClient.start(settings ? { settings } : {});
    await client.initialize([dir]);
    await client.waitForIdle(readCorpus(dir).size);
  }

  it('answers corroborate/views with the matrix and the timeline, sources as URIs, places as LSP positions', async () => {
    await start();
    const model = await client.request<ViewModel>('corroborate/views', { uri: fileUri(path.join(dir, 'ashcombe-gazette.txt')) });
    assert.equal(model.title, `Corroborate: ${path.basename(dir)}`);
    assert.deepEqual(model.sources.map((s) => s.name), ['ashcombe-gazette.txt', 'county-council-statement.md', 'radio-interview.txt', 'weekly-roundup.md', 'wend-valley-wire.txt']);
    assert.equal(model.sources[0]!.href, fileUri(path.join(dir, 'ashcombe-gazette.txt')));
    const injured = model.matrix.rows.find((r) => r.label === 'Number of people (injured)')!;
    assert.equal(injured.status, 'conflict');
    const roundup = injured.cells.find((c) => model.sources[c.source]!.name === 'weekly-roundup.md')!;
    const entry = roundup.entries[0]!;
    const text = readFileSync(path.join(dir, 'weekly-roundup.md'), 'utf8');
    const at = new LineIndex(text).positionAt(locate(text, 'Eleven people were injured', 'Eleven people').start);
    assert.deepEqual([entry.at.line, entry.at.character], [at.line, at.character]);
    assert.deepEqual(entry.conflicts.map((c) => model.sources[c.source]!.name).sort(), ['ashcombe-gazette.txt', 'wend-valley-wire.txt']);
    assert.ok(model.timeline.marks.some((m) => m.when === '28 October 2024' && m.conflict));
    // Asked again with nothing changed: the same answer.
    assert.deepEqual(await client.request('corroborate/views', {}), model);
    // Asked by the workspace folder's own URI (as the Conflicts view asks, folder by folder).
    assert.deepEqual(await client.request('corroborate/views', { uri: fileUri(dir) }), model);
  });

  it('tells open views when the findings change, and the next answer follows the edit', async () => {
    await start();
    const roundupPath = path.join(dir, 'weekly-roundup.md');
    const text = readFileSync(roundupPath, 'utf8');
    await client.open(roundupPath, text);
    await client.request('corroborate/views', {});
    await new Promise((r) => setTimeout(r, 500));
    const before = client.notifications.length;
    const at = locate(text, 'Eleven people were injured', 'Eleven');
    const lines = new LineIndex(text);
    await client.notify('textDocument/didChange', {
      textDocument: { uri: fileUri(roundupPath), version: 2 },
      contentChanges: [{ range: { start: lines.positionAt(at.start), end: lines.positionAt(at.end) }, text: 'Nine' }],
    });
    await client.waitFor((n) => client.notifications.indexOf(n) >= before && n.method === 'corroborate/viewsChanged', 5000, 'corroborate/viewsChanged');
    const model = await client.request<ViewModel>('corroborate/views', {});
    assert.equal(model.matrix.rows.find((r) => r.label === 'Number of people (injured)')!.status, 'agree');
  });

  it('in a folder of over 200 sources, shows the views of the asked-for source and the sources sharing its claims', async function () {
    this.timeout(60000);
    // 250 sources: 50 stories of five, each a copy of the examples with its own bridge.
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    const examples = readCorpus(EXAMPLES);
    for (let i = 0; i < 50; i++) {
      const sub = path.join(dir, `story${i}`);
      mkdirSync(sub);
      for (const [name, text] of examples) writeFileSync(path.join(sub, name), text.replace(/Tolbrook/g, `Tolbrook${i}`));
    }
    client = TestClient.start();
    await client.initialize([dir]);
    await client.waitForIdle(250);
    const target = path.join(dir, 'story7', 'weekly-roundup.md');
    const model = await client.request<ViewModel>('corroborate/views', { uri: fileUri(target) });
    assert.equal(model.title, 'Corroborate: story7/weekly-roundup.md and the sources that share its claims');
    const me = model.sources.findIndex((s) => s.name === 'story7/weekly-roundup.md');
    assert.ok(me >= 0);
    assert.ok(model.matrix.rows.length > 0);
    for (const r of model.matrix.rows) assert.ok(r.cells.some((c) => c.source === me), r.label);
    assert.ok(model.matrix.rows.some((r) => r.label === 'Year of the opening' && r.status === 'conflict'));
    // Every copy names the same people: many sources share its claims; the matrix keeps 40 columns, the asked-for source among them.
    assert.equal(model.matrix.columns, 40);
    assert.ok(model.matrix.omittedSources > 0);
    assert.ok(me < model.matrix.columns);
  });

  it('reports claims of one source as hints when corroborate.singleSourceClaims asks for it, and never counts them as conflicts', async () => {
    await start({ singleSourceClaims: 'hint' });
    const gazette = path.join(dir, 'ashcombe-gazette.txt');
    await client.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === fileUri(gazette), 10000, 'gazette diagnostics');
    const single = client.lastDiagnostics(gazette)!.filter((d) => d.code === 'single-source');
    assert.ok(single.some((d) => d.message === "Only this source: Number of tugboats (fire): 2 tugboats, 'two tugboats'" && d.severity === 4), JSON.stringify(single));
    // The count comes once the folder is quiet (COUNT_DELAY_MS after the last change).
    const status = await client.waitFor((n) => n.method === 'corroborate/status' && n.params.state === 'idle' && n.params.problems > 0, 10000, 'the status with the conflicts counted');
    // Conflicts are disagreements: 9 in the examples (the matrix's counted rows), told by 30 diagnostics.
    assert.equal(status.params.diagnostics, 30, 'the claims of one source are no diagnostics the status bar counts');
    assert.equal(status.params.problems, 9, 'the status bar counts the 9 conflicts');
    const model = await client.request<ViewModel>('corroborate/views', {});
    assert.equal(model.matrix.rows.filter((r) => r.counted).length, 9, 'the matrix counts the same conflicts');
    // Off by default.
    await client.shutdown();
    client.process.kill();
    await start();
    await client.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === fileUri(gazette), 10000, 'gazette diagnostics');
    assert.ok(!client.lastDiagnostics(gazette)!.some((d) => d.code === 'single-source'));
  });
});
