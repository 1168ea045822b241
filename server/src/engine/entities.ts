/**
 * Entities of a corpus: the name mentions of every document linked into clusters. Built from the
 * documents' own mentions through indexes by key and by surname, so the cost grows with the number
 * of mentions, never with pairs of documents.
 */
import type { DocumentAnalysis } from './document';
import { fold, NAME_CONNECTORS, ORG_SUFFIXES } from './lexicon';
import type { EntityKind, NameMention, RoleText } from './names';

export interface EntityMention {
  readonly doc: string;
  readonly mention: NameMention;
}

export interface Entity {
  /** Stable within one build of the index: the cluster's key. */
  readonly id: string;
  readonly name: string;
  readonly kind: EntityKind;
  /** Mentions in document order (documents sorted by id). */
  readonly mentions: readonly EntityMention[];
  /** Mentions by document. */
  readonly byDoc: ReadonlyMap<string, readonly NameMention[]>;
  /** Roles and titles by document, as written, without repeats. */
  readonly roles: ReadonlyMap<string, readonly RoleText[]>;
}

const KIND_ORDER: EntityKind[] = ['person', 'organization', 'place', 'other'];

/** A cluster, kept up to date as documents come and go: votes and written forms are counted. */
class Cluster implements Entity {
  name = '';
  kind: EntityKind = 'other';
  readonly byDoc = new Map<string, NameMention[]>();
  readonly roles = new Map<string, RoleText[]>();
  private readonly votes = new Map<EntityKind, number>();
  private readonly forms = new Map<string, number>();
  private sorted: EntityMention[] | undefined;
  count = 0;

  constructor(readonly id: string) {}

  /** Mentions in document order (documents sorted by id), built when first asked for. */
  get mentions(): readonly EntityMention[] {
    if (!this.sorted) {
      this.sorted = [];
      for (const doc of [...this.byDoc.keys()].sort()) for (const mention of this.byDoc.get(doc)!) this.sorted.push({ doc, mention });
    }
    return this.sorted;
  }

  setDoc(doc: string, mentions: NameMention[] | undefined): void {
    const old = this.byDoc.get(doc);
    if (old) this.tally(old, -1);
    this.byDoc.delete(doc);
    this.roles.delete(doc);
    if (mentions?.length) {
      this.byDoc.set(doc, mentions);
      this.tally(mentions, 1);
      const roles: RoleText[] = [];
      for (const m of mentions) if (m.role && !roles.some((x) => fold(x.text) === fold(m.role!.text))) roles.push(m.role);
      if (roles.length) this.roles.set(doc, roles);
    }
    this.sorted = undefined;
  }

  private tally(mentions: readonly NameMention[], sign: 1 | -1): void {
    for (const m of mentions) {
      this.count += sign;
      bump(this.votes, m.kind, sign * (m.sure ? 3 : 1));
      bump(this.forms, m.display, sign);
    }
  }

  /** Recomputes name and kind from the counts; says which changed. */
  settle(): { name: boolean; kind: boolean } {
    const [name, kind] = [this.name, this.kind];
    this.kind = kindOf(this.votes);
    this.name = displayName(this.forms);
    return { name: name !== this.name, kind: kind !== this.kind };
  }
}

function bump<K>(map: Map<K, number>, k: K, by: number): void {
  const n = (map.get(k) ?? 0) + by;
  if (n === 0) map.delete(k);
  else map.set(k, n);
}

/** What an update of the index changed, for the layers built on it. */
export interface EntityChange {
  /** Documents whose mentions were linked anew (their entities may differ). */
  readonly relinked: ReadonlySet<string>;
  /** Entities whose mentions changed, with how many documents named them before. */
  readonly touched: ReadonlyMap<string, number>;
  /** Entities whose name changed (or that appeared or went away). */
  readonly renamed: ReadonlySet<string>;
  /** Entities whose kind changed (or that appeared or went away). */
  readonly rekinded: ReadonlySet<string>;
}

/**
 * The entities of a corpus, updated document by document. Linking decisions rest on corpus-wide
 * facts (which people share a surname, which organisation a first word starts); each document
 * records the facts its decisions consulted, so a change relinks only the documents whose
 * decisions could come out differently. Built from scratch or updated, the index is the same.
 */
export class EntityIndex {
  private readonly docs = new Map<string, DocumentAnalysis>();
  private readonly entitiesById = new Map<string, Cluster>();
  /** Per document: its mentions in text order with their entity. */
  private readonly perDoc = new Map<string, Array<{ mention: NameMention; entity: Entity }>>();
  private readonly facts = new LinkFacts();
  /** Per document: the facts its linking consulted; and per fact, the documents that consulted it. */
  private readonly consulted = new Map<string, Set<string>>();
  private readonly consultedBy = new Map<string, Set<string>>();

