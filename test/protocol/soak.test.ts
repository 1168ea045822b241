/**
 * Soak: 10,000 random edits sent to the language server over the protocol, in bursts, with
 * requests between them. Memory stays bounded, nothing is logged as an error, and at the end every
 * file's published diagnostics equal those of a fresh analysis of the final texts.
 */
import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Corpus } from '../../server/src/engine';
import { LineIndex } from '../../server/src/engine/lines';
import { random } from '../bench/generate';
import { EXAMPLES, readCorpus } from '../paths';
import { fileUri, TestClient } from './lsp-client';

const EDITS = Number(process.env['SOAK_EDITS'] ?? 10_000);
const BURST = 50;

/** What gets typed: numbers, names, words, line breaks, non-ASCII text, deletions. */
const INSERTS = ['', '', '', ' ', '\n', '\r\n', '7', '12', 'Nine', 'eleven', ' six hours', ' £2m', ' 40%', ' 1998', ' Monday', ' March 4', '10:00',
  ' Priya Raman', ' Achebe', ' Wendline', ' Tolbrook Bridge', '“', '”', '"We will,” she said. ', '. ', 'é', '😀', 'ß', 'Öncu ', ' said', ' injured'];

function rssMB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : 0;
}

describe('soak', function () {
  this.timeout(600_000);

  it(`survives ${EDITS} random edits: bounded memory, no error, diagnostics equal to a fresh analysis`, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-soak-'));
    cpSync(EXAMPLES, dir, { recursive: true });
    const files = [...readCorpus(dir).keys()].map((f) => path.join(dir, f));
    const texts = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
    const versions = new Map(files.map((f) => [f, 1]));
    const client = TestClient.start();
    const rnd = random(42);
    try {
      await client.initialize([dir]);
      await client.waitForIdle(files.length);
      for (const f of files) await client.open(f, texts.get(f)!);
      const rss: number[] = [rssMB(client.process.pid!)];
      for (let done = 0; done < EDITS; ) {
        for (let k = 0; k < BURST && done < EDITS; k++, done++) {
          const f = files[Math.floor(rnd() * files.length)]!;
          const text = texts.get(f)!;
          let start = Math.floor(rnd() * (text.length + 1));
          let end = Math.min(text.length, start + Math.floor(rnd() * 12));
          // Keep surrogate pairs whole, as an editor does.
          const low = (i: number) => i > 0 && i < text.length && /[\udc00-\udfff]/.test(text[i]!);
          if (low(start)) start--;
          if (low(end)) end++;
          const insert = INSERTS[Math.floor(rnd() * INSERTS.length)]!;
          const lines = new LineIndex(text);
          const version = versions.get(f)! + 1;
          versions.set(f, version);
          texts.set(f, text.slice(0, start) + insert + text.slice(end));
          await client.notify('textDocument/didChange', {
            textDocument: { uri: fileUri(f), version },
            contentChanges: [{ range: { start: lines.positionAt(start), end: lines.positionAt(end) }, text: insert }],
          });
        }
        // A request between bursts: answered on the latest text, pending edits analysed first.
        const f = files[Math.floor(rnd() * files.length)]!;
        const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: fileUri(f) } });
        assert.ok(Array.isArray(symbols));
        rss.push(rssMB(client.process.pid!));
      }
      // Every file's last version gets its diagnostics; then the server goes quiet.
      for (const f of files) {
        await client.waitFor(
          (n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === fileUri(f) && n.params.version === versions.get(f),
          30000,
          `diagnostics of ${path.basename(f)} version ${versions.get(f)}`,
        );
      }
      await new Promise((r) => setTimeout(r, 500));

      const fresh = new Corpus();
      for (const [f, t] of texts) fresh.set(f, t);
      for (const f of files) {
        const doc = fresh.get(f)!;
        const expected = fresh.findingsFor(f).map((x) => `${JSON.stringify(doc.lines.positionAt(x.span.start))} ${x.message}`);
        const got = (client.lastDiagnostics(f) ?? []).map((d: { range: { start: unknown }; message: string }) => `${JSON.stringify(d.range.start)} ${d.message}`);
        assert.deepEqual(got, expected, `diagnostics of ${path.basename(f)}`);
      }
      const errors = client.notifications.filter((n) => n.method === 'window/logMessage' && n.params.type === 1);
      assert.deepEqual(errors.map((n) => n.params.message), [], 'no error logged');
      const settled = rss.slice(0, 5).reduce((a, b) => Math.max(a, b), 0);
      const peak = Math.max(...rss);
      console.log(`      ${EDITS} edits in ${rss.length - 1} bursts; server RSS ${rss[0]!.toFixed(0)} MB at start, ${settled.toFixed(0)} MB after 5 bursts, peak ${peak.toFixed(0)} MB, ${rss[rss.length - 1]!.toFixed(0)} MB at the end`);
      assert.ok(peak < settled + 100, `memory bounded: peak ${peak.toFixed(0)} MB against ${settled.toFixed(0)} MB after the first bursts`);
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.process.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
