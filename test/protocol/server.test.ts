import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fork } from 'node:child_process';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import { EXAMPLES, readCorpus, requireSeeds, ROOT, SEEDS } from '../paths';
import { fileUri, TestClient } from './lsp-client';

describe('language server over stdio', () => {
  it('answers on the seeds: initialize, scan with progress, diagnostics, hover, definition, shutdown', async function () {
    requireSeeds(this);
    const client = TestClient.start();
    try {
      const init = await client.initialize([SEEDS]);
      assert.equal(init.capabilities.hoverProvider, true);
      assert.equal(init.capabilities.definitionProvider, true);
      assert.equal(init.serverInfo.name, 'corroborate');
      await client.waitForIdle(5);
      assert.ok(client.serverRequests.some((r) => r.method === 'workspace/configuration'), 'settings are pulled');
      assert.ok(client.serverRequests.some((r) => r.method === 'window/workDoneProgress/create'), 'the scan reports progress');
      const progress = client.notifications.filter((n) => n.method === '$/progress').map((n) => n.params.value.kind);
      assert.equal(progress[0], 'begin');
      assert.equal(progress[progress.length - 1], 'end');

      for (const [name, text] of readCorpus(SEEDS)) {
        const file = path.join(SEEDS, name);
        await client.open(file, text);
        await client.waitFor(
          (n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === fileUri(file),
          10000,
          `diagnostics for ${name}`,
        );
        const uri = fileUri(file);
        const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 5 } });
        assert.ok(hover === null || typeof hover === 'object');
        const def = await client.request('textDocument/definition', { textDocument: { uri }, position: { line: 2, character: 5 } });
        assert.ok(def === null || Array.isArray(def));
        const refs = await client.request('textDocument/references', {
          textDocument: { uri },
          position: { line: 0, character: 3 },
          context: { includeDeclaration: true },
        });
        assert.ok(Array.isArray(refs));
      }
      const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: fileUri(path.join(SEEDS, '001_f8eb54056b1d8acf.txt')) } });
      assert.ok(symbols.some((s: { name: string }) => s.name === 'A Shift in US Foreign Policy Under Trump'), 'headings are in the outline');
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.process.kill();
    }
  });

  it('also starts through the CLI (corroborate lsp --stdio)', async () => {
    const client = TestClient.start({ viaCli: true });
    try {
      await client.initialize([EXAMPLES]);
      await client.waitForIdle(readCorpus(EXAMPLES).size);
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.process.kill();
    }
  });

  it('treats each folder of a multi-root workspace as a corpus of its own', async () => {
    const one = mkdtempSync(path.join(tmpdir(), 'corroborate-one-'));
    const two = mkdtempSync(path.join(tmpdir(), 'corroborate-two-'));
    writeFileSync(path.join(one, 'a.txt'), 'One Heading\nText.\n');
    writeFileSync(path.join(two, 'a.txt'), 'Two Heading\nText.\n');
    writeFileSync(path.join(two, 'b.txt'), 'Three Heading\nText.\n');
    const client = TestClient.start();
    try {
      await client.initialize([one, two]);
      await client.waitForIdle(3);
      for (const [file, heading] of [
        [path.join(one, 'a.txt'), 'One Heading'],
        [path.join(two, 'a.txt'), 'Two Heading'],
      ]) {
        const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: fileUri(file!) } });
        assert.deepEqual(symbols.filter((s: { kind: number }) => s.kind === 15).map((s: { name: string }) => s.name), [heading]);
      }
      const configs = client.serverRequests.filter((r) => r.method === 'workspace/configuration');
      const scopes = configs.flatMap((r) => (r.params as { items: Array<{ scopeUri: string }> }).items.map((i) => i.scopeUri));
      assert.ok(scopes.includes(fileUri(one)) && scopes.includes(fileUri(two)), 'settings are read per folder');
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.process.kill();
      rmSync(one, { recursive: true, force: true });
      rmSync(two, { recursive: true, force: true });
    }
  });

  describe('following the workspace', () => {
    let dir: string;
    let client: TestClient;
    const symbolsOf = async (file: string) =>
      ((await client.request('textDocument/documentSymbol', { textDocument: { uri: fileUri(file) } })) as Array<{ name: string; kind: number }>)
        .filter((s) => s.kind === 15 /* String: a heading */)
        .map((s) => s.name);

    beforeEach(async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'corroborate-'));
      writeFileSync(path.join(dir, 'a.txt'), 'First Heading\nSome text.\n');
      writeFileSync(path.join(dir, 'b.md'), '# Bee\n\nMore text.\n');
      writeFileSync(path.join(dir, 'skip.json'), '{}');
      writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x50, 0, 0x4b]));
      client = TestClient.start();
      await client.initialize([dir]);
      await client.waitForIdle(2);
    });

    afterEach(async () => {
      await client.shutdown().catch(() => undefined);
      client.process.kill();
      rmSync(dir, { recursive: true, force: true });
    });

    it('skips a binary file with a message naming it', async () => {
      await client.waitFor(
        (n) => n.method === 'window/logMessage' && n.params.message.includes('binary.txt') && /binary/.test(n.params.message),
        5000,
        'a log message about binary.txt',
      );
      const status = client.notifications.filter((n) => n.method === 'corroborate/status').pop()!;
      assert.equal(status.params.skipped, 1);
    });

    it('lets unsaved editor text override the disk, and the disk count again when closed', async () => {
      const a = path.join(dir, 'a.txt');
      assert.deepEqual(await symbolsOf(a), ['First Heading']);
      await client.open(a, 'Edited Heading\nUnsaved text.\n');
      assert.deepEqual(await symbolsOf(a), ['Edited Heading']);
      await client.notify('textDocument/didChange', {
        textDocument: { uri: fileUri(a), version: 2 },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } }, text: 'Typed' }],
      });
      assert.deepEqual(await symbolsOf(a), ['Typed Heading']);
      await client.notify('textDocument/didClose', { textDocument: { uri: fileUri(a) } });
      await new Promise((r) => setTimeout(r, 200));
      assert.deepEqual(await symbolsOf(a), ['First Heading']);
      assert.equal(readFileSync(a, 'utf8'), 'First Heading\nSome text.\n', 'the file on disk is untouched');
    });

    it('follows files created, changed and deleted on disk', async () => {
      const c = path.join(dir, 'c.txt');
      writeFileSync(c, 'Sea Heading\nText.\n');
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(c), type: 1 }] });
      await client.waitForIdle(3);
      assert.deepEqual(await symbolsOf(c), ['Sea Heading']);
      writeFileSync(c, 'Changed Heading\nText.\n');
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(c), type: 2 }] });
      await new Promise((r) => setTimeout(r, 200));
      assert.deepEqual(await symbolsOf(c), ['Changed Heading']);
      rmSync(c);
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(c), type: 3 }] });
      await new Promise((r) => setTimeout(r, 200));
      assert.deepEqual(await symbolsOf(c), []);
    });

    it('registers file watchers for the include globs', () => {
      const reg = client.serverRequests.find(
        (r) => r.method === 'client/registerCapability' && JSON.stringify(r.params).includes('workspace/didChangeWatchedFiles'),
      );
      assert.ok(reg, 'a watcher registration');
      assert.match(JSON.stringify(reg!.params), /\*\*\/\*\.txt/);
    });

    it('applies changed settings live: a narrower include drops the markdown file', async () => {
      const b = path.join(dir, 'b.md');
      assert.deepEqual(await symbolsOf(b), ['Bee']);
      client.settings = { include: ['**/*.txt'] };
      await client.notify('workspace/didChangeConfiguration', { settings: null });
      await client.waitFor(
        (n) => n.method === 'corroborate/status' && n.params.state === 'idle' && n.params.documents === 1,
        5000,
        'an idle status with 1 document',
      );
      assert.deepEqual(await symbolsOf(b), []);
    });
  });
});

describe('language server over node-ipc', () => {
  it('initializes and answers over the node-ipc transport, as the VS Code client starts it', async () => {
    const child = fork(path.join(ROOT, 'dist', 'server.js'), ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.onRequest(() => null);
    const idle = new Promise<void>((resolve) =>
      connection.onNotification('corroborate/status', (p: { state: string; documents: number }) => {
        if (p.state === 'idle' && p.documents === readCorpus(EXAMPLES).size) resolve();
      }),
    );
    connection.listen();
    try {
      const init = await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, workspaceFolders: [{ uri: fileUri(EXAMPLES), name: 'examples' }], capabilities: {} });
      assert.equal((init as { serverInfo: { name: string } }).serverInfo.name, 'corroborate');
      await connection.sendNotification('initialized', {});
      await Promise.race([idle, new Promise((_, reject) => setTimeout(() => reject(new Error('no idle status over node-ipc')), 10000))]);
      const symbols = await connection.sendRequest('workspace/symbol', { query: 'Raman' });
      assert.deepEqual((symbols as Array<{ name: string }>).map((s) => s.name), ['Priya Raman']);
      const exited = new Promise((r) => child.once('exit', r));
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      assert.equal(await exited, 0);
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});
