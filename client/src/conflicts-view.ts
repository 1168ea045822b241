/**
 * The Conflicts view (its own container in the activity bar): one node per conflict, that is per
 * disagreement (a row of the source matrix: claims of several sources about one thing), with its
 * sources as children, the value as written and normalised, the majority (✓) and the odd one out
 * (✗) told apart; a click opens the passage. Verdicts are inline actions: Confirmed Discrepancy
 * (stays, marked, goes into the report), Not a Conflict (hidden), Reset. A Reviewed node lists every
 * verdict, newest first, each with Undo. Everything is computed in the server: this asks for the
 * view model (the one the matrix shows) and the verdicts, and sends verdicts back.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  OpenPassageCommand,
  SetVerdictCommand,
  type VerdictChoice,
  type VerdictEntry,
  VerdictsRequest,
  ViewsChangedNotification,
  ViewsRequest,
  type ViewsParams,
} from '../../server/src/protocol';
import type { ViewEntry, ViewModel, ViewRow } from '../../server/src/views/model';

export const CONFLICTS_VIEW = 'corroborate.conflicts';

type Node =
  | { readonly type: 'conflict'; readonly row: ViewRow; readonly model: ViewModel }
  | { readonly type: 'source'; readonly entry: ViewEntry; readonly source: number; readonly model: ViewModel; readonly parent: Node }
  | { readonly type: 'reviewed'; readonly verdicts: readonly Given[] }
  | { readonly type: 'verdict'; readonly verdict: Given; readonly parent: Node };

/** A verdict as the user gave it: on a conflict node, one record per pair of the conflict. */
interface Given extends VerdictEntry {
  readonly keys: readonly string[];
}

/** Records given together (one folder, one time, one verdict, the same passages) are one verdict. */
function given(entries: readonly VerdictEntry[]): Given[] {
  const out = new Map<string, Given & { keys: string[] }>();
  for (const e of entries) {
    const id = JSON.stringify([e.folder, e.reviewedAt, e.verdict, e.kind, e.passages]);
    const g = out.get(id);
    if (g) g.keys.push(e.key);
    else out.set(id, { ...e, keys: [e.key] });
  }
  return [...out.values()];
}

/** The first file of a row (a verdict is recorded in that file's workspace folder). */
function rowUri(node: Node & { type: 'conflict' }): string | undefined {
  const cell = node.row.cells[0];
  return cell ? node.model.sources[cell.source]?.href : undefined;
}

function shorten(text: string, n = 80): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 1).trimEnd() + '…' : t;
}

