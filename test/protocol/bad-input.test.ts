/**
 * Whatever a user drops into a workspace: each bad file is analysed correctly or skipped with one
 * clear message naming it (CLI standard error, the server's log), and nothing crashes or hangs.
 * One folder serves the CLI and the language server alike.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { LineIndex } from '../../server/src/engine/lines';
import { ROOT } from '../paths';
import { fileUri, TestClient } from './lsp-client';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const cli = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
const isRoot = process.getuid?.() === 0;

/** Sentences about one search, so that the good files conflict with each other where expected. */
const search = (hours: string) => `Rescuers searched the river near Tolbrook Bridge for ${hours} hours.`;

interface Case {
  readonly file: string;
  /** What the user sees: the reason the file is skipped, or that it is analysed. */
  readonly expect: RegExp | 'analysed';
}

function makeFolder(): { dir: string; cases: Case[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-bad-'));
  const put = (name: string, data: string | Buffer) => writeFileSync(path.join(dir, name), data);
  const cases: Case[] = [];
  put('empty.txt', '');
  cases.push({ file: 'empty.txt', expect: 'analysed' });
  put('binary.txt', Buffer.concat([Buffer.from('PK'), Buffer.alloc(64), Buffer.from(search('two'))]));
  cases.push({ file: 'binary.txt', expect: /looks binary/ });
  put('invalid-utf8.txt', Buffer.concat([Buffer.from(search('two')), Buffer.from([0xc3, 0x28, 0xff])]));
  cases.push({ file: 'invalid-utf8.txt', expect: /not valid UTF-8/ });
  put('utf16-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Überschrift\n${search('four')}\n`, 'utf16le')]));
  cases.push({ file: 'utf16-bom.txt', expect: 'analysed' });
  put('utf8-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${search('six')}\n`)]));
  cases.push({ file: 'utf8-bom.txt', expect: 'analysed' });
  put('crlf.txt', `Notes\r\n\r\n${search('five')}\r\n`);
  cases.push({ file: 'crlf.txt', expect: 'analysed' });
  put('lone-cr.txt', `Notes\r\r${search('three')}\r`);
  cases.push({ file: 'lone-cr.txt', expect: 'analysed' });
  put('huge-line.txt', Buffer.alloc(50 * 1024 * 1024, 'a'));
  cases.push({ file: 'huge-line.txt', expect: /50\.0 MB is over the size limit of 1\.9 MB/ });
  put('many-lines.txt', 'x.\n'.repeat(200_000));
  cases.push({ file: 'many-lines.txt', expect: 'analysed' });
  put('control-chars.txt', `\u0007Bell \u001b[31m ${search('seven')}`);
  cases.push({ file: 'control-chars.txt', expect: 'analysed' });
  symlinkSync('self-link.txt', path.join(dir, 'self-link.txt'));
  cases.push({ file: 'self-link.txt', expect: /link cannot be followed \(too many symbolic links\)/ });
  symlinkSync('missing-target.txt', path.join(dir, 'dangling.txt'));
  cases.push({ file: 'dangling.txt', expect: /link cannot be followed \(no such file\)/ });
  mkdirSync(path.join(dir, 'sub'));
  symlinkSync('..', path.join(dir, 'sub', 'loop'));
  put('unreadable.txt', search('eight'));
  chmodSync(path.join(dir, 'unreadable.txt'), 0);
  // As root, permissions do not stop a read: the file is then analysed like any other.
  cases.push({ file: 'unreadable.txt', expect: isRoot ? 'analysed' : /cannot be read \(permission denied\)/ });
  return { dir, cases };
}

describe('bad input', function () {
  this.timeout(120_000);
  let dir: string;
  let cases: Case[];
  before(() => ({ dir, cases } = makeFolder()));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('CLI: analyses or skips each bad file with one line naming it and the reason, and exits 0', () => {
    const r = cli(['check', dir, '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const json = JSON.parse(r.stdout) as { sources: Array<{ path: string }>; findings: Array<{ path: string; start: { line: number } }> };
    const analysed = new Set(json.sources.map((s) => path.basename(s.path)));
    const lines = r.stderr.trim().split('\n');
    for (const c of cases) {
      const about = lines.filter((l) => l.includes(`${c.file}:`));
      if (c.expect === 'analysed') {
        assert.ok(analysed.has(c.file), `${c.file} should be analysed; stderr: ${about.join(' | ')}`);
        assert.equal(about.length, 0, `no message for ${c.file}`);
      } else {
        assert.ok(!analysed.has(c.file), `${c.file} should be skipped`);
        assert.equal(about.length, 1, `one message for ${c.file}; saw ${about.length}`);
        assert.match(about[0]!, c.expect);
      }
    }
    // The loop through sub/loop is entered once: every file appears once.
    assert.equal(json.sources.filter((s) => path.basename(s.path) === 'crlf.txt').length, 1);
  });

  it('CLI: reports conflicts in UTF-16, BOM, CRLF and lone-CR files at the lines an editor shows', () => {
    const r = cli(['check', dir, '--format', 'text']);
    // Each file's search duration, on the line where an editor shows it.
    const expected: Record<string, number> = { 'utf16-bom.txt': 2, 'utf8-bom.txt': 1, 'crlf.txt': 3, 'lone-cr.txt': 3 };
    for (const [file, line] of Object.entries(expected)) {
      assert.match(r.stdout, new RegExp(`${file.replace('.', '\\.')}:${line}:\\d+: warning: Duration of the search`), `${file} on line ${line}:\n${r.stdout}`);
    }
    // The column counts UTF-16 code units from the start of the line, without the BOM.
    const col = search('six').indexOf('six') + 1;
    assert.match(r.stdout, new RegExp(`utf8-bom\\.txt:1:${col}:`));
  });

  it('CLI: leaves out the files over --max-files with one message, and takes --max-file-size', () => {
    const many = path.join(dir, 'many');
    mkdirSync(many);
    try {
      for (let i = 0; i < 20_000; i++) writeFileSync(path.join(many, `n${String(i).padStart(5, '0')}.txt`), `Note ${i}.`);
      const all = cli(['check', many, '--format', 'json']);
      assert.equal(all.status, 0, all.stderr);
      assert.equal(JSON.parse(all.stdout).sources.length, 20_000);
      assert.equal(all.stderr, '');
      const capped = cli(['check', many, '--format', 'json', '--max-files', '5000']);
      assert.equal(capped.status, 0);
      assert.equal(JSON.parse(capped.stdout).sources.length, 5000);
      assert.equal(capped.stderr.trim().split('\n').length, 1, capped.stderr.slice(0, 500));
      assert.match(capped.stderr, /n05000\.txt: skipped with 14999 more files after it: the folder has 20000 sources, over the limit of 5000/);
      const small = cli(['check', path.join(dir, 'crlf.txt'), '--max-file-size', '10']);
      assert.match(small.stderr, /crlf\.txt: skipped: \d+ B is over the size limit of 10 B/);
      assert.equal(cli(['check', many, '--max-files', 'lots']).status, 2);
    } finally {
      rmSync(many, { recursive: true, force: true });
    }
  });

  it('server: logs one message per skipped file, publishes diagnostics for the rest, and keeps answering', async () => {
    const client = TestClient.start();
    try {
      await client.initialize([dir]);
      const analysed = cases.filter((c) => c.expect === 'analysed');
      await client.waitFor((n) => n.method === 'corroborate/status' && n.params.state === 'idle' && n.params.documents === analysed.length, 60000, 'the scan');
      const logs = client.notifications.filter((n) => n.method === 'window/logMessage').map((n) => n.params.message as string);
      for (const c of cases) {
        const about = logs.filter((m) => m.includes(`${path.sep}${c.file}:`));
        if (c.expect === 'analysed') assert.equal(about.length, 0, `no message for ${c.file}: ${about.join(' | ')}`);
        else {
          assert.equal(about.length, 1, `one message for ${c.file}: ${about.join(' | ')}`);
          assert.match(about[0]!, c.expect);
        }
      }
      const crlf = path.join(dir, 'crlf.txt');
      const diags = client.lastDiagnostics(crlf) as Array<{ range: { start: { line: number } } }>;
      assert.ok(diags?.length, 'crlf.txt has diagnostics');
      assert.equal(diags[0]!.range.start.line, 2);

      // A file deleted while open keeps its text and analysis until it is closed.
      const victim = path.join(dir, 'lone-cr.txt');
      const text = `Notes\r\r${search('three')}\r`;
      await client.open(victim, text);
      unlinkSync(victim);
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(victim), type: 3 }] });
      const at = new LineIndex(text).positionAt(text.indexOf('Tolbrook'));
      const hover = await client.request('textDocument/hover', { textDocument: { uri: fileUri(victim) }, position: at });
      assert.match(JSON.stringify(hover), /Tolbrook Bridge/);
      await client.notify('textDocument/didClose', { textDocument: { uri: fileUri(victim) } });
      await client.waitFor(
        (n) => n.method === 'corroborate/status' && n.params.documents === analysed.length - 1,
        10000,
        'the deleted file gone once closed',
      );
      // Still alive and well.
      const symbols = await client.request('workspace/symbol', { query: 'Tolbrook' });
      assert.ok(symbols.length >= 1);
      assert.equal(client.notifications.filter((n) => n.method === 'window/logMessage' && n.params.type === 1).length, 0, 'no error logged');
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.process.kill();
      writeFileSync(path.join(dir, 'lone-cr.txt'), `Notes\r\r${search('three')}\r`);
    }
  });
});
