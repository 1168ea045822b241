/**
 * The VS Code side of Corroborate: starts the bundled language server over IPC, shows the corpus's
 * state in the status bar, and offers two commands. Everything else happens in the server.
 */
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { OpenPassageCommand, ReanalyzeRequest, StatusNotification, type StatusParams } from '../../server/src/protocol';

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
  };
  client = new LanguageClient('corroborate', 'Corroborate', serverOptions, clientOptions);

  const status = vscode.window.createStatusBarItem('corroborate.status', vscode.StatusBarAlignment.Left, 10);
  status.name = 'Corroborate';
  status.command = 'corroborate.showOutput';
  status.text = '$(sync~spin) Corroborate';
  status.tooltip = 'Corroborate: starting';
  status.show();

  context.subscriptions.push(
    output,
    status,
    vscode.commands.registerCommand('corroborate.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('corroborate.reanalyze', async () => {
      await client?.sendRequest(ReanalyzeRequest);
    }),
    client.onNotification(StatusNotification, (s: StatusParams) => showStatus(status, s)),
    vscode.commands.registerCommand(OpenPassageCommand, async (uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }) => {
      const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
      await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection, preview: true });
    }),
  );
  await client.start();
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
  item.tooltip = `Corroborate: ${sources} read, ${conflicts} found${s.skipped ? `, ${s.skipped} files skipped (see the output)` : ''}. Click for the output.`;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
