/**
 * The server's state: one corpus per workspace folder (multi-root), the editor's open buffers over
 * the disk's files, settings per folder, and publishing diagnostics for every affected file.
 * Feature handlers ask it for a document's analysis; none of them analyses anything itself.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import {
  type Connection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  type DidChangeWatchedFilesParams,
  FileChangeType,
  type InitializeParams,
  TextDocuments,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { toDiagnostic } from './convert';
import { DEFAULT_SETTINGS, parseSettings, sameScanOptions, type Settings } from './config';
import { Corpus, type DocumentAnalysis, FileFilter, type FileAccess, type Finding, readSource, scanFolder, severityOf, conflictKinds, countConflictClusters, countConflicts, type Verdict, WHOLE_FOLDER_LIMIT } from './engine';
import { NodeFileAccess } from './node-files';
import { type StatusParams, StatusNotification, ViewsChangedNotification } from './protocol';
import { type ReviewRecord, ReviewStore } from './reviews';
import { UriMap } from './uris';

/** How long typing must pause before an edited document is analysed again. */
const EDIT_DEBOUNCE_MS = 150;

/** A workspace folder and its corpus. Documents outside every folder share a folder of their own. */
export class Folder {
  readonly corpus = new Corpus();
  settings: Settings = DEFAULT_SETTINGS;
  filter = new FileFilter(DEFAULT_SETTINGS.scan.include, DEFAULT_SETTINGS.scan.exclude);
  /** Files skipped, by path, with the reason. */
  readonly skipped = new Map<string, string>();
  /** Documents with diagnostics published: a signature of what was sent, how many, and from which findings. */
  readonly published = new Map<string, { sig: string; count: number; from: readonly Finding[] | undefined }>();
  /** Reviewed conflicts (folders on disk only). */
  readonly reviews: ReviewStore | undefined;
  /** Increases whenever a diagnostic of the folder changes (a review, a setting): views are built again. */
  stamp = 0;
  /** The corpus generation and stamp open views last heard of. */
  viewsHeard = '';
  /** The folder's conflicts (countConflicts), as of a `version`. */
  conflicts = { at: '', n: 0 };

  /** Changes whenever its texts or any of its diagnostics do: what the views and the count are of. */
  get version(): string {
    return `${this.corpus.generation}|${this.stamp}`;
  }

  constructor(
    readonly uri: string | undefined,
    readonly root: string | undefined,
  ) {
    this.reviews = root !== undefined ? new ReviewStore(root) : undefined;
    const store = this.reviews;
    if (store) this.corpus.setVerdicts((key) => store.verdictOf(key));
  }

  /** The path relative to this folder's root, or `undefined` when outside it. */
  relative(p: string): string | undefined {
    if (this.root === undefined) return path.basename(p);
    const rel = path.relative(this.root, p);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
    return rel.split(path.sep).join('/');
  }

  /** Whether a file of this folder is a source under the folder's settings. */
  accepts(p: string): boolean {
    const rel = this.relative(p);
    return rel !== undefined && (this.root === undefined || this.filter.matches(rel));
  }
}

/**
 * How long the server waits after the last change before it counts conflicts again: longer than the
 * pause between keystrokes, so that typing never waits for a count (measured on generated folders:
 * gathering the groups of 200 sources took 256 ms, the clusters of 1,000 about 30 ms).
 */
const COUNT_DELAY_MS = 750;

export class Session {
  readonly documents = new TextDocuments(TextDocument);
  readonly uris = new UriMap();
  private folders: Folder[] = [];
  private readonly loose = new Folder(undefined, undefined);
  private readonly pending = new Map<string, NodeJS.Timeout>();
  /** When each document's edits were last analysed. */
  private readonly lastFlush = new Map<string, number>();
  private readonly access: FileAccess;
  private capabilities = { configuration: false, watchedFiles: false, dynamicConfiguration: false };
  private docsUri: string | undefined;
  private reading = 0;
  private scanGeneration = 0;
  private watcherRegistration: { dispose(): void } | undefined;
  /** Resolves when the initial scan of every folder has ended. */
  ready: Promise<void> = Promise.resolve();

