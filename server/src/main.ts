/**
 * Wires the protocol to the session and the feature handlers. The transport (stdio, node-ipc,
 * socket, pipe) comes from the command line, as vscode-languageserver reads it.
 */
import {
  createConnection,
  type InitializeResult,
  ProposedFeatures,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { registerCodeActions } from './features/code-actions';
import { registerCodeLens } from './features/code-lens';
import { registerDefinition } from './features/definition';
import { registerDocumentSymbols } from './features/document-symbols';
import { registerHighlights } from './features/highlights';
import { registerHover } from './features/hover';
import { registerReferences } from './features/references';
import { LEGEND, registerSemanticTokens } from './features/semantic-tokens';
import { registerViews } from './features/views';
import { registerWorkspaceSymbols } from './features/workspace-symbols';
import { toOffset } from './convert';
import { passageNote, passagesAt } from './features/passages';
import { CorrespondingPassagesRequest, type CorrespondingPassage, type CorrespondingPassagesParams, ReanalyzeRequest, SetVerdictCommand } from './protocol';
import { Session } from './session';

declare const CORROBORATE_VERSION: string | undefined;

export function startServer(): void {
  const connection = createConnection(ProposedFeatures.all);
  const session = new Session(connection);
  let linkSupport = false;
  let folderEvents = false;

  connection.onInitialize((params): InitializeResult => {
    session.initialize(params);
    linkSupport = params.capabilities.textDocument?.definition?.linkSupport === true;
    folderEvents = params.capabilities.workspace?.workspaceFolders === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        documentHighlightProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', ''] },
        executeCommandProvider: { commands: [SetVerdictCommand] },
        semanticTokensProvider: { legend: LEGEND, full: true },
        codeLensProvider: { resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'corroborate', version: typeof CORROBORATE_VERSION === 'string' ? CORROBORATE_VERSION : 'dev' },
    };
  });

  connection.onInitialized(() => {
    // Only clients that support workspace folders may be asked for their changes.
    if (folderEvents) connection.workspace.onDidChangeWorkspaceFolders((e) => void session.changeFolders(e.added, e.removed));
    void session.start().catch((e) => connection.console.error(`Reading the workspace failed: ${String(e)}`));
  });

  session.documents.onDidOpen((e) => session.documentChanged(e.document.uri));
  session.documents.onDidChangeContent((e) => session.documentChanged(e.document.uri));
  session.documents.onDidClose((e) => void session.documentClosed(e.document.uri));
  connection.onDidChangeWatchedFiles((params) => void session.watchedFilesChanged(params));
  connection.onDidChangeConfiguration(() => void session.configurationChanged());
  connection.onRequest(ReanalyzeRequest, async () => {
    await session.rescanAll();
    return null;
  });

  registerHover(connection, session);
  registerDefinition(connection, session, () => linkSupport);
  registerCodeLens(connection, session);
  connection.onRequest(CorrespondingPassagesRequest, (params: CorrespondingPassagesParams): CorrespondingPassage[] => {
    const found = session.analysis(params.textDocument.uri);
    if (!found) return [];
    const { folder, doc } = found;
    return passagesAt(session, folder, doc, toOffset(doc, params.position)).map((p) => {
      const target = folder.corpus.get(p.passage.doc)!;
      const s = target.sentences[p.passage.sentence]!;
      return { uri: p.link.targetUri, range: p.link.targetSelectionRange, label: p.label, text: target.text.slice(s.start, s.end), note: passageNote(folder, doc.id, p.from, p.passage) };
    });
  });
  registerReferences(connection, session);
  registerDocumentSymbols(connection, session);
  registerWorkspaceSymbols(connection, session);
  registerHighlights(connection, session);
  registerCodeActions(connection, session);
  registerSemanticTokens(connection, session);
  registerViews(connection, session);

  connection.onShutdown(() => session.dispose());
  session.documents.listen(connection);
  connection.listen();
}
