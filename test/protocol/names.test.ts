import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { LineIndex } from '../../server/src/engine';
import { EXAMPLES, EXAMPLES_GOLD, locate, readGold, requireSeeds, SEEDS, SEEDS_GOLD } from '../paths';
import { fileUri, type TestClient, withServer } from './lsp-client';


function position(dir: string, file: string, context: string, mention: string) {
  const text = readFileSync(path.join(dir, file), 'utf8');
  const span = locate(text, context, mention);
  // The middle of the mention, as a user's mouse would be.
  return new LineIndex(text).positionAt(span.start + Math.floor(mention.length / 2));
}

/** Hovers every gold entity mention; returns a line per entity that misses something. */
async function checkGoldEntities(client: TestClient, dir: string, goldFile: string): Promise<{ ok: number; total: number; misses: string[] }> {
  const gold = readGold(goldFile);
  const misses: string[] = [];
  for (const e of gold.entities) {
    const [file, context, mention] = e.at;
    const hover = await client.request('textDocument/hover', {
      textDocument: { uri: fileUri(path.join(dir, file)) },
      position: position(dir, file, context, mention),
    });
    const value: string = hover?.contents?.value ?? '';
    const problems: string[] = [];
    if (!value) problems.push('no hover');
    else {
      const title = /^\*\*(.+?)\*\*/.exec(value)?.[1]?.replace(/\\(.)/g, '$1') ?? '';
      if (!title.includes(e.name) && !e.name.includes(title)) problems.push(`names '${title}'`);
      for (const other of e.files.filter((f) => f !== file)) {
        if (!value.includes(fileUri(path.join(dir, other)))) problems.push(`no link to ${other}`);
      }
    }
    if (problems.length) misses.push(`${e.name}: ${problems.join(', ')}`);
  }
  return { ok: gold.entities.length - misses.length, total: gold.entities.length, misses };
}

describe('names over the protocol', () => {
  it('hovers every gold entity of the seeds: names it and links every other listed file (13 of 13)', async function () {
    requireSeeds(this);
    await withServer(SEEDS, async (client) => {
      const r = await checkGoldEntities(client, SEEDS, SEEDS_GOLD);
      assert.deepEqual(r.misses, []);
      assert.equal(r.ok, 13);
    });
  });

  it('hovers every gold entity of the examples', async () => {
    await withServer(EXAMPLES, async (client) => {
      const r = await checkGoldEntities(client, EXAMPLES, EXAMPLES_GOLD);
      assert.deepEqual(r.misses, []);
    });
  });

  it('shows roles per source and context snippets, and lists no source that never mentions the name', async () => {
    await withServer(EXAMPLES, async (client) => {
      const file = path.join(EXAMPLES, 'weekly-roundup.md');
      const hover = await client.request('textDocument/hover', {
        textDocument: { uri: fileUri(file) },
        position: position(EXAMPLES, 'weekly-roundup.md', "Priya Raman, Wendline's operations director", 'Priya'),
      });
      const v: string = hover.contents.value;
      assert.match(v, /^\*\*Priya Raman\*\* · person/);
      assert.match(v, /- this source: Wendline's operations director/);
      assert.match(v, /ashcombe-gazette\.txt: Wendline Ferries chief executive/);
      assert.match(v, /\*\*Priya Raman\*\*/);
      assert.ok(!v.includes('county-council-statement.md'), 'the council statement never names her');
      assert.ok(v.includes('#L'), 'links open the passage at its line');
    });
  });

  it('answers references, highlights, workspace and document symbols, and semantic tokens', async () => {
    await withServer(EXAMPLES, async (client) => {
      const uri = fileUri(path.join(EXAMPLES, 'ashcombe-gazette.txt'));
      const at = position(EXAMPLES, 'ashcombe-gazette.txt', 'Wendline Ferries chief executive Priya Raman', 'Priya');
      const refs = await client.request('textDocument/references', { textDocument: { uri }, position: at, context: { includeDeclaration: true } });
      assert.deepEqual(
        [...new Set(refs.map((r: { uri: string }) => path.basename(decodeURIComponent(r.uri))))].sort(),
        ['ashcombe-gazette.txt', 'radio-interview.txt', 'weekly-roundup.md', 'wend-valley-wire.txt'],
      );
      const wendline = position(EXAMPLES, 'ashcombe-gazette.txt', 'operated by Wendline Ferries', 'Wendline');
      const highlights = await client.request('textDocument/documentHighlight', { textDocument: { uri }, position: wendline });
      assert.equal(highlights.length, 2, 'two mentions of Wendline Ferries in the gazette');
      const symbols = await client.request('workspace/symbol', { query: 'achebe' });
      assert.deepEqual(symbols.map((s: { name: string }) => s.name).sort(), ['Daniel Achebe', 'Helen Achebe']);
      const outline = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
      const names = outline.find((s: { name: string }) => s.name === 'Names');
      assert.ok(names.children.some((c: { name: string }) => c.name === 'Tom Hadley'));
      const tokens = await client.request('textDocument/semanticTokens/full', { textDocument: { uri } });
      assert.ok(tokens.data.length >= 5 * 10, 'a token for each name mention');
    });
  });
});