  constructor(
    readonly connection: Connection,
    access?: FileAccess,
  ) {
    this.access = access ?? new NodeFileAccess();
    // The README the diagnostics' code links lead to: beside dist/ (vsce stores it as readme.md).
    const readme = ['README.md', 'readme.md'].map((n) => path.join(__dirname, '..', n)).find((p) => existsSync(p));
    this.docsUri = readme ? URI.file(readme).toString() : undefined;
  }

  initialize(params: InitializeParams): void {
    const caps = params.capabilities;
    this.capabilities = {
      configuration: !!caps.workspace?.configuration,
      watchedFiles: !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration,
      dynamicConfiguration: !!caps.workspace?.didChangeConfiguration?.dynamicRegistration,
    };
    const folders: WorkspaceFolder[] =
      params.workspaceFolders ??
      (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : params.rootPath ? [{ uri: URI.file(params.rootPath).toString(), name: 'root' }] : []);
    this.setFolders(folders);
  }

  /** After `initialized`: settings, watchers, the initial scan. */
  async start(): Promise<void> {
    if (this.capabilities.dynamicConfiguration) {
      void this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'corroborate' });
    }
    this.ready = this.rescanAll();
    await this.ready;
  }

  private setFolders(folders: readonly WorkspaceFolder[]): void {
    const next: Folder[] = [];
    for (const f of folders) {
      const p = this.uris.toPath(f.uri);
      if (p === undefined) continue;
      next.push(this.folders.find((old) => old.root === p) ?? new Folder(f.uri, p));
    }
    // Deepest first, so a nested folder wins over the one that contains it.
    this.folders = next.sort((a, b) => b.root!.length - a.root!.length);
  }

  async changeFolders(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): Promise<void> {
    const removedPaths = new Set(removed.map((f) => this.uris.toPath(f.uri)));
    for (const f of this.folders.filter((f) => removedPaths.has(f.root))) this.clearFolder(f);
    const keep = this.folders.filter((f) => !removedPaths.has(f.root)).map((f) => ({ uri: f.uri!, name: '' }));
    this.setFolders([...keep, ...added]);
    const fresh = this.folders.filter((f) => added.some((a) => this.uris.toPath(a.uri) === f.root));
    await Promise.all(fresh.map((f) => this.scan(f)));
    this.sendStatus();
  }

  allFolders(): readonly Folder[] {
    return [...this.folders, this.loose];
  }

  /** The workspace folder of a file (or the folder whose root `p` is, first), else the folder of loose files. */
  folderOf(p: string): Folder {
    return this.folders.find((f) => f.root === p) ?? this.folders.find((f) => f.relative(p) !== undefined) ?? this.loose;
  }

  /**
   * The current analysis of a document, with pending edits analysed first, so that answers match
   * what the editor shows.
   */
  analysis(uri: string): { folder: Folder; doc: DocumentAnalysis } | undefined {
    const p = this.uris.toPath(uri);
    if (p === undefined) return undefined;
    if (this.pending.has(uri)) this.flush(uri);
    const folder = this.folderOf(p);
    const doc = folder.corpus.get(p);
    return doc ? { folder, doc } : undefined;
  }

  // ---- settings -------------------------------------------------------------------------------

  private async fetchSettings(folder: Folder): Promise<Settings> {
    if (!this.capabilities.configuration || folder.uri === undefined) return DEFAULT_SETTINGS;
    try {
      const raw = await this.connection.workspace.getConfiguration({ scopeUri: folder.uri, section: 'corroborate' });
      return parseSettings(raw);
    } catch (e) {
      this.connection.console.warn(`Could not read the settings of ${folder.root}: ${String(e)}; using the defaults.`);
      return DEFAULT_SETTINGS;
    }
  }

  /** Settings changed: rescan folders whose file selection changed, republish the others. */
  async configurationChanged(): Promise<void> {
    for (const folder of this.folders) {
      const next = await this.fetchSettings(folder);
      const rescan = !sameScanOptions(next.scan, folder.settings.scan);
      this.applySettings(folder, next);
      if (rescan) await this.scan(folder);
      else this.refresh(folder);
    }
    await this.registerWatchers();
    this.sendStatus();
  }

  private applySettings(folder: Folder, settings: Settings): void {
    folder.settings = settings;
    folder.corpus.setSingleSource(severityOf('single-source', settings.severity) !== 'off');
    // Severities may differ: every document's diagnostics are converted again on the next refresh.
    for (const entry of folder.published.values()) entry.from = undefined;
    folder.filter = new FileFilter(settings.scan.include, settings.scan.exclude);
  }

  private async registerWatchers(): Promise<void> {
    if (!this.capabilities.watchedFiles) return;
    const globs = new Set<string>();
    for (const f of this.folders) for (const g of f.settings.scan.include) globs.add(g);
    if (globs.size === 0) globs.add('**/*.txt');
    globs.add('**/.corroborate/reviews.json');
    const old = this.watcherRegistration;
    this.watcherRegistration = await this.connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [...globs].map((globPattern) => ({ globPattern })),
    });
    old?.dispose();
  }

  // ---- reading the workspace -----------------------------------------------------------------

  /** Reads every folder again from disk (the initial scan, and the "Re-analyse" command). */
  async rescanAll(): Promise<void> {
    for (const folder of this.folders) this.applySettings(folder, await this.fetchSettings(folder));
    await this.registerWatchers();
    const generation = ++this.scanGeneration;
    const progress = await this.connection.window.createWorkDoneProgress();
    progress.begin('Corroborate', 0, 'Reading sources', true);
    try {
      for (const [i, folder] of this.folders.entries()) {
        if (generation !== this.scanGeneration) break;
        const name = path.basename(folder.root!);
        await this.scan(
          folder,
          (n, total) => {
            if (n % 25 === 0 || n === total - 1) {
              const share = total ? n / total : 1;
              progress.report(Math.round((100 * (i + share)) / this.folders.length), `${name}: ${n + 1} of ${total} files`);
            }
          },
          () => progress.token.isCancellationRequested || generation !== this.scanGeneration,
        );
      }
    } finally {
      progress.done();
    }
    // Open documents outside every folder.
    for (const d of this.documents.all()) {
      const p = this.uris.toPath(d.uri);
      if (p !== undefined && this.folderOf(p) === this.loose) this.setText(this.loose, p, d.getText());
    }
    this.refresh(this.loose);
    this.sendStatus();
  }

  /** Reads one folder, keeping open buffers over the disk, and drops documents no longer there. */
  async scan(folder: Folder, onFile?: (done: number, total: number) => void, isCancelled?: () => boolean): Promise<void> {
    if (folder.root === undefined) return;
    this.reading++;
    this.sendStatus();
    const seen = new Set<string>();
    folder.skipped.clear();
    try {
      // Open documents first: the user is looking at them. Each source is analysed as soon as it is
      // read, between reads, so hovers and definitions answer for what is read while the scan goes on.
      for (const d of this.documents.all()) {
        const p = this.uris.toPath(d.uri);
        if (p !== undefined && this.folderOf(p) === folder && folder.accepts(p)) folder.corpus.set(p, d.getText());
      }
      const result = await scanFolder(
        this.access,
        folder.root,
        folder.settings.scan,
        {
          document: (p, text) => {
            seen.add(p);
            folder.corpus.set(p, this.openText(p) ?? text);
          },
          progress: onFile,
          skipped: (p, reason) => {
            folder.skipped.set(p, reason);
            this.connection.console.warn(`${p}: ${reason}`);
          },
        },
        isCancelled,
      );
      if (result.cancelled) this.connection.console.info(`Reading ${folder.root} was cancelled after ${result.read} files.`);
      // Open buffers of this folder that the disk does not have (new, unsaved files).
      for (const d of this.documents.all()) {
        const p = this.uris.toPath(d.uri);
        if (p !== undefined && this.folderOf(p) === folder && folder.accepts(p)) seen.add(p);
      }
      for (const id of folder.corpus.ids()) if (!seen.has(id) && !result.cancelled) folder.corpus.delete(id);
      this.connection.console.info(
        `${folder.root}: ${folder.corpus.size} sources read${folder.skipped.size ? `, ${folder.skipped.size} skipped` : ''}.`,
      );
    } finally {
      this.reading--;
    }
    await this.loadReviews(folder);
    // Compare and align in slices, answering requests between them.
    await folder.corpus.prepare(() => new Promise((resolve) => setImmediate(resolve)));
    this.refresh(folder);
  }

  private clearFolder(folder: Folder): void {
    for (const p of folder.published.keys()) this.connection.sendDiagnostics({ uri: this.uris.toUri(p), diagnostics: [] });
    folder.published.clear();
  }

  // ---- reviews ---------------------------------------------------------------------------------

  private async loadReviews(folder: Folder): Promise<void> {
    const store = folder.reviews;
    if (!store) return;
    const before = store.problem;
    await store.load();
    if (store.problem && store.problem !== before) this.reportReviewProblem(store.file, store.problem);
    folder.corpus.setVerdicts((key) => store.verdictOf(key));
  }

  private reportReviewProblem(file: string, problem: string): void {
    const message = `${file} ${problem}. Corroborate keeps the file as it is and records no new reviews until it is mended.`;
    this.connection.console.error(message);
    void this.connection.window.showErrorMessage(message);
  }

  /**
   * Records a verdict on conflicts, in the folder of `uri`: 'dismissed' (not a conflict: their
   * diagnostics go away), 'confirmed' (they stay, marked), or 'reset' (the verdict is taken back).
   */
  async setVerdict(uri: string, keys: readonly string[], verdict: Verdict | 'reset', kind: string, passages: readonly string[]): Promise<boolean> {
    const p = this.uris.toPath(uri);
    if (p === undefined || !keys.length) return false;
    const folder = this.folderOf(p);
    const store = folder.reviews;
    if (!store) {
      void this.connection.window.showWarningMessage('Verdicts are recorded in a workspace folder; this file is outside every folder.');
      return false;
    }
    const now = new Date().toISOString();
    try {
      if (verdict === 'reset') await store.remove(keys);
      else await store.add(keys.map((key) => ({ key, kind, passages, reviewedAt: now, verdict })));
    } catch (e) {
      const message = `Could not record the verdict: ${(e as Error).message}`;
      this.connection.console.error(message);
      void this.connection.window.showErrorMessage(message);
      return false;
    }
    folder.corpus.setVerdicts((key) => store.verdictOf(key));
    this.refresh(folder);
    this.sendStatus();
    return true;
  }

  /** The verdicts recorded in every folder, newest first. */
  verdicts(): Array<ReviewRecord & { folder: string }> {
    const out: Array<ReviewRecord & { folder: string }> = [];
    for (const f of this.allFolders()) for (const r of f.reviews?.all() ?? []) out.push({ ...r, folder: f.uri ?? '' });
    return out.sort((a, b) => (a.reviewedAt < b.reviewedAt ? 1 : a.reviewedAt > b.reviewedAt ? -1 : 0));
  }

  private openText(p: string): string | undefined {
    return this.documents.get(this.uris.toUri(p))?.getText();
  }

  // ---- editor events -------------------------------------------------------------------------

  /**
   * A document was opened or edited. The first change after a quiet spell is analysed at once (on
   * the next turn, so that changes arriving together count once); changes that follow within
   * EDIT_DEBOUNCE_MS wait for a pause in typing. A burst of keystrokes thus costs two analyses,
   * never one per keystroke.
   */
  documentChanged(uri: string): void {
    const old = this.pending.get(uri);
    if (old) clearTimeout(old);
    const quiet = performance.now() - (this.lastFlush.get(uri) ?? -Infinity) > EDIT_DEBOUNCE_MS;
    this.pending.set(
      uri,
      setTimeout(() => this.flush(uri), quiet && !old ? 0 : EDIT_DEBOUNCE_MS),
    );
  }

  /** Analyses a pending edit now. */
  flush(uri: string): void {
    const timer = this.pending.get(uri);
    if (timer) clearTimeout(timer);
    this.pending.delete(uri);
    this.lastFlush.set(uri, performance.now());
    const d = this.documents.get(uri);
    const p = this.uris.toPath(uri);
    if (!d || p === undefined) return;
    const folder = this.folderOf(p);
    if (!folder.accepts(p)) return;
    folder.corpus.set(p, d.getText());
    // An open document always gets its diagnostics published, even when nothing changed.
    this.refresh(folder, [p]);
    this.sendStatus();
  }

  /** A document was closed: the disk's version counts again. */
  async documentClosed(uri: string): Promise<void> {
    const timer = this.pending.get(uri);
    if (timer) clearTimeout(timer);
    this.pending.delete(uri);
    this.lastFlush.delete(uri);
    const p = this.uris.toPath(uri);
    if (p === undefined) return;
    await this.reloadFromDisk(this.folderOf(p), p);
  }

  async watchedFilesChanged(params: DidChangeWatchedFilesParams): Promise<void> {
    for (const change of params.changes) {
      const p = this.uris.toPath(change.uri);
      if (p === undefined) continue;
      const folder = this.folderOf(p);
      if (folder.reviews && p === folder.reviews.file) {
        await this.loadReviews(folder);
        this.refresh(folder);
        continue;
      }
      if (folder === this.loose || !folder.accepts(p)) continue;
      if (change.type === FileChangeType.Deleted) {
        // An open buffer keeps its text: the user may save it again.
        if (this.documents.get(this.uris.toUri(p))) continue;
        this.remove(folder, p);
      } else if (!this.documents.get(this.uris.toUri(p))) {
        await this.reloadFromDisk(folder, p);
      }
    }
    this.sendStatus();
  }

  private async reloadFromDisk(folder: Folder, p: string): Promise<void> {
    if (!folder.accepts(p)) {
      this.remove(folder, p);
      return;
    }
    const r = await readSource(this.access, p, undefined, folder.settings.scan.maxFileSize);
    if (r.ok) {
      folder.skipped.delete(p);
      this.setText(folder, p, r.text);
    } else {
      if (!r.reason.includes('no such file')) {
        folder.skipped.set(p, r.reason);
        this.connection.console.warn(`${p}: ${r.reason}`);
      }
      this.remove(folder, p);
    }
    this.sendStatus();
  }

  private setText(folder: Folder, p: string, text: string): void {
    if (folder.corpus.set(p, text).changed.length) this.refresh(folder);
  }

  private remove(folder: Folder, p: string): void {
    if (folder.corpus.delete(p).changed.length) this.refresh(folder);
  }

  // ---- publishing ----------------------------------------------------------------------------

  /**
   * Publishes the diagnostics of every document of the folder whose diagnostics differ from what
   * was last sent (a change in one file updates every file it touches), and of `force` documents
   * (an opened document always hears back).
   */
  refresh(folder: Folder, force: Iterable<string> = []): void {
    const forced = new Set(force);
    const corpus = folder.corpus;
    const ids = new Set<string>([...corpus.documents(), ...folder.published.keys(), ...forced]);
    for (const id of ids) {
      const doc = corpus.get(id);
      const uri = this.uris.toUri(id);
      const last = folder.published.get(id);
      if (!doc) {
        if (folder.published.delete(id) || forced.has(id)) this.connection.sendDiagnostics({ uri, diagnostics: [] });
        continue;
      }
      const findings = corpus.findingsFor(id);
      // The corpus hands out the same array while a document's findings stay the same.
      if (!forced.has(id) && (last ? last.from === findings : findings.length === 0)) continue;
      const diagnostics = [];
      for (const f of findings) {
        const severity = severityOf(f.kind, folder.settings.severity);
        if (severity === 'off') continue;
        diagnostics.push(toDiagnostic(f, severity, doc, (other) => corpus.get(other), this.uris, this.docsUri));
      }
      const sig = JSON.stringify(diagnostics);
      if (!forced.has(id) && (last?.sig ?? '[]') === sig) {
        if (last) last.from = findings;
        continue;
      }
      const version = this.documents.get(uri)?.version;
      this.connection.sendDiagnostics({ uri, diagnostics, ...(version !== undefined ? { version } : {}) });
      folder.stamp++;
      // The status bar counts conflicts; claims of one source are no conflicts.
      const count = diagnostics.filter((d) => d.code !== 'single-source').length;
      if (diagnostics.length) folder.published.set(id, { sig, count, from: findings });
      else folder.published.delete(id);
    }
    this.viewsChanged(folder);
  }

  private viewsTimer: NodeJS.Timeout | undefined;
  private readonly viewsDue = new Set<Folder>();

  /** Tells open views that a folder changed, at most every 300 ms. */
  private viewsChanged(folder: Folder): void {
    const heard = folder.version;
    if (folder.viewsHeard === heard) return;
    folder.viewsHeard = heard;
    this.viewsDue.add(folder);
    if (this.viewsTimer) return;
    this.viewsTimer = setTimeout(() => {
      this.viewsTimer = undefined;
      const due = [...this.viewsDue];
      this.viewsDue.clear();
      for (const f of due) void this.connection.sendNotification(ViewsChangedNotification, { folder: f.uri ?? null });
    }, 300);
  }

  sendStatus(): void {
    let documents = 0;
    let skipped = 0;
    let diagnostics = 0;
    let conflicts = 0;
    const state = this.state();
    for (const f of this.allFolders()) {
      documents += f.corpus.size;
      skipped += f.skipped.size;
      for (const n of f.published.values()) diagnostics += n.count;
      // Counted once the folder is read and analysed, and off the path of an edit: the count
      // gathers the folder's claim groups, so it waits until the typing stops (COUNT_DELAY_MS) and
      // the status shows the last count meanwhile.
      const at = f.version;
      // Never counted yet (the folder was just read): at once, so the status never shows a false 0.
      if (state === 'idle' && f.conflicts.at === '') f.conflicts = { at, n: this.count(f) };
      else if (state === 'idle' && f.conflicts.at !== at) this.countSoon();
      conflicts += f.conflicts.n;
    }
    const params: StatusParams = { state, documents, skipped, problems: conflicts, diagnostics };
    void this.connection.sendNotification(StatusNotification, params);
  }

  private state(): StatusParams['state'] {
    return this.reading > 0 ? 'reading' : this.pending.size > 0 ? 'analysing' : 'idle';
  }

  private countTimer: NodeJS.Timeout | undefined;

  /** Counts every folder's conflicts again after COUNT_DELAY_MS of quiet, then sends the status. */
  private countSoon(): void {
    if (this.countTimer) clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => {
      this.countTimer = undefined;
      if (this.state() !== 'idle') return; // the next idle status asks again
      for (const f of this.allFolders()) {
        const at = f.version;
        if (f.conflicts.at === at) continue;
        f.conflicts = { at, n: this.count(f) };
      }
      this.sendStatus();
    }, COUNT_DELAY_MS);
  }

  /**
   * A folder's conflicts. A folder whose matrix is the whole folder's counts its rows; a larger one,
   * whose matrix shows one source at a time, counts clusters of disagreeing claims, which costs no
   * more than its findings (countConflictClusters).
   */
  private count(f: Folder): number {
    const kinds = conflictKinds(f.settings.severity);
    return f.corpus.size <= WHOLE_FOLDER_LIMIT ? countConflicts(f.corpus, kinds) : countConflictClusters(f.corpus, kinds);
  }

  dispose(): void {
    if (this.countTimer) clearTimeout(this.countTimer);
    if (this.viewsTimer) clearTimeout(this.viewsTimer);
    for (const t of this.pending.values()) clearTimeout(t);
    this.pending.clear();
  }
}
