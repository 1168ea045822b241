import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { LineIndex } from '../../server/src/engine';
import { EXAMPLES, EXAMPLES_GOLD, locate, readGold, requireSeeds, SEEDS, SEEDS_GOLD } from '../paths';
import { fileUri, type TestClient, withServer } from './lsp-client';


const at = (dir: string, file: string, text: string) => {
  const t = readFileSync(path.join(dir, file), 'utf8');
  return { text: t, position: new LineIndex(t).positionAt(locate(t, text).start), span: locate(t, text) };
};

/** F12 on each gold passage: does the link into the expected file cover the expected text? */
async function goldPassages(client: TestClient, dir: string, goldFile: string): Promise<string[]> {
  const misses: string[] = [];
  for (const p of readGold(goldFile).passages) {
    const from = at(dir, p.from[0], p.from[1]);
    const links = await client.request('textDocument/definition', { textDocument: { uri: fileUri(path.join(dir, p.from[0])) }, position: from.position });
    const link = (links ?? []).find((l: { targetUri: string }) => l.targetUri === fileUri(path.join(dir, p.to[0])));
    const to = at(dir, p.to[0], p.to[1]);
    const lines = new LineIndex(to.text);
    const ok = link && lines.offsetAt(link.targetRange.start) < to.span.end && to.span.start < lines.offsetAt(link.targetRange.end);
    if (!ok) misses.push(`${p.from[0]}: ${p.from[1]} → ${p.to[0]}`);
  }
  return misses;
}

describe('corresponding passages over the protocol', () => {
  it('lands on the expected passage for at least 11 of the 12 gold passages of the seeds', async function () {
    requireSeeds(this);
    await withServer(SEEDS, async (client) => {
      const misses = await goldPassages(client, SEEDS, SEEDS_GOLD);
      assert.ok(misses.length <= 1, `missed: ${misses.join('; ')}`);
    });
  });

  it('lands on the expected passage for the examples, with the sentence as the link origin', async () => {
    await withServer(EXAMPLES, async (client) => {
      assert.deepEqual(await goldPassages(client, EXAMPLES, EXAMPLES_GOLD), []);
      const from = at(EXAMPLES, 'ashcombe-gazette.txt', 'The search for him took four and a half hours');
      const links = await client.request('textDocument/definition', { textDocument: { uri: fileUri(path.join(EXAMPLES, 'ashcombe-gazette.txt')) }, position: from.position });
      const lines = new LineIndex(from.text);
      assert.equal(lines.offsetAt(links[0].originSelectionRange.start), from.span.start, 'the origin is the sentence');
      assert.ok(links.length >= 2, 'a passage in each source that tells it');
    });
  });

  it('answers nothing rather than noise for a line no other source tells', async () => {
    await withServer(EXAMPLES, async (client) => {
      const from = at(EXAMPLES, 'weekly-roundup.md', 'Coming up');
      const links = await client.request('textDocument/definition', { textDocument: { uri: fileUri(path.join(EXAMPLES, 'weekly-roundup.md')) }, position: from.position });
      assert.equal(links, null);
    });
  });

  it('lists corresponding passages as references off a name, through the side-by-side request, and as CodeLens', async () => {
    await withServer(EXAMPLES, async (client) => {
      const file = path.join(EXAMPLES, 'ashcombe-gazette.txt');
      const from = at(EXAMPLES, 'ashcombe-gazette.txt', 'took four and a half hours');
      const refs = await client.request('textDocument/references', { textDocument: { uri: fileUri(file) }, position: from.position, context: { includeDeclaration: false } });
      assert.ok(refs.some((r: { uri: string }) => r.uri.endsWith('weekly-roundup.md')));
      const passages = await client.request('corroborate/correspondingPassages', { textDocument: { uri: fileUri(file) }, position: from.position });
      assert.ok(passages.some((p: { label: string; text: string }) => p.label === 'weekly-roundup.md' && /more than six hours/.test(p.text)));
      // Each says how strong a match it is and what it shares: the search's duration here.
      for (const p of passages) assert.match(p.note, /^(?:strong|weak) match(?:: .+)?$/);
      const roundup = passages.find((p: { label: string }) => p.label === 'weekly-roundup.md');
      assert.match(roundup.note, /both give a duration/);
      const lenses = await client.request('textDocument/codeLens', { textDocument: { uri: fileUri(file) } });
      assert.ok(lenses.length >= 3);
      assert.match(lenses[0].command.title, /^told by \d other sources?(?: \((?:strong match|all strong|\d strong)\))?$/);
      assert.equal(lenses[0].command.command, 'corroborate.peekPassages');
      // The tooltip (the fourth argument, which the client puts on the lens) lists the sources best first.
      const [, , locations, tip] = lenses[0].command.arguments as [string, unknown, Array<{ uri: string }>, string];
      const lines = tip.split('\n').slice(1);
      assert.equal(lines.length, locations.length);
      lines.forEach((line, i) => assert.ok(locations[i]!.uri.endsWith(line.slice(0, line.indexOf(':'))), `${line} is the tooltip's line for ${locations[i]!.uri}`));
      // Best first, not by file: over Raman's paragraph the wire tells it closest, then the radio
      // interview, then the roundup (scores measured with the engine's alignment: 24.8, 16.0, 9.4).
      const raman = at(EXAMPLES, 'ashcombe-gazette.txt', 'Wendline Ferries chief executive Priya Raman');
      const lens = lenses.find((l: { range: { start: { line: number } } }) => l.range.start.line === raman.position.line);
      const order = (lens.command.arguments[3] as string).split('\n').slice(1).map((l) => l.slice(0, l.indexOf(':')));
      assert.deepEqual(order, ['wend-valley-wire.txt', 'radio-interview.txt', 'weekly-roundup.md']);
    });
  });

  it('puts a CodeLens only over a paragraph another source states, not over every line that shares a word', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-lens-'));
    try {
      // The second paragraphs share a few words (a weak passage, 22% of the sentence's own score), and no claim.
      writeFileSync(path.join(dir, 'a.txt'), 'The Calder Star hit the Tolbrook Bridge on Monday morning, and nine people were injured.\n\nWalkers crowded the paths above the Tolbrook Bridge while the Wend valley stayed mild all week.\n');
      writeFileSync(path.join(dir, 'b.txt'), 'Nine people were injured when the Calder Star hit the Tolbrook Bridge on Monday morning.\n\nThe Wend valley has a long history of boat building, and the Tolbrook Bridge yards once employed half the town.\n');
      await withServer(dir, async (client) => {
        const lenses = await client.request('textDocument/codeLens', { textDocument: { uri: fileUri(path.join(dir, 'a.txt')) } });
        assert.deepEqual(lenses.map((l: { range: { start: { line: number } } }) => l.range.start.line), [0], JSON.stringify(lenses));
        assert.match(lenses[0].command.title, /^told by 1 other source \(strong match\)$/);
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('turns the CodeLens off through the setting', async () => {
    await withServer(
      EXAMPLES,
      async (client) => {
        const lenses = await client.request('textDocument/codeLens', { textDocument: { uri: fileUri(path.join(EXAMPLES, 'ashcombe-gazette.txt')) } });
        assert.deepEqual(lenses, []);
      },
      { codeLens: { enabled: false } },
    );
  });
});