  constructor(docs: readonly DocumentAnalysis[] = []) {
    if (docs.length) this.update(docs, []);
  }

  /** Adds or replaces `changed` documents and removes `removed` ones. */
  update(changed: readonly DocumentAnalysis[], removed: readonly string[]): EntityChange {
    const moved = new Set<string>();
    const before = new Map<string, ReadonlyMap<string, number> | undefined>();
    for (const id of [...removed, ...changed.map((d) => d.id)]) {
      const old = this.docs.get(id);
      if (old) this.facts.apply(old, -1, moved, before);
      this.docs.delete(id);
    }
    for (const d of changed) {
      this.docs.set(d.id, d);
      this.facts.apply(d, 1, moved, before);
    }
    // Only facts that end otherwise than they began send the documents that consulted them to be
    // linked again: an edit of a number leaves every name where it was.
    const factChanges = this.facts.settled(moved, before);
    const relink = new Set<string>(changed.map((d) => d.id));
    for (const f of factChanges) for (const id of this.consultedBy.get(f) ?? []) relink.add(id);
    for (const id of removed) relink.delete(id);

    const touched = new Map<string, number>();
    const touch = (id: string) => {
      if (!touched.has(id)) touched.set(id, this.entitiesById.get(id)?.byDoc.size ?? 0);
    };
    // Take the old links away.
    for (const id of [...removed, ...relink]) {
      for (const { entity } of this.perDoc.get(id) ?? []) {
        touch(entity.id);
        (entity as Cluster).setDoc(id, undefined);
      }
      this.perDoc.delete(id);
      for (const f of this.consulted.get(id) ?? []) this.consultedBy.get(f)?.delete(id);
      this.consulted.delete(id);
    }
    // Link anew, in document order, so that a fresh build and an update agree.
    for (const id of [...relink].sort()) {
      const d = this.docs.get(id)!;
      const seen = new Set<string>();
      const resolve = this.facts.resolver((f) => seen.add(f));
      const groups = new Map<string, NameMention[]>();
      for (const m of d.names) {
        const key = resolve(d, m);
        if (key === undefined) continue;
        let g = groups.get(key);
        if (!g) groups.set(key, (g = []));
        g.push(m);
      }
      const list: Array<{ mention: NameMention; entity: Entity }> = [];
      for (const [key, mentions] of groups) {
        touch(key);
        let e = this.entitiesById.get(key);
        if (!e) this.entitiesById.set(key, (e = new Cluster(key)));
        e.setDoc(id, mentions);
        for (const mention of mentions) list.push({ mention, entity: e });
      }
      list.sort((a, b) => a.mention.start - b.mention.start);
      if (list.length) this.perDoc.set(id, list);
      this.consulted.set(id, seen);
      for (const f of seen) {
        let s = this.consultedBy.get(f);
        if (!s) this.consultedBy.set(f, (s = new Set()));
        s.add(id);
      }
    }
    const renamed = new Set<string>();
    const rekinded = new Set<string>();
    for (const id of touched.keys()) {
      const e = this.entitiesById.get(id)!;
      if (e.count === 0) {
        this.entitiesById.delete(id);
        renamed.add(id);
        rekinded.add(id);
        continue;
      }
      const { name, kind } = e.settle();
      if (name) renamed.add(id);
      if (kind) rekinded.add(id);
    }
    return { relinked: relink, touched, renamed, rekinded };
  }

  /** Every entity, most mentioned first, then by name. */
  all(): Entity[] {
    return [...this.entitiesById.values()].sort(
      (a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  }

  get(id: string): Entity | undefined {
    return this.entitiesById.get(id);
  }

  /** How many documents name entity `id`. */
  documentCount(id: string): number {
    return this.entitiesById.get(id)?.byDoc.size ?? 0;
  }

  /** The mention covering `offset` in `doc` (its end included, as an editor's cursor may stand there). */
  at(doc: string, offset: number): { mention: NameMention; entity: Entity } | undefined {
    const list = this.perDoc.get(doc);
    if (!list) return undefined;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = list[mid]!.mention;
      if (offset < m.start) hi = mid - 1;
      else if (offset > m.end) lo = mid + 1;
      else return list[mid];
    }
    return undefined;
  }

  /** The mentions of a document with their entities, in text order. */
  inDoc(doc: string): ReadonlyArray<{ mention: NameMention; entity: Entity }> {
    return this.perDoc.get(doc) ?? [];
  }

  /** Entities whose name contains every word of `query` (case and accents folded). */
  search(query: string): Entity[] {
    const words = fold(query).split(/\s+/).filter(Boolean);
    return this.all().filter((e) => {
      const n = fold(e.name);
      return words.every((w) => n.includes(w));
    });
  }
}

/**
 * The corpus-wide facts linking rests on, counted per (fact, value) so that documents can come and
 * go. A fact is named by a letter and a key ("S:peskov": the people with surname Peskov); `apply`
 * reports every fact whose set of values changed.
 */
class LinkFacts {
  private readonly sets = new Map<string, Map<string, number>>();

