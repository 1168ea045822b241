/**
 * A minimal LSP client for tests: starts the built server as a child process over stdio, answers the
 * server's own requests (configuration, progress, registrations) as an editor does, and records
 * notifications.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import * as assert from 'node:assert/strict';
import { readCorpus, ROOT } from '../paths';

export interface Notification {
  method: string;
  params: any;
  /** When it arrived (performance.now()). */
  at: number;
}

export class TestClient {
  readonly notifications: Notification[] = [];
  readonly serverRequests: Array<{ method: string; params: unknown }> = [];
  readonly stderr: string[] = [];
  /** What the client answers to `workspace/configuration`; change it and notify to test live settings. */
  settings: unknown = {};
  private waiters: Array<{ match: (n: Notification) => boolean; resolve: (n: Notification) => void }> = [];
  private constructor(
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
  ) {}

  /** Starts `dist/server.js` (or the CLI's `lsp --stdio`) with the given settings section. */
  static start(options: { settings?: unknown; viaCli?: boolean; nodeArgs?: string[] } = {}): TestClient {
    const args = [
      ...(options.nodeArgs ?? []),
      ...(options.viaCli ? [path.join(ROOT, 'dist', 'cli.js'), 'lsp', '--stdio'] : [path.join(ROOT, 'dist', 'server.js'), '--stdio']),
    ];
    const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection);
    client.settings = options.settings ?? {};
    child.stderr!.on('data', (d) => client.stderr.push(String(d)));
    const record = (method: string, params: unknown) => {
      const n = { method, params, at: performance.now() };
      client.notifications.push(n);
      client.waiters = client.waiters.filter((w) => {
        if (!w.match(n)) return true;
        w.resolve(n);
        return false;
      });
    };
    connection.onNotification(record);
    // vscode-jsonrpc handles $/progress itself; progress on tokens the server created arrives here.
    connection.onUnhandledProgress((params) => record('$/progress', params));
    connection.onRequest((method, params) => {
      client.serverRequests.push({ method, params });
      if (method === 'workspace/configuration') {
        const items = (params as { items: unknown[] }).items;
        return items.map(() => client.settings);
      }
      return null;
    });
    connection.listen();
    return client;
  }

  async initialize(folders: string[]): Promise<any> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: folders.map((f) => ({ uri: fileUri(f), name: path.basename(f) })),
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeWatchedFiles: { dynamicRegistration: true },
          didChangeConfiguration: { dynamicRegistration: true },
        },
        window: { workDoneProgress: true },
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true },
          definition: { linkSupport: true },
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Resolves at the first notification (past or future) that matches. */
  waitFor(match: (n: Notification) => boolean, timeoutMs = 20000, what = 'a notification'): Promise<Notification> {
    const seen = this.notifications.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; stderr: ${this.stderr.join('')}`)), timeoutMs);
      this.waiters.push({
        match,
        resolve: (n) => {
          clearTimeout(timer);
          resolve(n);
        },
      });
    });
  }

  /** Waits until the server reports it is idle with `documents` sources read. */
  waitForIdle(documents: number): Promise<Notification> {
    return this.waitFor(
      (n) => n.method === 'corroborate/status' && n.params.state === 'idle' && n.params.documents === documents,
      20000,
      `an idle status with ${documents} documents`,
    );
  }

  /** The last diagnostics published for a file. */
  lastDiagnostics(file: string): any[] | undefined {
    const uri = fileUri(file);
    const all = this.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri);
    return all.length ? all[all.length - 1]!.params.diagnostics : undefined;
  }

  open(file: string, text: string, languageId = file.endsWith('.md') ? 'markdown' : 'plaintext', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: fileUri(file), languageId, version, text } });
  }

  request<T = any>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** Shuts the server down as an editor does; resolves with its exit code. */
  async shutdown(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await Promise.race([exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5000))]);
    this.connection.dispose();
    if (code === 'timeout') {
      this.process.kill();
      throw new Error('the server did not exit within 5 s of the exit notification');
    }
    return code;
  }
}

/** A file URI as VS Code spells it. */
export function fileUri(p: string): string {
  return 'file://' + p.split('/').map(encodeURIComponent).join('/');
}

/** Starts a server on `dir` (optionally with settings), waits for its scan, runs `body`, shuts it down cleanly. */
export async function withServer(dir: string, body: (client: TestClient) => Promise<void>, settings?: unknown): Promise<void> {
  const client = TestClient.start(settings ? { settings } : {});
  try {
    await client.initialize([dir]);
    await client.waitForIdle(readCorpus(dir).size);
    await body(client);
    assert.equal(await client.shutdown(), 0);
  } finally {
    client.process.kill();
  }
}
