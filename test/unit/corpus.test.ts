import * as assert from 'node:assert/strict';
import { analyseDocument, Corpus, EntityIndex, type FileAccess, type FileEntry, scanFolder, DEFAULT_SCAN_OPTIONS } from '../../server/src/engine';
import { EXAMPLES, readCorpus } from '../paths';

/** An in-memory file system: the engine's file access in tests. */
export class MemoryFiles implements FileAccess {
  constructor(readonly files: Map<string, Uint8Array | string>) {}
  async *list(root: string, descend: (d: string) => boolean): AsyncIterable<FileEntry> {
    for (const [p, content] of [...this.files].sort()) {
      if (!p.startsWith(root + '/')) continue;
      const relative = p.slice(root.length + 1);
      const dirs = relative.split('/').slice(0, -1);
      if (dirs.some((_, i) => !descend(dirs.slice(0, i + 1).join('/')))) continue;
      yield { path: p, relative, size: typeof content === 'string' ? Buffer.byteLength(content) : content.length };
    }
  }
  async read(p: string): Promise<Uint8Array> {
    const c = this.files.get(p);
    if (c === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    return typeof c === 'string' ? new TextEncoder().encode(c) : c;
  }
}

/** The comparable state of a corpus: every document's analysis and findings. */
function snapshot(c: Corpus) {
  return c.ids().map((id) => {
    const d = c.get(id)!;
    return { id, text: d.text, paragraphs: d.paragraphs, sentences: d.sentences, date: d.date, findings: c.findingsFor(id) };
  });
}

describe('corpus', () => {
  const examples = readCorpus(EXAMPLES);

  it('updates one document incrementally to the same state as a fresh analysis', () => {
    const inc = new Corpus();
    for (const [name, text] of examples) inc.set(name, text);
    const edited = examples.get('weekly-roundup.md')!.replace('Eleven people', 'Nine people');
    inc.set('weekly-roundup.md', edited);
    inc.delete('radio-interview.txt');
    inc.set('new.txt', 'Published 2024-11-05\n\nA late report. Ten people were hurt.');

    const fresh = new Corpus();
    for (const [name, text] of examples) if (name !== 'radio-interview.txt') fresh.set(name, name === 'weekly-roundup.md' ? edited : text);
    fresh.set('new.txt', 'Published 2024-11-05\n\nA late report. Ten people were hurt.');
    assert.deepEqual(snapshot(inc), snapshot(fresh));
  });

  it('re-analyses only the document that changed', () => {
    const c = new Corpus();
    for (const [name, text] of examples) c.set(name, text);
    const before = new Map(c.ids().map((id) => [id, c.get(id)]));
    const gen = c.generation;
    assert.deepEqual(c.set('ashcombe-gazette.txt', examples.get('ashcombe-gazette.txt')!), { changed: [] });
    assert.equal(c.generation, gen, 'the same text changes nothing');
    const change = c.set('ashcombe-gazette.txt', examples.get('ashcombe-gazette.txt')! + '\nA new line.');
    assert.deepEqual(change.changed, ['ashcombe-gazette.txt']);
    for (const id of c.ids()) {
      if (id === 'ashcombe-gazette.txt') assert.notEqual(c.get(id), before.get(id));
      else assert.equal(c.get(id), before.get(id), `${id} was not analysed again`);
    }
  });

  it('links again only the document an edit reaches when the edit moves no name', () => {
    const docs = [...examples].map(([name, text]) => analyseDocument(name, text));
    const index = new EntityIndex(docs);
    const edited = analyseDocument('weekly-roundup.md', examples.get('weekly-roundup.md')!.replace('Eleven people', 'Nine people'));
    assert.deepEqual([...index.update([edited], []).relinked], ['weekly-roundup.md'], 'a number changed: the other sources keep their links');
  });

  it('analyses a document deterministically', () => {
    const text = examples.get('ashcombe-gazette.txt')!;
    assert.deepEqual(
      JSON.stringify(analyseDocument('a', text), (k, v) => (k === 'lines' ? undefined : v)),
      JSON.stringify(analyseDocument('a', text), (k, v) => (k === 'lines' ? undefined : v)),
    );
  });
});

describe('scanning through injected file access', () => {
  it('reads included files, skips excluded folders and explains each skipped file', async () => {
    const files = new MemoryFiles(
      new Map<string, Uint8Array | string>([
        ['/w/a.txt', 'Alpha.'],
        ['/w/notes/b.md', '# Beta'],
        ['/w/data.json', '{}'],
        ['/w/node_modules/pkg/readme.md', 'Ignored.'],
        ['/w/empty.txt', ''],
        ['/w/bin.txt', new Uint8Array([1, 0, 2])],
        ['/w/latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9])],
        ['/w/big.txt', 'x'.repeat(50)],
      ]),
    );
    const read: string[] = [];
    const skipped: Array<[string, string]> = [];
    const result = await scanFolder(files, '/w', { ...DEFAULT_SCAN_OPTIONS, maxFileSize: 40 }, {
      document: (p) => read.push(p),
      skipped: (p, r) => skipped.push([p, r]),
    });
    assert.deepEqual(read, ['/w/a.txt', '/w/empty.txt', '/w/notes/b.md']);
    assert.deepEqual(
      skipped.map(([p]) => p),
      ['/w/big.txt', '/w/bin.txt', '/w/latin1.txt'],
    );
    assert.match(skipped[0]![1], /over the size limit/);
    assert.match(skipped[1]![1], /binary/);
    assert.match(skipped[2]![1], /not valid UTF-8/);
    assert.deepEqual(result, { read: 3, skipped: 3, cancelled: false });
  });

  it('stops at maxFiles and can be cancelled', async () => {
    const files = new MemoryFiles(new Map([1, 2, 3, 4].map((i) => [`/w/${i}.txt`, `Doc ${i}.`])));
    const read: string[] = [];
    const skipped: string[] = [];
    const r0 = await scanFolder(files, '/w', { ...DEFAULT_SCAN_OPTIONS, maxFiles: 2 }, { document: (p) => read.push(p), skipped: (p, why) => skipped.push(`${p}: ${why}`) });
    assert.deepEqual(read, ['/w/1.txt', '/w/2.txt']);
    // One message for every file left out.
    assert.deepEqual(skipped, ['/w/3.txt: skipped with 1 more file after it: the folder has 4 sources, over the limit of 2 (setting corroborate.maxFiles)']);
    assert.equal(r0.skipped, 2);
    const r = await scanFolder(files, '/w', DEFAULT_SCAN_OPTIONS, { document: () => undefined, skipped: () => undefined }, () => true);
    assert.equal(r.cancelled, true);
  });
});