  /**
   * Counts `d`'s facts in (1) or out (-1), adding to `changed` every fact whose values it moves, and
   * to `before` the values each such fact had before its first move (so that `settled` can tell a
   * fact that ends as it began, as when a document is replaced by an edit that renames nothing).
   */
  apply(d: DocumentAnalysis, sign: 1 | -1, changed: Set<string>, before?: Map<string, ReadonlyMap<string, number> | undefined>): void {
    const put = (fact: string, value: string) => {
      let m = this.sets.get(fact);
      if (before && !before.has(fact)) before.set(fact, m ? new Map(m) : undefined);
      if (!m) this.sets.set(fact, (m = new Map()));
      const n = (m.get(value) ?? 0) + sign;
      if (n === 0) {
        m.delete(value);
        changed.add(fact);
        if (m.size === 0) this.sets.delete(fact);
      } else {
        // Facts decided by their counts (the name a first word or a last word stands for, `dominant`)
        // change whenever a count does, so that an update links as a fresh build would.
        if ((n === 1 && sign === 1) || COUNTED_FACTS.has(fact.charCodeAt(0))) changed.add(fact);
        m.set(value, n);
      }
    };
    for (const m of d.names) {
      if (m.weak) continue;
      put(`K:${m.key}`, '');
      if (m.key.startsWith('~')) continue;
      if (m.kind === 'person' && m.surname) put(`S:${m.surname}`, m.key);
      // A person's given name: "Graham told Emil" in a transcript is the one Graham of the corpus.
      if (m.kind === 'person' && m.surname) {
        const words = m.key.split(' ');
        if (words.length >= 2) put(`G:${words[0]!}`, m.key);
      }
      if (m.kind === 'organization') put(`O:${m.key}`, '');
      // A name of two or three words the recogniser could not call a person ("Emil Sandqvist": a given
      // name it does not know): its last word may stand for it alone, as a surname does.
      if (m.kind === 'other') {
        const words = m.key.split(' ');
        if (words.length >= 2 && words.length <= 3) put(`L:${words[words.length - 1]!}`, m.key);
      }
      if (m.role) for (const w of roleWords(m.role.text)) put(`R:${m.key}`, w);
      const at = m.key.indexOf('@');
      if (at !== -1 && at < m.key.length - 1) put(`Q:${m.key.slice(0, at + 1)}`, m.key);
      if (m.kind !== 'person') {
        const words = m.key.replace(/@.*$/, '').split(' ');
        if (words.length > 1) put(`F:${words[0]!}`, m.key);
        if (words.length > 1 && m.kind === 'organization') {
          const initials = words.filter((w) => !NAME_CONNECTORS.has(w)).map((w) => w.charAt(0)).join('');
          if (initials.length >= 2) put(`I:${initials}`, m.key);
        }
      }
    }
  }

  /** Of `changed`, the facts whose values differ from those `before` held: the others link as before. */
  settled(changed: ReadonlySet<string>, before: ReadonlyMap<string, ReadonlyMap<string, number> | undefined>): Set<string> {
    const out = new Set<string>();
    for (const f of changed) {
      const was = before.get(f);
      const now = this.sets.get(f);
      if (!was || !now || was.size !== now.size || [...now].some(([v, n]) => was.get(v) !== n)) out.add(f);
    }
    return out;
  }

