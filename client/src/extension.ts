/**
 * The VS Code side of Corroborate: starts the bundled language server over IPC, shows the corpus's
 * state in the status bar, offers its commands, and shows the source matrix and the timeline in a
 * webview. Everything is computed in the server.
 */
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import {
  type CorrespondingPassage,
  CorrespondingPassagesRequest,
  OpenPassageCommand,
  PeekPassagesCommand,
  ReanalyzeRequest,
  StatusNotification,
  type StatusParams,
  ViewsRequest,
} from '../../server/src/protocol';
import { homedir } from 'node:os';
import type { ViewModel } from '../../server/src/views/model';
import { renderReportPage } from '../../server/src/views/report';
import { ConflictsView } from './conflicts-view';
import { VIEW_TYPE, ViewsPanel } from './views-panel';

type LspRange = CorrespondingPassage['range'];
const toRange = (r: LspRange) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Corroborate');
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' },
    ],
    outputChannel: output,
    middleware: {
      // The lens's fourth argument is its tooltip (each other source best first, with its strength
      // and what it shares): LSP 3.17's Command has no tooltip of its own.
      provideCodeLenses: async (document, token, next) => {
        const lenses = await next(document, token);
        for (const lens of lenses ?? []) {
          const tip = lens.command?.arguments?.[3];
          if (lens.command && typeof tip === 'string') lens.command.tooltip = tip;
        }
        return lenses;
      },
    },
  };
  client = new LanguageClient('corroborate', 'Corroborate', serverOptions, clientOptions);
  // Started at once; handlers registered below take effect while it starts, and a views panel
  // restored after a reload waits for it.
  const started = client.start();

  const highlight = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('editor.findMatchHighlightBackground'),
    borderColor: new vscode.ThemeColor('editor.findMatchBorder'),
    borderStyle: 'solid',
    borderWidth: '1px',
    isWholeLine: false,
  });
  const status = vscode.window.createStatusBarItem('corroborate.status', vscode.StatusBarAlignment.Left, 10);
  status.name = 'Corroborate';
  status.command = 'corroborate.showOutput';
  status.text = '$(sync~spin) Corroborate';
  status.tooltip = 'Corroborate: starting';
  status.show();

  const conflicts = new ConflictsView(client, started, context);
  type Node = Parameters<ConflictsView['give']>[1];
  context.subscriptions.push(
    output,
    status,
    vscode.commands.registerCommand('corroborate.markConfirmed', (node?: Node) => conflicts.give('confirmed', node)),
    vscode.commands.registerCommand('corroborate.markNotConflict', (node?: Node) => conflicts.give('dismissed', node)),
    vscode.commands.registerCommand('corroborate.resetVerdict', (node?: Node) => conflicts.give('reset', node)),
    vscode.commands.registerCommand('corroborate.showReviewed', () => conflicts.showReviewed()),
    vscode.commands.registerCommand('corroborate.refreshConflicts', () => conflicts.refreshSoon()),
    vscode.commands.registerCommand('corroborate.exportReport', () => exportReport(client!, started)),
    vscode.commands.registerCommand('corroborate.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('corroborate.reanalyze', async () => {
      await client?.sendRequest(ReanalyzeRequest);
    }),
    client.onNotification(StatusNotification, (s: StatusParams) => {
      showStatus(status, s);
      if (s.state === 'idle') conflicts.count(s.problems);
    }),
    vscode.commands.registerCommand(OpenPassageCommand, async (uri: string, range: LspRange) => {
      await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: toRange(range), preview: true });
    }),
    vscode.commands.registerCommand(PeekPassagesCommand, async (uri: string, position: LspRange['start'], locations: Array<{ uri: string; range: LspRange }>) => {
      await vscode.commands.executeCommand(
        'editor.action.peekLocations',
        vscode.Uri.parse(uri),
        new vscode.Position(position.line, position.character),
        locations.map((l) => new vscode.Location(vscode.Uri.parse(l.uri), toRange(l.range))),
        'peek',
      );
    }),
    vscode.commands.registerCommand('corroborate.compareWithCorresponding', () => compareWithCorresponding(highlight)),
    vscode.commands.registerCommand('corroborate.nextConflict', () => stepConflict(1)),
    vscode.commands.registerCommand('corroborate.previousConflict', () => stepConflict(-1)),
    vscode.commands.registerCommand('corroborate.showSourceMatrix', () => ViewsPanel.show(client!, started, 'matrix')),
    vscode.commands.registerCommand('corroborate.showSourceMatrixToSide', () => ViewsPanel.show(client!, started, 'matrix', true)),
    vscode.commands.registerCommand('corroborate.showTimeline', () => ViewsPanel.show(client!, started, 'timeline')),
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => ViewsPanel.restore(panel, client!, started),
    }),
    highlight,
  );
  await started;
}

/**
 * "Compare with Corresponding Passage": asks the server for the passages that correspond to the
 * sentence under the cursor, lets the user pick a source, and opens it beside, passage highlighted.
 */
async function compareWithCorresponding(highlight: vscode.TextEditorDecorationType): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) return;
  const passages = await client.sendRequest<CorrespondingPassage[]>(CorrespondingPassagesRequest, {
    textDocument: { uri: editor.document.uri.toString() },
    position: { line: editor.selection.active.line, character: editor.selection.active.character },
  });
  if (!passages.length) {
    void vscode.window.showInformationMessage('No other source tells this sentence.');
    return;
  }
  const chosen =
    passages.length === 1
      ? passages[0]
      : (
          await vscode.window.showQuickPick(
            // Best first, as the server orders them, each with its strength and what it shares.
            passages.map((p) => ({ label: p.label, description: p.note, detail: p.text, passage: p })),
            { placeHolder: 'Compare with which source? (best match first)', matchOnDetail: true },
          )
        )?.passage;
  if (!chosen) return;
  const range = toRange(chosen.range);
  const other = await vscode.window.showTextDocument(vscode.Uri.parse(chosen.uri), {
    viewColumn: vscode.ViewColumn.Beside,
    selection: range,
    preserveFocus: false,
  });
  other.revealRange(range, vscode.TextEditorRevealType.InCenter);
  other.setDecorations(highlight, [range]);
}

