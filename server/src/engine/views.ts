/**
 * The whole picture of a corpus, for the source matrix and the timeline: who says what about each
 * thing, and when things happened according to whom. Built from the comparison's groups (the same
 * comparisons that make findings), so a conflict in a view is a conflict in the Problems panel.
 */
import { MONTH_NAMES } from './lexicon/calendar';
import { dayNumber, isoOf } from './claims';
import type { ClaimGroup, GroupMember } from './compare';
import type { Corpus } from './corpus';
import type { DocumentAnalysis } from './document';
import { conflictKinds, type FindingKind, type Verdict } from './findings';
import type { Span } from './types';

export type RowKind = ClaimGroup['kind'];
/**
 * What a value is in its row: `conflict`, the odd one out (or, where no value has a majority, every
 * disputed one); `majority`, a disputed value that most of the row's other sources agree with;
 * `reviewed`, `agree`, `single`.
 */
export type ViewStatus = 'conflict' | 'majority' | 'reviewed' | 'agree' | 'single';

/** One claim in a cell. */
export interface MatrixEntry {
  readonly span: Span;
  /** As written. */
  readonly text: string;
  /** Normalised ("6.2–6.5 h"); for quotations the speaker, for roles the role. */
  readonly display: string;
  /** The sentence it stands in, shortened. */
  readonly excerpt: string;
  readonly status: ViewStatus;
  /** The sources it conflicts with, and in which way (unreviewed conflicts only). */
  readonly conflicts: ReadonlyArray<{ readonly doc: string; readonly kind: FindingKind }>;
}

/** What one source says about a row's thing (sources that say nothing have no cell). */
export interface MatrixCell {
  readonly doc: string;
  readonly status: ViewStatus;
  readonly entries: readonly MatrixEntry[];
}

export interface MatrixRow {
  /** Stable while the texts stay the same. */
  readonly id: string;
  readonly kind: RowKind;
  readonly label: string;
  readonly context?: string;
  readonly status: ViewStatus;
  /** A conflict row where no disputed value has most of the other sources behind it. */
  readonly noMajority?: true;
  readonly cells: readonly MatrixCell[];
  /**
   * The row is a conflict as the status bar, the Conflicts view and the CLI count them (countConflicts):
   * a conflict row of updates only, or of kinds the user does not report as conflicts, is not.
   */
  readonly counted: boolean;
  /** The keys of the row's conflicts not dismissed: a verdict on the row is a verdict on each. */
  readonly keys: readonly string[];
  /** The user's verdict on every conflict of the row, if they gave one. */
  readonly verdict?: Verdict;
}

export interface SourceMatrix {
  /** The columns: document ids, sorted. */
  readonly sources: readonly string[];
  /** Conflicts first, then reviewed conflicts, agreement, and claims of one source. */
  readonly rows: readonly MatrixRow[];
  /** Sources left out to keep the matrix readable (the least involved ones). */
  readonly omittedSources: number;
}

/** A source dating an event. */
export interface TimelineSource {
  readonly doc: string;
  readonly span: Span;
  readonly text: string;
  readonly display: string;
  readonly excerpt: string;
}

/** An event at one date, with the sources that put it there. */
export interface TimelineMark {
  readonly event: number;
  /** Days since 1970-01-01 (UTC), inclusive. */
  readonly start: number;
  readonly end: number;
  /** "27 February 2025", "17–27 February 2025", "2022". */
  readonly when: string;
  /** The year was not written and was taken from the other sources or the corpus. */
  readonly yearInferred: boolean;
  /** Another mark of the same event puts it on a date this one contradicts. */
  readonly conflict: boolean;
  readonly sources: readonly TimelineSource[];
}

export interface TimelineEvent {
  readonly label: string;
  readonly context?: string;
  readonly kind: 'date' | 'year';
  readonly conflict: boolean;
  /** Indexes into the timeline's marks. */
  readonly marks: readonly number[];
}

