/**
 * Scores names and corresponding passages against the ECB+ corpus' own annotations (its `gold.json`
 * in each development folder, built by ../shared/datasets/ecbplus/build.sh; topics 1-35 only):
 *
 * - passages: for each pair of sentences of two articles that the annotators marked as mentioning
 *   the same event (`sentence_alignments`, grouped by the asking sentence and the other article, at
 *   most PAIRS_PER_FOLDER a folder), whether F12 (the engine's `corresponding`, thresholds and all)
 *   lands on one of the marked sentences first, and the rank plain BM25 gives the first of them
 *   among every sentence of that article; how often F12 offers nothing there.
 * - names: the gold entity clusters' mentions that are proper names, matched to the engine's name
 *   mentions by overlap; the recall of those mentions, and the CoNLL F1 (the mean of MUC, B³ and
 *   CEAF-e F1) of the engine's clusters on them (a mention it missed is a cluster of its own), next
 *   to an exact-string baseline (mentions of the same words, case folded, are one entity) measured
 *   on the same mentions. Twice: on every annotated sentence, and on the `validated` sentences only,
 *   the corpus' standard evaluation subset, whose annotation its authors checked; outside it, most
 *   names of topics 26-35 were marked but linked to nothing, so each is a cluster of its own there
 *   and every link to it, right or not, counts as a wrong one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Alignment, Corpus, sentenceAt } from '../../server/src/engine';
import { NAME_CONNECTORS } from '../../server/src/engine/lexicon';

/** Sentence pairs a folder, as the issue measured them: enough to weigh a folder, not to let one dominate. */
const PAIRS_PER_FOLDER = 40;
/** Mention tags of the things a name names: people, organisations, places, facilities, vehicles, products. */
const NAMED_TAGS = new Set(['HUMAN_PART_PER', 'HUMAN_PART_ORG', 'HUMAN_PART_GPE', 'HUMAN_PART_VEH', 'LOC_GEO', 'LOC_FAC', 'NON_HUMAN_PART']);
const PRONOUNS = new Set('i me my he him his she her hers it its they them their theirs we us our you your who which that this these those what where'.split(' '));

interface GoldMention {
  doc: string;
  sent: number;
  start: number;
  end: number;
  text: string;
  mention_tag: string;
  /** In the corpus' standard evaluation subset, the sentences whose annotation the authors checked. */
  validated: boolean;
}
interface GoldFile {
  docs: string[];
  clusters: Array<{ id: string; kind: string; mentions: GoldMention[] }>;
  sentence_alignments: Array<{ doc_a: string; sent_a: number; doc_b: string; sent_b: number }>;
}