export class ConflictsView implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private models: ViewModel[] = [];
  private verdicts: VerdictEntry[] = [];
  private reviewedNode: Node & { type: 'reviewed' } = { type: 'reviewed', verdicts: [] };
  private loading: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  readonly view: vscode.TreeView<Node>;

  constructor(
    private readonly client: LanguageClient,
    private readonly started: Promise<void>,
    context: vscode.ExtensionContext,
  ) {
    this.view = vscode.window.createTreeView(CONFLICTS_VIEW, { treeDataProvider: this, showCollapseAll: true });
    context.subscriptions.push(
      this.view,
      this.changed,
      client.onNotification(ViewsChangedNotification, () => this.refreshSoon()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.refreshSoon()),
      // Hidden, the view asks nothing (a large folder's model costs the server seconds); shown, it catches up.
      this.view.onDidChangeVisibility((e) => e.visible && this.stale && this.refreshSoon()),
      { dispose: () => this.timer && clearTimeout(this.timer) },
    );
    this.refreshSoon();
  }

  private stale = true;

  /** Asks the server again (at most every 300 ms), if the view is shown; else when it is next shown. */
  refreshSoon(): void {
    this.stale = true;
    if (!this.view.visible) return;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.loading = this.load();
    }, 300);
  }

  private sequence = 0;

  private async load(): Promise<void> {
    this.stale = false;
    // Loads may overlap (a timer, a verdict, the view shown): only the latest one's answer is kept.
    const mine = ++this.sequence;
    await this.started;
    const folders = vscode.workspace.workspaceFolders ?? [];
    const asks: ViewsParams[] = folders.length ? folders.map((f) => ({ uri: f.uri.toString() })) : [{}];
    const models = await Promise.all(asks.map((p) => this.client.sendRequest<ViewModel | null>(ViewsRequest, p).catch(() => null)));
    const verdicts = await this.client.sendRequest<VerdictEntry[]>(VerdictsRequest).catch(() => []);
    if (mine !== this.sequence) return;
    this.models = models.filter((m): m is ViewModel => m !== null);
    this.verdicts = verdicts;
    this.reviewedNode = { type: 'reviewed', verdicts: given(this.verdicts) };
    const n = this.conflictNodes().length;
    this.count(n);
    this.view.message = this.models.length ? (n ? undefined : 'No conflicts between the sources.') : 'No sources read yet.';
    this.changed.fire(undefined);
  }

  /** Shows the number of conflicts on the view's icon (from the status too, while the view is hidden). */
  count(n: number): void {
    this.view.badge = n ? { value: n, tooltip: `${n} ${n === 1 ? 'conflict' : 'conflicts'}` } : undefined;
  }

  /** Waits for the view to hold the server's latest answer (for commands run right after a change). */
  async ready(): Promise<void> {
    if (this.stale || this.timer) {
      if (this.timer) clearTimeout(this.timer);
      this.timer = undefined;
      this.loading = this.load();
    }
    await this.loading;
  }

  private conflictNodes(): Array<Node & { type: 'conflict' }> {
    const out: Array<Node & { type: 'conflict' }> = [];
    for (const model of this.models) for (const row of model.matrix.rows) if (row.counted) out.push({ type: 'conflict', row, model });
    return out;
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      const top: Node[] = this.conflictNodes();
      if (this.verdicts.length) top.push(this.reviewedNode);
      return top;
    }
    if (node.type === 'conflict') {
      const out: Node[] = [];
      for (const cell of node.row.cells) for (const entry of cell.entries) out.push({ type: 'source', entry, source: cell.source, model: node.model, parent: node });
      return out;
    }
    if (node.type === 'reviewed') return node.verdicts.map((verdict) => ({ type: 'verdict', verdict, parent: node }));
    return [];
  }

  getParent(node: Node): Node | undefined {
    return node.type === 'source' || node.type === 'verdict' ? node.parent : undefined;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.type) {
      case 'conflict': {
        const { row } = node;
        const item = new vscode.TreeItem(`${row.label}${row.context ? ` · ${row.context}` : ''}`, vscode.TreeItemCollapsibleState.Collapsed);
        const sources = new Set(row.cells.map((c) => c.source)).size;
        const odd = row.cells.flatMap((c) => c.entries).filter((e) => e.status === 'conflict').length;
        const state = row.verdict === 'confirmed' ? 'confirmed discrepancy' : row.noMajority ? 'no majority' : `${odd} odd one${odd === 1 ? '' : 's'} out`;
        item.description = `${sources} sources · ${state}`;
        item.iconPath = new vscode.ThemeIcon(row.verdict === 'confirmed' ? 'pass-filled' : 'warning', new vscode.ThemeColor(row.verdict === 'confirmed' ? 'charts.blue' : 'problemsWarningIcon.foreground'));
        item.contextValue = row.verdict === 'confirmed' ? 'conflict-confirmed' : 'conflict';
        item.id = `${rowUri(node) ?? node.model.title}|${row.id}`;
        item.tooltip = new vscode.MarkdownString(
          row.cells
            .flatMap((c) => c.entries.map((e) => `- ${e.status === 'majority' ? '✓' : e.status === 'conflict' ? '✗' : '·'} **${node.model.sources[c.source]?.name ?? ''}**: ${e.text} → ${e.display}`))
            .join('\n'),
        );
        return item;
      }
      case 'source': {
        const { entry, model } = node;
        const source = model.sources[node.source];
        const item = new vscode.TreeItem(source?.name ?? '', vscode.TreeItemCollapsibleState.None);
        item.description = entry.text === entry.display ? entry.text : `${entry.text} → ${entry.display}`;
        const mark = entry.status === 'majority' ? ['pass', 'testing.iconPassed', 'agrees with most sources'] : entry.status === 'conflict' ? ['error', 'problemsErrorIcon.foreground', 'the odd one out'] : ['circle-outline', 'descriptionForeground', entry.status];
        item.iconPath = new vscode.ThemeIcon(mark[0]!, new vscode.ThemeColor(mark[1]!));
        item.tooltip = `${mark[2]}: ${entry.excerpt}`;
        item.contextValue = 'source';
        if (source) {
          const range = { start: { line: entry.at.line, character: entry.at.character }, end: { line: entry.at.endLine, character: entry.at.endCharacter } };
          item.command = { title: 'Open the passage', command: OpenPassageCommand, arguments: [source.href, range] };
        }
        return item;
      }
      case 'reviewed': {
        const item = new vscode.TreeItem('Reviewed', vscode.TreeItemCollapsibleState.Collapsed);
        item.id = 'corroborate.reviewed';
        item.description = `${node.verdicts.length} ${node.verdicts.length === 1 ? 'verdict' : 'verdicts'}`;
        item.iconPath = new vscode.ThemeIcon('checklist');
        item.contextValue = 'reviewed';
        return item;
      }
      case 'verdict': {
        const { verdict } = node;
        const item = new vscode.TreeItem(shorten(verdict.passages[0] ?? verdict.key), vscode.TreeItemCollapsibleState.None);
        const when = new Date(verdict.reviewedAt);
        item.description = `${verdict.verdict === 'confirmed' ? 'confirmed discrepancy' : 'not a conflict'} · ${Number.isNaN(when.getTime()) ? '' : when.toLocaleString()}`;
        item.iconPath = new vscode.ThemeIcon(verdict.verdict === 'confirmed' ? 'pass-filled' : 'circle-slash');
        item.tooltip = [`${verdict.kind}: ${verdict.keys.length} ${verdict.keys.length === 1 ? 'pair' : 'pairs'} of passages`, ...verdict.passages].join('\n');
        item.contextValue = 'verdict';
        return item;
      }
    }
  }

  /** Shows the Reviewed node, opened. */
  async showReviewed(): Promise<void> {
    await vscode.commands.executeCommand(`${CONFLICTS_VIEW}.focus`);
    await this.ready();
    if (!this.verdicts.length) {
      void vscode.window.showInformationMessage('Corroborate: no verdicts given yet.');
      return;
    }
    await this.view.reveal(this.reviewedNode, { expand: true, select: true, focus: true });
  }

  /**
   * Gives a verdict: on a view node (a conflict: all its pairs; a verdict: taken back), or, from the
   * palette or a keybinding, on Corroborate's diagnostics at the cursor.
   */
  async give(verdict: VerdictChoice, node?: Node): Promise<void> {
    let uri: string | undefined;
    let keys: string[] = [];
    let kind = '';
    let passages: string[] = [];
    if (node?.type === 'conflict') {
      uri = rowUri(node);
      keys = [...node.row.keys];
      kind = node.row.kind;
      // The row's name first: the Reviewed node shows it.
      passages = [`${node.row.label}${node.row.context ? ` · ${node.row.context}` : ''}`, ...node.row.cells.flatMap((c) => c.entries.map((e) => `${node.model.sources[c.source]?.name ?? ''}: ${e.text}`))];
    } else if (node?.type === 'verdict') {
      uri = node.verdict.folder;
      keys = [...node.verdict.keys];
      kind = node.verdict.kind;
    } else {
      const editor = vscode.window.activeTextEditor;
      if (editor) {
        const at = editor.selection.active;
        const here = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'corroborate' && d.range.contains(at));
        for (const d of here) {
          const key = (d as vscode.Diagnostic & { data?: { key?: string } }).data?.key;
          if (typeof key === 'string') keys.push(...key.split('\n').filter(Boolean));
        }
        uri = editor.document.uri.toString();
        // A code with a link to the docs comes as { value, target }.
        const code = here[0]?.code;
        kind = String(typeof code === 'object' && code !== null ? code.value : (code ?? ''));
        passages = here.map((d) => d.message);
      }
      if (!keys.length) {
        void vscode.window.showInformationMessage('Corroborate: put the cursor on a conflict (or pick one in the Conflicts view) first.');
        return;
      }
    }
    if (!uri || !keys.length) return;
    await this.client.sendRequest('workspace/executeCommand', { command: SetVerdictCommand, arguments: [uri, keys, verdict, kind, passages] });
    this.loading = this.load();
    await this.loading;
  }
}