export interface Timeline {
  readonly events: readonly TimelineEvent[];
  /** In time order. */
  readonly marks: readonly TimelineMark[];
}

export interface Views {
  readonly matrix: SourceMatrix;
  readonly timeline: Timeline;
}

export interface ViewOptions {
  /** Documents whose claims the views are about (others appear where they say the same things). Default: all. */
  readonly focus?: ReadonlySet<string>;
  /** At most this many source columns. Default 40. */
  readonly maxSources?: number;
  /** The kinds reported as conflicts (default conflictKinds(): the default severities'), for MatrixRow.counted. */
  readonly counted?: (kind: FindingKind) => boolean;
}

const STATUS_RANK: Record<ViewStatus, number> = { conflict: 0, majority: 1, reviewed: 2, agree: 3, single: 4 };

/** The source matrix and the timeline of a corpus (or of the documents in `options.focus`). */
export function buildViews(corpus: Corpus, options: ViewOptions = {}): Views {
  const groups = corpus.comparison().groups(options.focus);
  return { matrix: buildMatrix(corpus, groups, options), timeline: buildTimeline(corpus, groups, options.focus) };
}

/**
 * How many conflicts the corpus holds, by the one definition the status bar, the Conflicts view, the
 * source matrix and the CLI's summary share: a conflict is a disagreement, a group of claims about
 * one thing (a matrix row) with at least one pair that disagrees and that the user has not said is
 * no conflict, of a kind `counted` (the kinds a caller reports as conflicts; updates are not).
 * A disagreement told in three sources is one conflict, however many diagnostics it makes. With a
 * focus, the disagreements that involve those documents.
 */
export function countConflicts(corpus: Corpus, counted: (kind: FindingKind) => boolean = conflictKinds(), focus?: ReadonlySet<string>): number {
  let n = 0;
  for (const g of corpus.comparison().groups(focus)) if (isConflict(g, counted)) n++;
  return n;
}

/**
 * Folders with more sources than this have views of one source (and those sharing its claims) at a
 * time, not of the whole folder: a matrix of thousands of rows helps nobody, and building it takes
 * seconds.
 */
export const WHOLE_FOLDER_LIMIT = 200;

/**
 * The conflicts of a large corpus, counted from its findings alone: clusters of claims linked by
 * disagreement (a claim and every passage its findings disagree with), of kinds `counted`. The same
 * as countConflicts but where two clusters are one group only through claims that agree; it costs
 * what the findings cost, where countConflicts gathers every claim group.
 */
