/**
 * Entities of a corpus: the name mentions of every document linked into clusters. Built from the
 * documents' own mentions through indexes by key and by surname, so the cost grows with the number
 * of mentions, never with pairs of documents.
 */
import type { DocumentAnalysis } from './document';
import { fold, NAME_CONNECTORS } from './lexicon';
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

export class EntityIndex {
  private readonly entitiesById = new Map<string, Entity>();
  /** Per document: its mentions in text order with their entity. */
  private readonly perDoc = new Map<string, Array<{ mention: NameMention; entity: Entity }>>();

  constructor(docs: readonly DocumentAnalysis[]) {
    const ordered = [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const resolve = linker(ordered);
    const groups = new Map<string, EntityMention[]>();
    for (const d of ordered) {
      for (const m of d.names) {
        const key = resolve(d, m);
        if (key === undefined) continue;
        let g = groups.get(key);
        if (!g) groups.set(key, (g = []));
        g.push({ doc: d.id, mention: m });
      }
    }
    for (const [id, mentions] of groups) {
      const byDoc = new Map<string, NameMention[]>();
      const roles = new Map<string, RoleText[]>();
      for (const { doc, mention } of mentions) {
        let list = byDoc.get(doc);
        if (!list) byDoc.set(doc, (list = []));
        list.push(mention);
        if (mention.role) {
          let r = roles.get(doc);
          if (!r) roles.set(doc, (r = []));
          if (!r.some((x) => fold(x.text) === fold(mention.role!.text))) r.push(mention.role);
        }
      }
      const entity: Entity = { id, name: displayName(mentions), kind: kindOf(mentions), mentions, byDoc, roles };
      this.entitiesById.set(id, entity);
      for (const { doc, mention } of mentions) {
        let list = this.perDoc.get(doc);
        if (!list) this.perDoc.set(doc, (list = []));
        list.push({ mention, entity });
      }
    }
    for (const list of this.perDoc.values()) list.sort((a, b) => a.mention.start - b.mention.start);
  }

  /** Every entity, most mentioned first, then by name. */
  all(): Entity[] {
    return [...this.entitiesById.values()].sort((a, b) => b.mentions.length - a.mentions.length || (a.name < b.name ? -1 : 1));
  }

  get(id: string): Entity | undefined {
    return this.entitiesById.get(id);
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
 * Decides the cluster key of each mention, with the whole corpus in view:
 * - a bare surname ("~peskov") joins the one person of the corpus with that surname; when several
 *   share it, the one whose roles agree with the mention's ("Mayor Achebe"), else it stays apart;
 * - a bare word that is no surname joins the one organisation or place whose name starts with it
 *   ("Wendline" and "Wendline Ferries");
 * - a generic organisation without its country ("State Department@") joins the one qualified form;
 * - an acronym joins the one organisation whose initials it is.
 */
function linker(docs: readonly DocumentAnalysis[]): (d: DocumentAnalysis, m: NameMention) => string | undefined {
  const keys = new Set<string>();
  const personsBySurname = new Map<string, Set<string>>();
  const rolesByKey = new Map<string, Set<string>>();
  const byFirstWord = new Map<string, Set<string>>();
  const qualified = new Map<string, Set<string>>();
  const byInitials = new Map<string, Set<string>>();
  for (const d of docs) {
    for (const m of d.names) {
      if (m.weak) continue;
      keys.add(m.key);
      if (m.key.startsWith('~')) continue;
      if (m.kind === 'person' && m.surname) add(personsBySurname, m.surname, m.key);
      if (m.role) for (const w of roleWords(m.role.text)) add(rolesByKey, m.key, w);
      const at = m.key.indexOf('@');
      if (at !== -1 && at < m.key.length - 1) add(qualified, m.key.slice(0, at + 1), m.key);
      if (m.kind !== 'person') {
        const words = m.key.replace(/@.*$/, '').split(' ');
        if (words.length > 1) add(byFirstWord, words[0]!, m.key);
        if (words.length > 1 && m.kind === 'organization') {
          const initials = words.filter((w) => !NAME_CONNECTORS.has(w)).map((w) => w.charAt(0)).join('');
          if (initials.length >= 2) add(byInitials, initials, m.key);
        }
      }
    }
  }
  const one = (s: Set<string> | undefined) => (s && s.size === 1 ? [...s][0]! : undefined);

  return (d, m) => {
    const key = m.key;
    if (m.weak) {
      // Kept only when the corpus knows the name: a person's surname, or a name used elsewhere.
      const people = personsBySurname.get(key.slice(1));
      if (people?.size === 1) return one(people);
      if (keys.has(key) || keys.has(key.slice(1))) return keys.has(key.slice(1)) ? key.slice(1) : key;
      return undefined;
    }
    if (key.startsWith('~')) {
      const w = key.slice(1);
      const people = personsBySurname.get(w);
      if (people?.size === 1) return one(people)!;
      if (people && people.size > 1 && m.role) {
        const mine = roleWords(m.role.text);
        const agree = [...people].filter((p) => [...(rolesByKey.get(p) ?? [])].some((r) => mine.has(r)));
        if (agree.length === 1) return agree[0]!;
      }
      if (people && people.size > 1) return key;
      // "Wendline" and "Wendline Ferries"; never a place-like mention ("in Ashcombe") into an organisation.
      const org = m.kind !== 'place' ? one(byFirstWord.get(w)) : undefined;
      if (org) return org;
      if (keys.has(w)) return w;
      const expanded = /^[a-z0-9]+$/.test(w) && m.text === m.text.toUpperCase() ? one(byInitials.get(w)) : undefined;
      if (expanded) return expanded;
      return key;
    }
    if (key.endsWith('@')) {
      // The document's own qualified form first, then the corpus's.
      const local = new Set(d.names.filter((n) => n.key.startsWith(key) && n.key !== key).map((n) => n.key));
      return one(local) ?? one(qualified.get(key)) ?? key;
    }
    if (m.kind === 'organization' && /^[\p{L}0-9]+$/u.test(key)) {
      if (m.text.toUpperCase() === m.text) return one(byInitials.get(key)) ?? key;
      // An organisation named by its first word only ("Wendline CEO Priya Raman").
      return one(byFirstWord.get(key)) ?? key;
    }
    return key;
  };
}

function add(map: Map<string, Set<string>>, k: string, v: string): void {
  let s = map.get(k);
  if (!s) map.set(k, (s = new Set()));
  s.add(v);
}

function roleWords(role: string): Set<string> {
  return new Set(
    fold(role)
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 2),
  );
}

function kindOf(mentions: readonly EntityMention[]): EntityKind {
  const votes = new Map<EntityKind, number>();
  for (const { mention } of mentions) votes.set(mention.kind, (votes.get(mention.kind) ?? 0) + (mention.sure ? 3 : 1));
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
function displayName(mentions: readonly EntityMention[]): string {
  const counts = new Map<string, number>();
  for (const { mention } of mentions) counts.set(mention.display, (counts.get(mention.display) ?? 0) + 1);
  let best = '';
  let bestScore = -1;
  for (const [name, n] of counts) {
    // Prefer longer names (a full name over a surname), then frequency.
    const score = name.split(/\s+/).length * 1000 + n;
    if (score > bestScore || (score === bestScore && name < best)) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}
