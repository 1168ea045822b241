import * as assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { LineIndex } from '../../server/src/engine';
import { EXAMPLES, locate, readCorpus } from '../paths';
import { fileUri, TestClient } from './lsp-client';

/** A scratch copy of the examples, so tests that write never touch the project's files. */
function scratchExamples(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-ex-'));
  cpSync(EXAMPLES, dir, { recursive: true });
  return dir;
}

async function start(dir: string, settings?: unknown): Promise<TestClient> {
  const client = TestClient.start(settings ? { settings } : {});
  await client.initialize([dir]);
  await client.waitForIdle(readCorpus(dir).size);
  return client;
}

const codes = (ds: any[] | undefined) => (ds ?? []).map((d) => d.code).sort();

describe('conflicts over the protocol', () => {
  let dir: string;
  let client: TestClient;
  beforeEach(() => {
    dir = scratchExamples();
  });
  afterEach(async () => {
    await client?.shutdown().catch(() => undefined);
    client?.process.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes conflicts with both claims, a code, a link to the docs and the other passages', async () => {
    client = await start(dir);
    const gazette = path.join(dir, 'ashcombe-gazette.txt');
    await client.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === fileUri(gazette), 10000, 'gazette diagnostics');
    const ds = client.lastDiagnostics(gazette)!;
    // The injured count that the round-up, dated three days later, gives higher is an update.
    assert.deepEqual(codes(ds), ['attribution', 'date', 'duration', 'money', 'percentage', 'quotation', 'role', 'time', 'update', 'year'].filter((c) => c !== 'money'));
    const duration = ds.find((d) => d.code === 'duration');
    assert.equal(duration.source, 'corroborate');
    assert.equal(duration.severity, 2);
    assert.match(duration.message, /4\.5 h, 'four and a half hours' vs > 6 h, 'more than six hours' \(weekly-roundup\.md\)/);
    assert.match(duration.codeDescription.href, /README\.md#duration$/i);
    assert.equal(duration.relatedInformation.length, 1);
    assert.equal(duration.relatedInformation[0].location.uri, fileUri(path.join(dir, 'weekly-roundup.md')));
  });

  it('updates the diagnostics of every file an edit touches, before saving', async () => {
    client = await start(dir);
    const roundup = path.join(dir, 'weekly-roundup.md');
    const gazette = path.join(dir, 'ashcombe-gazette.txt');
    const text = readFileSync(roundup, 'utf8');
    await client.open(roundup, text);
    await client.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === fileUri(roundup), 10000, 'roundup diagnostics');
    assert.ok(codes(client.lastDiagnostics(gazette)).includes('update'));
    const at = locate(text, 'Eleven people were injured', 'Eleven');
    const lines = new LineIndex(text);
    const before = client.notifications.length;
    await client.notify('textDocument/didChange', {
      textDocument: { uri: fileUri(roundup), version: 2 },
      contentChanges: [{ range: { start: lines.positionAt(at.start), end: lines.positionAt(at.end) }, text: 'Nine' }],
    });
    await client.waitFor(
      (n) => client.notifications.indexOf(n) >= before && n.method === 'textDocument/publishDiagnostics' && n.params.uri === fileUri(gazette) && !codes(n.params.diagnostics).includes('update'),
      10000,
      'the gazette without its count conflict',
    );
    await client.waitFor(
      (n) => client.notifications.indexOf(n) >= before && n.method === 'textDocument/publishDiagnostics' && n.params.uri === fileUri(roundup) && !codes(n.params.diagnostics).includes('update'),
      10000,
      'the roundup without its count conflict',
    );
    assert.equal(readFileSync(roundup, 'utf8'), text, 'nothing was written to disk');
  });

  it('analyses a burst of keystrokes twice at most: the first at once, the rest after a pause', async () => {
    client = await start(dir);
    const roundup = path.join(dir, 'weekly-roundup.md');
    const uri = fileUri(roundup);
    const text = readFileSync(roundup, 'utf8');
    await client.open(roundup, text);
    await client.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri, 10000, 'roundup diagnostics');
    await new Promise((r) => setTimeout(r, 300));
    const at = locate(text, 'Eleven people were injured', 'Eleven');
    let current = text;
    const before = client.notifications.length;
    // "Eleven" becomes "Nine", typed a letter at a time, 20 ms apart.
    const typed = ['', 'N', 'Ni', 'Nin', 'Nine'];
    for (const [i, word] of typed.entries()) {
      const lines = new LineIndex(current);
      const start = at.start;
      const end = i === 0 ? at.end : at.start + typed[i - 1]!.length;
      current = current.slice(0, start) + word + current.slice(end);
      await client.notify('textDocument/didChange', {
        textDocument: { uri, version: 2 + i },
        contentChanges: [{ range: { start: lines.positionAt(start), end: lines.positionAt(end) }, text: word }],
      });
      await new Promise((r) => setTimeout(r, 20));
    }
    const last = 2 + typed.length - 1;
    await client.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri && n.params.version === last, 10000, 'diagnostics of the last version');
    await new Promise((r) => setTimeout(r, 400));
    const versions = client.notifications
      .slice(before)
      .filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri)
      .map((n) => n.params.version);
    assert.ok(versions.length <= 2, `expected at most 2 analyses of the burst; saw versions ${versions.join(', ')}`);
    assert.equal(versions[versions.length - 1], last);
  });

  it('marks a conflict as reviewed: it goes from both files, and stays gone after a restart', async () => {
    client = await start(dir);
    const gazette = path.join(dir, 'ashcombe-gazette.txt');
    const roundup = path.join(dir, 'weekly-roundup.md');
    await client.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === fileUri(gazette), 10000, 'gazette diagnostics');
    const year = client.lastDiagnostics(gazette)!.find((d) => d.code === 'year');
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri: fileUri(gazette) },
      range: year.range,
      context: { diagnostics: [year] },
    });
    assert.deepEqual(
      actions.map((a: { title: string }) => a.title),
      ['Mark as Confirmed Discrepancy', 'Mark as Not a Conflict', 'Open the other passage (weekly-roundup.md:15)'],
    );
    const mark = actions[1].command;
    assert.equal(mark.arguments[2], 'dismissed');
    await client.request('workspace/executeCommand', { command: mark.command, arguments: mark.arguments });
    const file = path.join(dir, '.corroborate', 'reviews.json');
    assert.ok(existsSync(file));
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(saved.version, 1);
    assert.equal(saved.reviews.length, 1);
    assert.equal(saved.reviews[0].verdict, 'dismissed');
    assert.ok(!Number.isNaN(Date.parse(saved.reviews[0].reviewedAt)), 'the verdict keeps its time');
    assert.ok(!codes(client.lastDiagnostics(gazette)).includes('year'));
    // The roundup's year diagnostic also listed the wire's '26-year-old': only the reviewed pair goes.
    const roundupYear = client.lastDiagnostics(roundup)!.find((d) => d.code === 'year');
    assert.equal(roundupYear.relatedInformation.length, 1);
    assert.match(roundupYear.relatedInformation[0].location.uri, /wend-valley-wire/);

    await client.shutdown();
    client = await start(dir);
    await client.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === fileUri(gazette), 10000, 'gazette diagnostics after restart');
    assert.ok(!codes(client.lastDiagnostics(gazette)).includes('year'), 'the review survives a restart');
  });

  it('confirms a discrepancy: it stays, marked, in the Problems panel and the verdicts; Reset takes it back', async () => {
    client = await start(dir);
    const gazette = path.join(dir, 'ashcombe-gazette.txt');
    await client.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === fileUri(gazette), 10000, 'gazette diagnostics');
    const year = client.lastDiagnostics(gazette)!.find((d) => d.code === 'year');
    const before = client.lastDiagnostics(gazette)!.length;
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri: fileUri(gazette) }, range: year.range, context: { diagnostics: [year] } });
    const confirm = actions.find((a: { title: string }) => a.title === 'Mark as Confirmed Discrepancy').command;
    assert.equal(await client.request('workspace/executeCommand', { command: confirm.command, arguments: confirm.arguments }), true);
    const confirmed = client.lastDiagnostics(gazette)!.find((d) => d.code === 'year');
    assert.equal(client.lastDiagnostics(gazette)!.length, before, 'a confirmed conflict stays');
    assert.match(confirmed.message, /^Confirmed discrepancy: /);
    assert.equal(confirmed.severity, year.severity);
    const verdicts = await client.request('corroborate/verdicts', {});
    assert.deepEqual(verdicts.map((v: { verdict: string }) => v.verdict), ['confirmed']);
    // On a confirmed one, the code actions offer Reset, which takes the verdict back.
    const again = await client.request('textDocument/codeAction', { textDocument: { uri: fileUri(gazette) }, range: confirmed.range, context: { diagnostics: [confirmed] } });
    assert.deepEqual(again.slice(0, 2).map((a: { title: string }) => a.title), ['Reset Verdict', 'Mark as Not a Conflict']);
    await client.request('workspace/executeCommand', { command: again[0].command.command, arguments: again[0].command.arguments });
    assert.doesNotMatch(client.lastDiagnostics(gazette)!.find((d) => d.code === 'year').message, /^Confirmed/);
    assert.deepEqual(await client.request('corroborate/verdicts', {}), []);
    assert.deepEqual(JSON.parse(readFileSync(path.join(dir, '.corroborate', 'reviews.json'), 'utf8')).reviews, []);
  });

  it('reports a corrupt review file, keeps it, and records nothing over it', async () => {
    mkdirSync(path.join(dir, '.corroborate'));
    const file = path.join(dir, '.corroborate', 'reviews.json');
    writeFileSync(file, '{ "version": 1, "reviews": [ oops');
    client = await start(dir);
    const shown = (re: RegExp) => client.serverRequests.some((r) => r.method === 'window/showMessageRequest' && re.test((r.params as { message: string }).message));
    assert.ok(shown(/reviews\.json is not valid JSON/), 'the user is told the file is corrupt');
    const gazette = path.join(dir, 'ashcombe-gazette.txt');
    await client.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === fileUri(gazette), 10000, 'gazette diagnostics');
    const d = client.lastDiagnostics(gazette)![0];
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri: fileUri(gazette) }, range: d.range, context: { diagnostics: [d] } });
    await client.request('workspace/executeCommand', { command: actions[0].command.command, arguments: actions[0].command.arguments });
    assert.equal(readFileSync(file, 'utf8'), '{ "version": 1, "reviews": [ oops', 'the file is kept as it was');
    assert.ok(shown(/Could not record the verdict/));
  });

  it('turns a kind off through settings', async () => {
    client = await start(dir, { severity: { duration: 'off', role: 'information' } });
    const gazette = path.join(dir, 'ashcombe-gazette.txt');
    await client.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === fileUri(gazette), 10000, 'gazette diagnostics');
    const ds = client.lastDiagnostics(gazette)!;
    assert.ok(!codes(ds).includes('duration'));
    assert.equal(ds.find((d) => d.code === 'role').severity, 3);
  });

  it('hovers a claim: what the other sources say about it, and whether they agree, but what the diagnostic above says', async () => {
    client = await start(dir);
    const file = path.join(dir, 'ashcombe-gazette.txt');
    const text = readFileSync(file, 'utf8');
    const at = locate(text, 'took four and a half hours', 'four');
    const hover = await client.request('textDocument/hover', { textDocument: { uri: fileUri(file) }, position: new LineIndex(text).positionAt(at.start + 1) });
    const v: string = hover.contents.value;
    assert.match(v, /^\*\*Duration\*\* · 4\.5 h, 'four and a half hours'/);
    // The conflict with the weekly roundup is the diagnostic's, which the editor shows above the card.
    assert.match(v, /1 other source disagrees: see the problem above\./);
    assert.doesNotMatch(v, /weekly-roundup\.md/);
    assert.match(v, /✓ agrees — \[wend-valley-wire\.txt\]/);
  });
});