export function countConflictClusters(corpus: Corpus, counted: (kind: FindingKind) => boolean = conflictKinds()): number {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    for (let y = x; parent.get(y) !== r; ) {
      const next = parent.get(y)!;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  const node = (doc: string, span: Span) => {
    const k = `${doc}\u0000${span.start}\u0000${span.end}`;
    if (!parent.has(k)) parent.set(k, k);
    return k;
  };
  for (const id of corpus.ids()) {
    for (const f of corpus.findingsFor(id)) {
      if (!counted(f.kind) || !f.related.length) continue;
      const a = node(f.doc, f.span);
      for (const r of f.related) {
        const ra = find(a);
        const rb = find(node(r.doc, r.span));
        if (ra !== rb) parent.set(ra, rb);
      }
    }
  }
  let n = 0;
  for (const [k, p] of parent) if (k === p) n++;
  return n;
}

/** Whether a group is a conflict (see countConflicts). */
function isConflict(g: ClaimGroup, counted: (kind: FindingKind) => boolean): boolean {
  return g.members.some((m) => m.conflicts.some((c) => c.verdict !== 'dismissed' && counted(c.kind)));
}

// ---- matrix ---------------------------------------------------------------------------------------

function sourcesOf(g: ClaimGroup): number {
  return new Set(g.members.map((m) => m.doc)).size;
}

function buildMatrix(corpus: Corpus, groups: readonly ClaimGroup[], options: ViewOptions): SourceMatrix {
  const rows: MatrixRow[] = [];
  const counted = options.counted ?? conflictKinds();
  for (const g of groups) {
    const single = sourcesOf(g) < 2;
    const cells = new Map<string, MatrixEntry[]>();
    for (const m of g.members) {
      const open = m.conflicts.filter((c) => c.verdict !== 'dismissed');
      const status: ViewStatus = single ? 'single' : open.length ? 'conflict' : m.conflicts.length ? 'reviewed' : 'agree';
      const conflicts = uniqueBy(
        open.map((c) => ({ doc: g.members[c.with]?.doc ?? '', kind: c.kind })).filter((c) => c.doc),
        (c) => `${c.doc}|${c.kind}`,
      );
      let list = cells.get(m.doc);
      if (!list) cells.set(m.doc, (list = []));
      list.push({ span: { start: m.span.start, end: m.span.end }, text: m.text, display: m.display, excerpt: excerpt(corpus.get(m.doc), m.span), status, conflicts });
    }
    // The odd one out: a disputed value is the majority's when more of the row's sources give it
    // (its own and those that do not dispute it) than dispute it, and more than give any value it
    // disputes ("chief executive" three times against one "operations director": the three ✓, the
    // one ✗; two sources against one: the two ✓). Where none is (one source against one, or a
    // source whose hedge meets both), every disputed value stays a conflict.
    // An entry's support: its own source and the row's sources that do not dispute it.
    const support = new Map<MatrixEntry, number>();
    for (const list of cells.values()) for (const e of list) support.set(e, cells.size - new Set(e.conflicts.map((c) => c.doc)).size);
    const majority = new Set<MatrixEntry>();
    for (const [doc, list] of cells) {
      for (const e of list) {
        if (e.status !== 'conflict') continue;
        const against = new Set(e.conflicts.map((c) => c.doc));
        let rival = 0;
        for (const d of against) for (const o of cells.get(d) ?? []) if (o.conflicts.some((c) => c.doc === doc)) rival = Math.max(rival, support.get(o)!);
        if (support.get(e)! > against.size && support.get(e)! > rival) majority.add(e);
      }
    }
    for (const list of cells.values()) for (let i = 0; i < list.length; i++) if (majority.has(list[i]!)) list[i] = { ...list[i]!, status: 'majority' };
    const cellList: MatrixCell[] = [...cells.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([doc, entries]) => ({ doc, status: worst(entries.map((e) => e.status)), entries }));
    // A row with a dispute is a conflict row, whether or not a majority shows.
    const worstOf = worst(cellList.map((c) => c.status));
    const status = worstOf === 'majority' ? 'conflict' : worstOf;
    const noMajority = status === 'conflict' && !cellList.some((c) => c.entries.some((e) => e.status === 'majority'));
    const first = g.members[0]!;
    // A verdict on the row is given on its pairs not dismissed already: a confirmation or a Reset
    // leaves an earlier "not a conflict" on one of its pairs as it was. The row's own verdict is
    // 'dismissed' when every pair is, 'confirmed' when every pair left is.
    const all = g.members.flatMap((m) => m.conflicts);
    const open = all.filter((c) => c.verdict !== 'dismissed');
    const keys = [...new Set(open.map((c) => c.key))].sort();
    const verdict: Verdict | undefined = all.length && !open.length ? 'dismissed' : open.length && open.every((c) => c.verdict === 'confirmed') ? 'confirmed' : undefined;
    rows.push({
      id: `${g.kind}|${g.label}|${first.doc}|${first.span.start}`,
      kind: g.kind,
      label: g.label,
      ...(g.context ? { context: g.context } : {}),
      status,
      ...(noMajority ? { noMajority: true } : {}),
      cells: cellList,
      counted: isConflict(g, counted),
      keys,
      ...(verdict ? { verdict } : {}),
    });
  }
  rows.sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || b.cells.length - a.cells.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  // Columns: every source that appears, the focus first when there are too many.
  const maxSources = options.maxSources ?? 40;
  const involvement = new Map<string, number>();
  for (const r of rows) for (const c of r.cells) involvement.set(c.doc, (involvement.get(c.doc) ?? 0) + (STATUS_RANK[r.status] < 3 ? 10 : 1));
  let sources = [...involvement.keys()];
  let omitted = 0;
  if (sources.length > maxSources) {
    const focus = options.focus ?? new Set<string>();
    sources.sort((a, b) => Number(focus.has(b)) - Number(focus.has(a)) || involvement.get(b)! - involvement.get(a)! || (a < b ? -1 : 1));
    omitted = sources.length - maxSources;
    sources = sources.slice(0, maxSources);
  }
  sources.sort();
  const kept = new Set(sources);
  const visible = omitted
    ? rows.map((r) => ({ ...r, cells: r.cells.filter((c) => kept.has(c.doc)) })).filter((r) => r.cells.length > 0)
    : rows;
  return { sources, rows: visible, omittedSources: omitted };
}

function worst(statuses: readonly ViewStatus[]): ViewStatus {
  let w: ViewStatus = 'single';
  for (const s of statuses) if (STATUS_RANK[s] < STATUS_RANK[w]) w = s;
  return w;
}

function uniqueBy<T>(xs: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => !seen.has(key(x)) && (seen.add(key(x)), true));
}