  /**
   * Decides the cluster key of each mention, with the whole corpus in view, telling `consult` every
   * fact it looks at:
   * - a bare surname ("~peskov") joins the one person of the corpus with that surname; when several
   *   share it, the one whose roles agree with the mention's ("Mayor Achebe"), else it stays apart;
   * - a bare word that is no surname joins the one organisation or place whose name starts with it
   *   ("Wendline" and "Wendline Ferries");
   * - a generic organisation without its country ("State Department@") joins the one qualified form;
   * - an acronym joins the one organisation whose initials it is.
   */
  resolver(consult: (fact: string) => void): (d: DocumentAnalysis, m: NameMention) => string | undefined {
    const get = (fact: string): ReadonlyMap<string, number> | undefined => {
      consult(fact);
      return this.sets.get(fact);
    };
    const has = (key: string) => get(`K:${key}`) !== undefined;
    const one = (s: ReadonlyMap<string, number> | undefined) => (s && s.size === 1 ? s.keys().next().value! : undefined);
    // The one name a last word stands for, where the longer forms only add a word before it
    // ("Lindsay Lohan" and "Actress Lindsay Lohan" at the start of a sentence): the shortest.
    // Else the name the corpus uses far more often than every other together ("Reggie Bush" in
    // fourteen sources, "RB Bush" in one).
    const oneName = (s: ReadonlyMap<string, number> | undefined) => {
      if (!s || s.size === 0) return undefined;
      if (s.size === 1) return one(s);
      const keys = [...s.keys()].sort((a, b) => a.length - b.length);
      const short = keys[0]!;
      if (keys.every((k) => k === short || k.endsWith(` ${short}`))) return short;
      return dominantOf(s);
    };
    const people = (w: string) => get(`S:${w}`);
    // The one name of two or three words a first word stands for ("Wendline" and "Wendline
    // Ferries"), or the one named far more often; never a long name it only starts ("Turkmenistan"
    // and "Turkmenistan Helsinki Foundation for Human Rights").
    const firstWord = (w: string) => {
      const s = get(`F:${w}`);
      const name = one(s) ?? dominantOf(s);
      return name !== undefined && name.split(' ').length <= F_JOIN_WORDS ? name : undefined;
    };

    return (d, m) => {
      const key = m.key;
      if (m.weak) {
        // Kept only when the corpus knows the name: a person's surname, or a name used elsewhere.
        const ps = people(key.slice(1));
        if (ps?.size === 1) return one(ps);
        // A name used elsewhere; for an organisation's first word, the longer name it stands for
        // there ("Quillon says" and "Quillon Devices").
        if (has(key.slice(1))) return firstWord(key.slice(1)) ?? key.slice(1);
        if (has(key)) return key;
        // A given name starting a sentence ("Graham told Emil ..."): the one person who has it.
        return one(get(`G:${key.slice(1)}`));
      }
      if (key.startsWith('~')) {
        const w = key.slice(1);
        const ps = people(w);
        if (ps?.size === 1) return one(ps)!;
        if (ps && ps.size > 1 && m.role) {
          const mine = roleWords(m.role.text);
          const agree = [...ps.keys()].filter((p) => [...(get(`R:${p}`)?.keys() ?? [])].some((r) => mine.has(r)));
          if (agree.length === 1) return agree[0]!;
        }
        if (ps && ps.size > 1) return key;
        const named = !ps ? oneName(get(`L:${w}`)) : undefined;
        if (named) return named;
        // "Wendline" and "Wendline Ferries"; never a place-like mention ("in Ashcombe") into an
        // organisation; of several, the one named far more often than the others together.
        const org = m.kind !== 'place' ? firstWord(w) : undefined;
        if (org) return org;
        if (has(w)) return w;
        // A given name alone, for the one person of the corpus who has it (never a place or an organisation).
        if (m.kind === 'other' || m.kind === 'person') {
          const given = one(get(`G:${w}`));
          if (given) return given;
        }
        const expanded = /^[a-z0-9]+$/.test(w) && m.text === m.text.toUpperCase() ? one(get(`I:${w}`)) : undefined;
        if (expanded) return expanded;
        return key;
      }
      if (key.endsWith('@')) {
        // The document's own qualified form first, then the corpus's.
        const local = new Set(d.names.filter((n) => n.key.startsWith(key) && n.key !== key).map((n) => n.key));
        return (local.size === 1 ? [...local][0] : undefined) ?? one(get(`Q:${key}`)) ?? key;
      }
      // A person's name that the one longer name of the corpus with that surname ends in: "Da
      // Costa" and "Ines Da Costa" (a surname of two words), "Lloyd Webber" and "Andrew
      // Lloyd Webber".
      if (m.kind === 'person' && m.surname && key.includes(' ')) {
        const longer = [...(people(m.surname)?.keys() ?? [])].filter((k) => k.endsWith(` ${key}`));
        if (longer.length === 1) return longer[0]!;
      }
      // An organisation's name with a company word after a name of several words the corpus also
      // uses alone: "Harlan Row Research" and "Harlan Row".
      if (m.kind === 'organization' || m.kind === 'other') {
        const words = key.split(' ');
        if (words.length >= 2 && ORG_SUFFIXES.has(words[words.length - 1]!)) {
          const short = words.slice(0, -1).join(' ');
          // A single word joins its longer name instead (the first-word rule below), never both ways.
          if (short.includes(' ') && get(`O:${short}`) !== undefined) return short;
        }
      }
      // A name the recogniser could not read as a person's, ending in the full name of the one
      // person of the corpus with that surname: "Actress Tara Reid", "Saints RB Pierre Thomas".
      if (m.kind !== 'person' && m.kind !== 'place' && m.surname === undefined && !key.startsWith('~')) {
        const words = key.split(' ');
        if (words.length >= 3 && words.length <= 5) {
          const last = words[words.length - 1]!;
          const person = one(people(last)) ?? oneName(get(`L:${last}`));
          if (person && person.split(' ').length >= 2 && key.endsWith(` ${person}`)) return person;
        }
      }
      if (m.kind === 'organization' && /^[\p{L}0-9]+$/u.test(key)) {
        if (m.text.toUpperCase() === m.text) return one(get(`I:${key}`)) ?? key;
        // An organisation named by its first word only ("Wendline CEO Priya Raman"); else a word
        // the recogniser took for one that is the last word of the one name of two or three words
        // it could not call a person ("Lohan's lawyer" and "Lindsay Lohan").
        return firstWord(key) ?? oneName(get(`L:${key}`)) ?? key;
      }
      return key;
    };
  }
}

/**
 * A last word (of a name the recogniser could not call a person's) or a first word alone stands for
 * the name the corpus gives far more often than all the others it could stand for: DOMINANT_RATIO
 * times their mentions together. A headline fragment or a slip ("Stunning Williams" once beside
 * "Esther Williams" fifty times) then does not keep the word from its name; two names given about
 * as often keep it apart. 3: "Quillon Devices" six times beside "Quillon Q4" and "Quillon Newsroom"
 * once each (our tuned corpora); 5 left it apart. People's surnames (S) and given names (G) never
 * go by counts: one person only.
 */
const DOMINANT_RATIO = 3;
/**
 * `dominant` among names that start alike, a longer form counted with the one it extends ("Castlemere
 * United Women" with "Castlemere United", against "Castlemere Women").
 */
function dominantOf(s: ReadonlyMap<string, number> | undefined): string | undefined {
  if (!s || s.size < 2) return undefined;
  const keys = [...s.keys()].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const merged = new Map<string, number>();
  for (const k of keys) {
    // The shortest other name that k extends by whole words (looked up word by word, not over all names).
    const words = k.split(' ');
    let into = k;
    for (let n = 1; n < words.length; n++) {
      const prefix = words.slice(0, n).join(' ');
      if (s.has(prefix)) {
        into = prefix;
        break;
      }
    }
    merged.set(into, (merged.get(into) ?? 0) + s.get(k)!);
  }
  return merged.size === 1 ? merged.keys().next().value : dominant(merged);
}
function dominant(s: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let top = 0;
  let rest = 0;
  for (const [k, n] of s) {
    if (n > top) {
      rest += top;
      top = n;
      best = k;
    } else rest += n;
  }
  return top >= DOMINANT_RATIO * rest ? best : undefined;
}

/** Letters of the facts whose counts decide a link: F (first words), L (last words). */
const COUNTED_FACTS = new Set(['F', 'L'].map((c) => c.charCodeAt(0)));

/** The longest name a first word alone may stand for, in words. */
const F_JOIN_WORDS = 3;

function roleWords(role: string): Set<string> {
  return new Set(
    fold(role)
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 2),
  );
}

function kindOf(votes: ReadonlyMap<EntityKind, number>): EntityKind {
  let best: EntityKind = 'other';
  let bestVotes = -1;
  for (const k of KIND_ORDER) {
    const v = votes.get(k) ?? 0;
    if (k === 'other' && bestVotes > 0) continue;
    if (v > bestVotes) {
      best = k;
      bestVotes = v;
    }
  }
  return best;
}

/** The full name for people, the canonical name for places, else the most frequent written form. */
function displayName(forms: ReadonlyMap<string, number>): string {
  let best = '';
  let bestScore = -1;
  for (const [name, n] of forms) {
    // Prefer a name of several words (a full name over a surname), then the most frequent of them
    // ("Lindsay Lohan" over "Actress Lindsay Lohan" written once), then the longer.
    const words = name.split(/\s+/).length;
    const score = (words >= 2 ? 1e9 : 0) + n * 100 + words;
    if (score > bestScore || (score === bestScore && name < best)) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}
