/**
 * Extension-host tests: the extension as VS Code's own API sees it, on the workspace folder the
 * runner opens (the examples, or the seeds when CORROBORATE_SUITE_CORPUS says so).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const folder = () => vscode.workspace.workspaceFolders![0]!.uri;
const file = (name: string) => vscode.Uri.joinPath(folder(), name);
const seeds = () => folder().path.endsWith('/seeds');

async function open(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(file(name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

async function eventually<T>(read: () => T | Thenable<T>, ok: (v: T) => boolean, what: string, timeout = 30000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read();
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`expected ${what}; saw ${JSON.stringify(last)?.slice(0, 800)}`);
}

const hoverText = (hovers: vscode.Hover[]) =>
  hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');

describe('Corroborate through the VS Code API', function () {
  this.timeout(120000);

  before(async () => {
    const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'corroborate');
    assert.ok(ext, 'the extension is installed');
    await open(seeds() ? '000_001c55f4bf65310b.txt' : 'ashcombe-gazette.txt');
    await ext!.activate();
  });

  it('publishes conflicts with related information (vscode.languages.getDiagnostics)', async () => {
    const name = seeds() ? '004_32ab8f25e8b8189a.txt' : 'ashcombe-gazette.txt';
    await open(name);
    const diags = await eventually(
      () => vscode.languages.getDiagnostics(file(name)).filter((d) => d.source === 'corroborate'),
      (ds) => ds.length > 0,
      `Corroborate diagnostics on ${name}`,
    );
    const d = seeds() ? diags.find((x) => x.code === 'duration' || (x.code as { value: string }).value === 'duration') : diags.find((x) => (x.code as { value?: string })?.value === 'duration');
    assert.ok(d, `a duration conflict among ${diags.map((x) => x.message).join(' | ')}`);
    assert.ok(d!.relatedInformation?.length, 'with the other passage as related information');
  });

  it('hovers a name (vscode.executeHoverProvider)', async () => {
    const name = seeds() ? '003_d4679412fdaedc1f.txt' : 'weekly-roundup.md';
    const doc = await open(name);
    const at = doc.positionAt(doc.getText().indexOf(seeds() ? 'Dmitry Peskov' : 'Priya Raman') + 2);
    const text = await eventually(
      async () => hoverText((await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at)) ?? []),
      (t) => t.includes(seeds() ? 'Dmitry Peskov' : 'Priya Raman'),
      'a hover card naming the person',
    );
    assert.match(text, /person/);
  });

  it('goes to the corresponding passage (vscode.executeDefinitionProvider)', async () => {
    const name = seeds() ? '002_30284a75d6a5d37c.txt' : 'ashcombe-gazette.txt';
    const doc = await open(name);
    const at = doc.positionAt(doc.getText().indexOf(seeds() ? 'in the six hours of talks' : 'The search for him took'));
    const links = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', doc.uri, at);
    const uris = links.map((l) => ('targetUri' in l ? l.targetUri : l.uri).path.split('/').pop());
    assert.ok(uris.length > 0 && !uris.includes(name), `passages in other sources, got ${uris.join(', ')}`);
  });

  it('lists every mention of a name (vscode.executeReferenceProvider)', async () => {
    const name = seeds() ? '001_f8eb54056b1d8acf.txt' : 'ashcombe-gazette.txt';
    const doc = await open(name);
    const at = doc.positionAt(doc.getText().indexOf(seeds() ? 'Sergey Lavrov' : 'Priya Raman') + 2);
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, at);
    const files = new Set(refs.map((r) => r.uri.path.split('/').pop()));
    assert.ok(files.size >= 2, `mentions in several sources, got ${[...files].join(', ')}`);
  });

  it('finds names as workspace symbols (vscode.executeWorkspaceSymbolProvider)', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', seeds() ? 'Peskov' : 'Achebe');
    const names = symbols.map((s) => s.name).sort();
    assert.deepEqual(names, seeds() ? ['Dmitry Peskov'] : ['Daniel Achebe', 'Helen Achebe']);
  });
});