/**
 * Export Report: the source matrix and the timeline of a workspace folder as one HTML page (links
 * open the sources) or Markdown, rendered by the same code as `corroborate report`, saved where the
 * user says. Confirmed discrepancies are marked in it; conflicts marked "not a conflict" are not.
 */
async function exportReport(client: LanguageClient, started: Promise<void>): Promise<void> {
  await started;
  const folders = vscode.workspace.workspaceFolders ?? [];
  const folder = folders.length > 1 ? await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Report on which folder?' }) : folders[0];
  if (folders.length > 1 && !folder) return;
  const format = await vscode.window.showQuickPick(
    [
      { label: 'HTML', description: 'one page: the source matrix and the timeline', ext: 'html' },
      { label: 'Markdown', description: 'tables, for a document or a ticket', ext: 'md' },
    ],
    { placeHolder: 'Export the report as' },
  );
  if (!format) return;
  const model = await client.sendRequest<ViewModel | null>(ViewsRequest, folder ? { uri: folder.uri.toString() } : {});
  if (!model) {
    void vscode.window.showInformationMessage('Corroborate: no sources read yet, so there is nothing to report.');
    return;
  }
  const base = folder?.uri ?? vscode.Uri.file(homedir());
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(base, `corroborate-report.${format.ext}`),
    filters: format.ext === 'html' ? { HTML: ['html'] } : { Markdown: ['md'] },
    saveLabel: 'Export',
  });
  if (!target) return;
  const text = renderReportPage(model, format.ext === 'html' ? 'html' : 'markdown');
  await vscode.workspace.fs.writeFile(target, Buffer.from(text, 'utf8'));
  const open = await vscode.window.showInformationMessage(`Corroborate: report written to ${vscode.workspace.asRelativePath(target)}.`, 'Open');
  if (open) await vscode.commands.executeCommand('vscode.open', target);
}

/**
 * Next / Previous Conflict: moves to the next (or previous) conflict Corroborate reports, in file
 * order across the whole workspace, and wraps around. The built-in Go to Next Problem in Files (F8)
 * cannot be limited to one extension's diagnostics, so this command picks them itself.
 * Conflicts are the warnings and errors in the Problems panel; updates and single-source claims,
 * which are information, are skipped.
 */
async function stepConflict(direction: 1 | -1): Promise<void> {
  const all: Array<{ uri: vscode.Uri; range: vscode.Range; message: string }> = [];
  for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
    for (const d of diagnostics) {
      if (d.source === 'corroborate' && d.severity <= vscode.DiagnosticSeverity.Warning) all.push({ uri, range: d.range, message: d.message });
    }
  }
  if (!all.length) {
    void vscode.window.showInformationMessage('Corroborate: no conflicts in this workspace.');
    return;
  }
  const key = (u: vscode.Uri) => u.toString();
  // One stop per place: two diagnostics starting at one position are one step.
  const seen = new Set<string>();
  for (let i = all.length - 1; i >= 0; i--) {
    const k = `${key(all[i]!.uri)}#${all[i]!.range.start.line}:${all[i]!.range.start.character}`;
    if (seen.has(k)) all.splice(i, 1);
    else seen.add(k);
  }
  all.sort((a, b) => (key(a.uri) < key(b.uri) ? -1 : key(a.uri) > key(b.uri) ? 1 : a.range.start.compareTo(b.range.start)));
  const editor = vscode.window.activeTextEditor;
  const here = editor ? { uri: key(editor.document.uri), at: editor.selection.active } : undefined;
  // The first conflict after the cursor (before it, going back); the first (last) when none is.
  const after = (c: (typeof all)[number]) => !here || key(c.uri) > here.uri || (key(c.uri) === here.uri && c.range.start.isAfter(here.at));
  const before = (c: (typeof all)[number]) => !here || key(c.uri) < here.uri || (key(c.uri) === here.uri && c.range.start.isBefore(here.at));
  const target = direction === 1 ? (all.find(after) ?? all[0]!) : ([...all].reverse().find(before) ?? all[all.length - 1]!);
  const shown = await vscode.window.showTextDocument(target.uri, { selection: new vscode.Range(target.range.start, target.range.start), preview: true });
  shown.revealRange(target.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  vscode.window.setStatusBarMessage(`Corroborate: ${target.message.split('\n')[0]}`, 8000);
}

function showStatus(item: vscode.StatusBarItem, s: StatusParams): void {
  const sources = `${s.documents} ${s.documents === 1 ? 'source' : 'sources'}`;
  const conflicts = `${s.problems} ${s.problems === 1 ? 'conflict' : 'conflicts'}`;
  if (s.state === 'reading') {
    item.text = `$(sync~spin) Corroborate: reading ${sources}`;
  } else if (s.state === 'analysing') {
    item.text = `$(sync~spin) Corroborate: analysing`;
  } else {
    item.text = `$(checklist) ${sources}, ${conflicts}`;
  }
  const shown = `${s.diagnostics} ${s.diagnostics === 1 ? 'diagnostic' : 'diagnostics'} in the Problems panel`;
  item.tooltip = `Corroborate: ${sources} read, ${conflicts} found (${shown})${s.skipped ? `, ${s.skipped} files skipped (see the output)` : ''}. Click for the output.`;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