/** A mention's name as written, without a leading preposition or article or a trailing possessive; undefined if it is no proper name. */
export function properName(text: string): string | undefined {
  let t = text.trim().replace(/^(?:in|at|on|from|to|of|by|with|near)\s+/i, '').replace(/^the\s+/i, '').replace(/['’]s?$/, '').trim();
  t = t.replace(/\s+/g, ' ');
  const words = t.split(' ');
  if (!/[A-Za-z]/.test(t) || PRONOUNS.has(t.toLowerCase())) return undefined;
  if (!/^[A-Z0-9]/.test(words[0]!)) return undefined;
  for (const w of words) if (!NAME_CONNECTORS.has(w.toLowerCase()) && /^[a-z]/.test(w)) return undefined;
  return t;
}

export interface FolderNames {
  folder: string;
  mentions: number;
  recalled: number;
  key: string[][];
  engine: string[][];
  exact: string[][];
  /** The mentions the engine names nothing at (each a cluster of its own in `engine`). */
  missed: string[];
}

export interface FolderPassages {
  folder: string;
  items: Array<{ f12: number; bm25: number; offered: boolean; ranked: number }>;
}

/** Scores one ECB+ folder's names and passages. */
export function scoreFolder(dir: string): { names: FolderNames; validated: FolderNames; passages: FolderPassages } {
  const folder = path.basename(dir);
  const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as GoldFile;
  const texts = new Map<string, string>();
  for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) texts.set(f.replace(/\.txt$/, ''), readFileSync(path.join(dir, f), 'utf8'));
  const corpus = new Corpus();
  for (const [doc, text] of texts) corpus.set(`${doc}.txt`, text);
  // A gold line's span, through the engine's own line index.
  const lineSpan = (doc: string, line: number) => {
    const lines = corpus.get(`${doc}.txt`)!.lines;
    return { start: lines.offsetAt({ line, character: 0 }), end: lines.lineEnd(line) };
  };

  // ---- names: every mention, and those of the validated sentences only (see namesOf)
  const entities = corpus.entities();
  const lower = new Set<string>();
  for (const t of texts.values()) for (const w of t.match(/\b[a-z][a-z-]+\b/g) ?? []) lower.add(w);
  const namesOf = (validatedOnly: boolean): FolderNames => {
    const key = new Map<string, string[]>();
    const engine = new Map<string, string[]>();
    const exact = new Map<string, string[]>();
    let mentions = 0;
    let recalled = 0;
    const missed: string[] = [];
    const seen = new Set<string>();
    for (const c of gold.clusters) {
      if (c.kind !== 'entity') continue;
      for (const m of c.mentions) {
        if (!NAMED_TAGS.has(m.mention_tag) || !texts.has(m.doc)) continue;
        if (validatedOnly && !m.validated) continue;
        const name = properName(m.text);
        if (!name || /\d|['’][a-z]/i.test(name)) continue;
        // A capital at the start of a sentence (after a dateline too) or in a headline in title case
        // is no sign of a name: "Police said", "Woman Charged". One word there that the folder also
        // writes in lower case is a common noun.
        const lineStart = texts.get(m.doc)!.lastIndexOf('\n', m.start - 1) + 1;
        const text = texts.get(m.doc)!;
        const lineEnd = text.indexOf('\n', m.start);
        const line = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
        const titleCase = !/(?:^|\s)[a-z]{4,}/.test(line);
        const atStart = !/[a-z]/.test(text.slice(lineStart, m.start));
        if (!name.includes(' ') && (atStart || titleCase) && lower.has(name.toLowerCase())) continue;
        const id = `${m.doc}:${m.start}`;
        if (seen.has(id)) continue;
        seen.add(id);
        mentions++;
        push(key, c.id, id);
        push(exact, name.toLowerCase(), id);
        let best: string | undefined;
        let overlap = 0;
        for (const { mention, entity } of entities.inDoc(`${m.doc}.txt`)) {
          const o = Math.min(mention.end, m.end) - Math.max(mention.start, m.start);
          if (o > overlap) {
            overlap = o;
            best = entity.id;
          }
        }
        if (best !== undefined) recalled++;
        else missed.push(id);
        push(engine, best ?? `missed:${id}`, id);
      }
    }
    return { folder, mentions, recalled, key: [...key.values()], engine: [...engine.values()], exact: [...exact.values()], missed };
  };

  // ---- passages
  const align = corpus.alignment();
  const plain = new Alignment(corpus.ids().map((d) => corpus.get(d)!), entities, { plain: true });
  const groups = new Map<string, { a: string; sa: number; b: string; sb: number[] }>();
  for (const p of gold.sentence_alignments) {
    if (!texts.has(p.doc_a) || !texts.has(p.doc_b)) continue;
    const k = `${p.doc_a}|${p.sent_a}|${p.doc_b}`;
    const g = groups.get(k) ?? { a: p.doc_a, sa: p.sent_a, b: p.doc_b, sb: [] };
    g.sb.push(p.sent_b);
    groups.set(k, g);
  }
  const items: FolderPassages['items'] = [];
  for (const g of [...groups.values()].slice(0, PAIRS_PER_FOLDER)) {
    const from = corpus.get(`${g.a}.txt`)!;
    const to = corpus.get(`${g.b}.txt`)!;
    const q = sentenceAt(from, lineSpan(g.a, g.sa).start);
    if (!q) continue;
    const targets = g.sb.map((l) => lineSpan(g.b, l));
    const hit = (sentence: number) => {
      const s = to.sentences[sentence]!;
      return targets.some((t) => s.start < t.end && t.start < s.end);
    };
    const offered = align.corresponding(from.id, q.index).find((p) => p.doc === to.id);
    const ranked = plain.rank(from.id, q.index, to.id);
    const at = ranked.findIndex((r) => hit(r.sentence));
    const ours = align.rank(from.id, q.index, to.id).findIndex((r) => hit(r.sentence));
    items.push({ f12: offered && hit(offered.sentence) ? 1 : 0, bm25: at === -1 ? 0 : at + 1, offered: !!offered, ranked: ours + 1 });
  }
  return {
    names: namesOf(false),
    validated: namesOf(true),
    passages: { folder, items },
  };
}

/**
 * How often F12 offers a passage in an article about another event: each half of an ECB+ topic is
 * one event, and the other half a like one (an offer to the same player by another club, another
 * quake in the same region). The asking sentences are those of `dir` that the annotators aligned
 * (at most PAIRS_PER_FOLDER); every article of `other` is asked, in one corpus holding both folders.
 */
export function scoreOtherEvent(dir: string, other: string): { asked: number; offered: number } {
  const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as GoldFile;
  const corpus = new Corpus();
  const mine: string[] = [];
  const theirs: string[] = [];
  for (const [d, list] of [[dir, mine], [other, theirs]] as const)
    for (const f of readdirSync(d).sort()) if (f.endsWith('.txt')) {
      corpus.set(f, readFileSync(path.join(d, f), 'utf8'));
      list.push(f);
    }
  const align = corpus.alignment();
  const queries = new Set<string>();
  for (const p of gold.sentence_alignments) queries.add(`${p.doc_a}|${p.sent_a}`);
  let asked = 0;
  let offered = 0;
  for (const q of [...queries].slice(0, PAIRS_PER_FOLDER)) {
    const [doc, line] = q.split('|') as [string, string];
    const from = corpus.get(`${doc}.txt`);
    if (!from) continue;
    if (Number(line) >= from.lines.lineCount) continue;
    const s = sentenceAt(from, from.lines.offsetAt({ line: Number(line), character: 0 }));
    if (!s) continue;
    const found = new Set(align.corresponding(from.id, s.index).map((p) => p.doc));
    for (const t of theirs) {
      asked++;
      if (found.has(t)) offered++;
    }
  }
  return { asked, offered };
}

function push(m: Map<string, string[]>, k: string, v: string): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

// ---- coreference metrics --------------------------------------------------------------------------

export interface PRF {
  p: number;
  r: number;
  f: number;
}
const prf = (pn: number, pd: number, rn: number, rd: number): PRF => {
  const p = pd ? pn / pd : 0;
  const r = rd ? rn / rd : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

/** MUC (Vilain et al. 1995): links kept. Numerators and denominators, to be summed over folders. */
export function muc(key: string[][], response: string[][]): [number, number, number, number] {
  const part = (clusters: string[][], other: string[][]) => {
    const where = new Map<string, number>();
    other.forEach((c, i) => c.forEach((m) => where.set(m, i)));
    let num = 0;
    let den = 0;
    for (const c of clusters) {
      const parts = new Set(c.map((m) => where.get(m) ?? `single:${m}`));
      num += c.length - parts.size;
      den += c.length - 1;
    }
    return [num, den] as const;
  };
  const [rn, rd] = part(key, response);
  const [pn, pd] = part(response, key);
  return [pn, pd, rn, rd];
}

/** B³ (Bagga and Baldwin 1998) over the key's mentions: sums of per-mention precision and recall, and the count. */
export function bcubed(key: string[][], response: string[][]): [number, number, number] {
  const kOf = new Map<string, Set<string>>();
  for (const c of key) {
    const s = new Set(c);
    for (const m of c) kOf.set(m, s);
  }
  const rOf = new Map<string, Set<string>>();
  for (const c of response) {
    const s = new Set(c);
    for (const m of c) rOf.set(m, s);
  }
  let p = 0;
  let r = 0;
  let n = 0;
  for (const [m, k] of kOf) {
    const resp = rOf.get(m) ?? new Set([m]);
    let both = 0;
    for (const x of resp) if (k.has(x)) both++;
    p += both / resp.size;
    r += both / k.size;
    n++;
  }
  return [p, r, n];
}

/** CEAF-e (Luo 2005): the best one-to-one alignment of clusters by 2|K∩R|/(|K|+|R|); its sum, and the cluster counts. */
export function ceafe(key: string[][], response: string[][]): [number, number, number] {
  const sim = key.map((k) => {
    const ks = new Set(k);
    return response.map((r) => {
      let both = 0;
      for (const m of r) if (ks.has(m)) both++;
      return (2 * both) / (k.length + r.length);
    });
  });
  return [maxAssignment(sim), key.length, response.length];
}

/** The largest sum of a one-to-one assignment of rows to columns (Hungarian method, O(n³)). */
export function maxAssignment(w: number[][]): number {
  const n = Math.max(w.length, w[0]?.length ?? 0);
  if (!n) return 0;
  // Minimise cost = max - w on a square matrix padded with zeros.
  const cost = (i: number, j: number) => -(w[i]?.[j] ?? 0);
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const p = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(Infinity);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]!]! += delta;
          v[j]! -= delta;
        } else minv[j]! -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0);
  }
  let sum = 0;
  for (let j = 1; j <= n; j++) if (p[j]) sum += w[p[j]! - 1]?.[j - 1] ?? 0;
  return sum;
}

