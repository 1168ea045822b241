/**
 * The source matrix and the timeline in a webview panel. The server builds the view model; the page
 * is rendered by the same code as `corroborate report` (server/src/views/html.ts), with a strict
 * Content-Security-Policy, a fresh nonce on every render, scripts enabled and no local resources.
 * The panel follows the workspace: it asks again when the server says a folder changed.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ViewsChangedNotification, ViewsRequest, type ViewsParams } from '../../server/src/protocol';
import { esc, renderHtml } from '../../server/src/views/html';
import type { ViewModel } from '../../server/src/views/model';

export const VIEW_TYPE = 'corroborate.views';
type Tab = 'matrix' | 'timeline';

export class ViewsPanel {
  private static current: ViewsPanel | undefined;
  private model: ViewModel | null = null;
  private shown = '';
  private stale = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  /**
   * Opens the panel (or brings it forward) on `tab`: in the active editor group, where it has the
   * whole width, or beside the editor when asked (Show Source Matrix to the Side).
   */
  static show(client: LanguageClient, started: Promise<void>, tab: Tab, beside = false): void {
    const column = beside ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    if (ViewsPanel.current) {
      const panel = ViewsPanel.current.panel;
      panel.reveal(beside ? column : undefined, false);
      void ViewsPanel.current.selectTab(tab);
      return;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Corroborate', { viewColumn: column, preserveFocus: false }, ViewsPanel.options());
    ViewsPanel.current = new ViewsPanel(panel, client, started, tab);
  }

  /** Restores a panel VS Code kept across a reload. */
  static restore(panel: vscode.WebviewPanel, client: LanguageClient, started: Promise<void>): void {
    panel.webview.options = ViewsPanel.options();
    ViewsPanel.current?.panel.dispose();
    ViewsPanel.current = new ViewsPanel(panel, client, started, undefined);
  }

  private static options(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return { enableScripts: true, localResourceRoots: [], enableFindWidget: true, retainContextWhenHidden: false };
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly client: LanguageClient,
    /** Resolves once the language client runs (a panel restored after a reload may come first). */
    private readonly started: Promise<void>,
    private tab: Tab | undefined,
  ) {
    panel.webview.html = page('<p class="empty">Reading the sources…</p>');
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => void this.open(m)),
      panel.onDidChangeViewState(() => {
        if (panel.visible && this.stale) this.schedule(0);
      }),
      client.onNotification(ViewsChangedNotification, () => this.schedule(250)),
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (e && e.document.uri.scheme === 'file') this.schedule(250);
      }),
    );
    this.schedule(0);
  }

  private schedule(ms: number): void {
    if (!this.panel.visible) {
      this.stale = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), ms);
  }

  private async update(): Promise<void> {
    this.timer = undefined;
    this.stale = false;
    const editor = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors[0];
    const params: ViewsParams = editor && editor.document.uri.scheme === 'file' ? { uri: editor.document.uri.toString() } : {};
    let model: ViewModel | null;
    try {
      await this.started;
      model = await this.client.sendRequest<ViewModel | null>(ViewsRequest, params);
    } catch (e) {
      this.panel.webview.html = page(`<p class="empty">The views could not be built: ${esc(String(e))}</p>`);
      return;
    }
    this.model = model;
    if (!model) {
      this.panel.webview.html = page('<p class="empty">No source read yet. Open a folder of .txt or .md sources.</p>');
      this.shown = '';
      return;
    }
    // Setting the same page again would only lose the reader's scroll position.
    const json = JSON.stringify(model);
    if (json === this.shown) return;
    this.shown = json;
    this.panel.title = model.title.replace(/^Corroborate: /, 'Corroborate · ');
    this.panel.webview.html = renderHtml(model, { mode: 'webview', nonce: randomBytes(16).toString('base64'), cspSource: this.panel.webview.cspSource, ...(this.tab ? { tab: this.tab } : {}) });
    this.tab = undefined;
  }

  private async selectTab(tab: Tab): Promise<void> {
    this.tab = tab;
    await this.panel.webview.postMessage({ type: 'tab', tab });
  }

  /** Opens the passage a cell or a timeline entry stands for. The page only names it by numbers. */
  private async open(m: unknown): Promise<void> {
    const msg = m as { type?: unknown; source?: unknown; line?: unknown; character?: unknown; endLine?: unknown; endCharacter?: unknown };
    if (!msg || msg.type !== 'open' || !this.model) return;
    const n = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined);
    const [source, line, character, endLine, endCharacter] = [n(msg.source), n(msg.line), n(msg.character), n(msg.endLine), n(msg.endCharacter)];
    if (source === undefined || line === undefined || character === undefined || endLine === undefined || endCharacter === undefined) return;
    const target = this.model.sources[source];
    if (!target) return;
    const selection = new vscode.Range(line, character, endLine, endCharacter);
    // In a group other than the panel's, so that the panel stays in view: an editor's group beside
    // it, or a new group beside when the panel has the only one.
    const column = vscode.window.visibleTextEditors.find((e) => e.viewColumn !== this.panel.viewColumn)?.viewColumn ?? vscode.ViewColumn.Beside;
    const editor = await vscode.window.showTextDocument(vscode.Uri.parse(target.href), { selection, viewColumn: column, preview: true });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenter);
  }

  private dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
    if (ViewsPanel.current === this) ViewsPanel.current = undefined;
  }
}

/** A page with a message only (no script). */
function page(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'"><title>Corroborate</title></head><body>${body}</body></html>`;
}