/** The sentence holding `span`, shortened to about 200 characters around it. */
function excerpt(doc: DocumentAnalysis | undefined, span: Span): string {
  if (!doc) return '';
  const s = sentenceAt(doc, span.start);
  const start = s ? s.start : span.start;
  const end = s ? Math.max(s.end, span.end) : span.end;
  let text = doc.text.slice(start, end);
  const at = span.start - start;
  if (text.length > 200) {
    const from = Math.max(0, Math.min(at - 80, text.length - 200));
    text = `${from > 0 ? '…' : ''}${text.slice(from, from + 200)}${from + 200 < text.length ? '…' : ''}`;
  }
  return text.replace(/\s+/g, ' ').trim();
}

function sentenceAt(doc: DocumentAnalysis, offset: number): Span | undefined {
  const ss = doc.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ss[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

// ---- timeline -------------------------------------------------------------------------------------

interface Dated {
  readonly m: GroupMember;
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly yearInferred: boolean;
}

function buildTimeline(corpus: Corpus, groups: readonly ClaimGroup[], focus: ReadonlySet<string> | undefined): Timeline {
  const fallbackYear = corpusYear(corpus, focus);
  const events: Array<{ label: string; context?: string; kind: 'date' | 'year'; conflict: boolean; marks: TimelineMark[] }> = [];
  const grouped = new Set<string>();
  const dated: ClaimGroup[] = groups.filter((g) => g.kind === 'date' || g.kind === 'year');
  for (const g of dated) for (const m of g.members) grouped.add(`${m.doc}|${m.span.start}`);
  // Dates and years no event word stands beside are not compared, but they are still dated mentions.
  for (const id of focus ? [...focus].sort() : corpus.ids()) {
    const doc = corpus.get(id);
    if (!doc) continue;
    for (const c of doc.claims) {
      if ((c.kind !== 'date' && c.kind !== 'year') || c.classes.length || grouped.has(`${id}|${c.start}`)) continue;
      dated.push({ kind: c.kind, label: c.kind === 'date' ? 'A date' : 'A year', members: [{ doc: id, span: c, text: c.text, display: c.display, claim: c, conflicts: [] }] });
    }
  }
  for (const g of dated) {
    const kind = g.kind as 'date' | 'year';
    const year = groupYear(g) ?? fallbackYear;
    const items: Dated[] = [];
    g.members.forEach((m, index) => {
      const r = dayRange(m, year);
      if (r) items.push({ m, index, ...r });
    });
    if (!items.length) continue;
    // Marks: the most precise statements first; a wider one joins the first mark it overlaps and
    // does not contradict ("last week" joins "February 18").
    items.sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start || a.index - b.index);
    const marks: Array<{ items: Dated[] }> = [];
    for (const it of items) {
      const home = marks.find((mk) => {
        const head = mk.items[0]!;
        return it.start <= head.end && head.start <= it.end && !mk.items.some((x) => conflictBetween(x.m, it.index) || conflictBetween(it.m, x.index));
      });
      if (home) home.items.push(it);
      else marks.push({ items: [it] });
    }
    const markOf = new Map<number, number>();
    marks.forEach((mk, i) => mk.items.forEach((it) => markOf.set(it.index, i)));
    const built = marks.map((mk, i) => {
      const head = mk.items[0]!;
      const conflict = mk.items.some((it) => it.m.conflicts.some((c) => c.verdict !== 'dismissed' && markOf.get(c.with) !== undefined && markOf.get(c.with) !== i));
      const sources = [...mk.items]
        .sort((a, b) => (a.m.doc < b.m.doc ? -1 : a.m.doc > b.m.doc ? 1 : a.m.span.start - b.m.span.start))
        .map((it) => ({ doc: it.m.doc, span: { start: it.m.span.start, end: it.m.span.end }, text: it.m.text, display: it.m.display, excerpt: excerpt(corpus.get(it.m.doc), it.m.span) }));
      return { event: events.length, start: head.start, end: head.end, when: whenOf(kind, head), yearInferred: head.yearInferred, conflict, sources };
    });
    events.push({ label: g.label, ...(g.context ? { context: g.context } : {}), kind, conflict: built.some((b) => b.conflict), marks: built });
  }
  // Marks in time order; events in the order of their first mark.
  const all = events.flatMap((e) => e.marks);
  all.sort((a, b) => a.start - b.start || a.end - b.end || a.event - b.event || (a.sources[0]!.doc < b.sources[0]!.doc ? -1 : 1));
  const firstAt = new Map<number, number>();
  all.forEach((m, i) => {
    if (!firstAt.has(m.event)) firstAt.set(m.event, i);
  });
  const order = [...events.keys()].sort((a, b) => firstAt.get(a)! - firstAt.get(b)!);
  const renumber = new Map(order.map((old, i) => [old, i]));
  const marks = all.map((m) => ({ ...m, event: renumber.get(m.event)! }));
  const outEvents: TimelineEvent[] = order.map((old) => {
    const e = events[old]!;
    return {
      label: e.label,
      ...(e.context ? { context: e.context } : {}),
      kind: e.kind,
      conflict: e.conflict,
      marks: marks.flatMap((m, i) => (m.event === renumber.get(old) ? [i] : [])),
    };
  });
  return { events: outEvents, marks };
}

function conflictBetween(m: GroupMember, other: number): boolean {
  return m.conflicts.some((c) => c.with === other && c.verdict !== 'dismissed');
}

/** The year most of a group's full dates give (for its dates written without a year). */
function groupYear(g: ClaimGroup): number | undefined {
  const votes = new Map<number, number>();
  for (const m of g.members) {
    const c = m.claim;
    if (!c || c.kind !== 'date' || c.monthDay || !Number.isFinite(c.lo)) continue;
    const y = new Date(((c.lo + c.hi) / 2) * 86400000).getUTCFullYear();
    votes.set(y, (votes.get(y) ?? 0) + 1);
  }
  return best(votes);
}

/** The year most dated documents (or full dates) of the corpus are in. */
function corpusYear(corpus: Corpus, focus: ReadonlySet<string> | undefined): number | undefined {
  const votes = new Map<number, number>();
  for (const id of focus ?? corpus.documents()) {
    const doc = corpus.get(id);
    if (!doc) continue;
    if (doc.date) votes.set(+doc.date.iso.slice(0, 4), (votes.get(+doc.date.iso.slice(0, 4)) ?? 0) + 3);
    for (const c of doc.claims) {
      if (c.kind === 'date' && !c.monthDay && Number.isFinite(c.lo) && c.hi - c.lo < 32) {
        const y = new Date(c.lo * 86400000).getUTCFullYear();
        votes.set(y, (votes.get(y) ?? 0) + 1);
      }
    }
  }
  return best(votes);
}

function best(votes: Map<number, number>): number | undefined {
  let y: number | undefined;
  let n = 0;
  for (const [k, v] of [...votes].sort((a, b) => a[0] - b[0])) if (v > n) [y, n] = [k, v];
  return y;
}

/** A member's date as a day range; undefined when it has no finite place on an axis. */
function dayRange(m: GroupMember, year: number | undefined): { start: number; end: number; yearInferred: boolean } | undefined {
  const c = m.claim;
  if (!c) return undefined;
  if (c.kind === 'date') {
    if (c.monthDay) {
      if (year === undefined) return undefined;
      const start = Date.UTC(year, c.monthDay.month - 1, c.monthDay.day) / 86400000;
      const end = c.monthDay.lastDay ? Date.UTC(year, c.monthDay.month - 1, c.monthDay.lastDay) / 86400000 : start;
      return { start, end, yearInferred: true };
    }
    return finite(c.lo, c.hi);
  }
  if (c.kind === 'year') {
    const r = finite(c.lo, c.hi);
    if (!r) return undefined;
    return { start: dayNumber(`${pad4(Math.ceil(r.start - 1e-9))}-01-01`), end: dayNumber(`${pad4(Math.floor(r.end + 1e-9))}-12-31`), yearInferred: false };
  }
  return undefined;
}

function pad4(y: number): string {
  return String(Math.max(0, Math.min(9999, y))).padStart(4, '0');
}

/** An interval with at least one finite end, as a finite range (an open end is the other end). */
function finite(lo: number, hi: number): { start: number; end: number; yearInferred: false } | undefined {
  const a = Number.isFinite(lo) ? lo : hi;
  const b = Number.isFinite(hi) ? hi : lo;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return undefined;
  return { start: Math.min(a, b), end: Math.max(a, b), yearInferred: false };
}

/** How a mark's date reads: "27 February 2025", "17–27 February 2025", "2016–2018". */
function whenOf(kind: 'date' | 'year', d: { start: number; end: number }): string {
  if (kind === 'year') {
    const a = +isoOf(d.start).slice(0, 4);
    const b = +isoOf(d.end).slice(0, 4);
    return a === b ? String(a) : `${a}–${b}`;
  }
  const a = isoOf(Math.round(d.start));
  const b = isoOf(Math.round(d.end));
  const [ya, ma, da] = [a.slice(0, 4), +a.slice(5, 7), +a.slice(8, 10)];
  const [yb, mb, db] = [b.slice(0, 4), +b.slice(5, 7), +b.slice(8, 10)];
  if (a === b) return `${da} ${MONTH_NAMES[ma - 1]} ${ya}`;
  const firstOfMonth = da === 1;
  const lastOfMonth = isoOf(Math.round(d.end) + 1).slice(8, 10) === '01';
  if (ya === yb && ma === mb && firstOfMonth && lastOfMonth) return `${MONTH_NAMES[ma - 1]} ${ya}`;
  if (ya === yb && ma === mb) return `${da}–${db} ${MONTH_NAMES[ma - 1]} ${ya}`;
  if (ya === yb) return `${da} ${MONTH_NAMES[ma - 1]} – ${db} ${MONTH_NAMES[mb - 1]} ${ya}`;
  return `${da} ${MONTH_NAMES[ma - 1]} ${ya} – ${db} ${MONTH_NAMES[mb - 1]} ${yb}`;
}