/** CoNLL F1 and its three parts over several folders (summed, not averaged per folder). */
export function conll(folders: Array<{ key: string[][]; response: string[][] }>): { muc: PRF; b3: PRF; ceafe: PRF; f: number } {
  const m = [0, 0, 0, 0];
  const b = [0, 0, 0];
  const c = [0, 0, 0];
  for (const { key, response } of folders) {
    muc(key, response).forEach((x, i) => (m[i]! += x));
    bcubed(key, response).forEach((x, i) => (b[i]! += x));
    ceafe(key, response).forEach((x, i) => (c[i]! += x));
  }
  const mu = prf(m[0]!, m[1]!, m[2]!, m[3]!);
  const b3 = prf(b[0]!, b[2]!, b[1]!, b[2]!);
  const ce = prf(c[0]!, c[2]!, c[0]!, c[1]!);
  return { muc: mu, b3, ceafe: ce, f: (mu.f + b3.f + ce.f) / 3 };
}

/** One line of passage figures: F12 top-1, BM25 top-1 and MRR, how often F12 offers nothing. */
export function passageLine(items: FolderPassages['items']): string {
  const n = Math.max(1, items.length);
  const f12 = items.filter((i) => i.f12).length / n;
  const bm1 = items.filter((i) => i.bm25 === 1).length / n;
  const mrr = items.reduce((s, i) => s + (i.bm25 ? 1 / i.bm25 : 0), 0) / n;
  const none = items.filter((i) => !i.offered).length / n;
  const right = items.filter((i) => i.offered && i.f12).length / Math.max(1, items.filter((i) => i.offered).length);
  const own = items.filter((i) => i.ranked === 1).length / n;
  const pc = (x: number) => `${(100 * x).toFixed(1)}%`;
  return `${items.length} pairs: F12 top-1 ${pc(f12)} (offers nothing ${pc(none)}; right where it offers ${pc(right)}; its ranking alone ${pc(own)}); plain BM25 top-1 ${pc(bm1)}, MRR ${mrr.toFixed(3)}`;
}

export function namesLine(folders: FolderNames[]): string {
  const mentions = folders.reduce((s, f) => s + f.mentions, 0);
  const recalled = folders.reduce((s, f) => s + f.recalled, 0);
  const ours = conll(folders.map((f) => ({ key: f.key, response: f.engine })));
  const base = conll(folders.map((f) => ({ key: f.key, response: f.exact })));
  const pc = (x: number) => (100 * x).toFixed(1);
  const parts = (s: ReturnType<typeof conll>) => `MUC ${pc(s.muc.f)}, B³ ${pc(s.b3.f)}, CEAF-e ${pc(s.ceafe.f)}`;
  return `${mentions} named mentions, ${pc(recalled / Math.max(1, mentions))}% recognised; CoNLL F1 ${pc(ours.f)} (${parts(ours)}) against exact string ${pc(base.f)} (${parts(base)})`;
}
