/**
 * The source matrix and the timeline as plain data for a renderer: sources by index, places as
 * zero-based lines and UTF-16 characters (as in LSP). The language server sends it to the VS Code
 * client's webview (and to any editor that asks); the CLI renders it as HTML or Markdown.
 */
import { type Corpus, KINDS, type Span, type ViewStatus, type Views } from '../engine';

/** The symbol of each state, so that the views read without colour too. */
export { STATUS_SYMBOL } from './symbols';

export interface Place {
  readonly line: number;
  readonly character: number;
  readonly endLine: number;
  readonly endCharacter: number;
}

export interface ViewSource {
  /** How the source is named: a path relative to the folder. */
  readonly name: string;
  /** Where it is: a URI (the server) or a relative path (a report). */
  readonly href: string;
  /** The date the source gives for itself. */
  readonly date?: string;
}

export interface ViewEntry {
  readonly text: string;
  readonly display: string;
  readonly excerpt: string;
  readonly status: ViewStatus;
  /** Sources (indexes) it conflicts with, and how. */
  readonly conflicts: ReadonlyArray<{ readonly source: number; readonly kind: string }>;
  readonly at: Place;
}

export interface ViewCell {
  readonly source: number;
  readonly status: ViewStatus;
  readonly entries: readonly ViewEntry[];
}

export interface ViewRow {
  readonly id: string;
  readonly kind: string;
  readonly label: string;
  readonly context?: string;
  readonly status: ViewStatus;
  /** No disputed value has most of the other sources behind it. */
  readonly noMajority?: true;
  readonly cells: readonly ViewCell[];
  /** A conflict as the status bar and the Conflicts view count them (not a row of updates only). */
  readonly counted: boolean;
  /** The keys of the row's conflicts: a verdict on the row is given on each (SetVerdictCommand). */
  readonly keys: readonly string[];
  /** The user's verdict on every conflict of the row. */
  readonly verdict?: 'confirmed' | 'dismissed';
}

export interface ViewMarkSource {
  readonly source: number;
  readonly text: string;
  readonly display: string;
  readonly excerpt: string;
  readonly at: Place;
}

export interface ViewMark {
  readonly event: number;
  readonly when: string;
  /** ISO day of the mark's start, for the axis. */
  readonly start: string;
  readonly yearInferred: boolean;
  readonly conflict: boolean;
  readonly sources: readonly ViewMarkSource[];
}

export interface ViewEvent {
  readonly label: string;
  readonly context?: string;
  readonly kind: string;
  readonly conflict: boolean;
  readonly marks: readonly number[];
}

export interface ViewModel {
  readonly title: string;
  readonly sources: readonly ViewSource[];
  /** `columns`: the first sources are the matrix's columns; the timeline may cite more. */
  readonly matrix: { readonly rows: readonly ViewRow[]; readonly columns: number; readonly omittedSources: number };
  readonly timeline: { readonly events: readonly ViewEvent[]; readonly marks: readonly ViewMark[] };
  /** The kinds' names in the kind filter ("durations", "vote tallies"), from the engine's registry. */
  readonly kindNames: Readonly<Record<string, string>>;
}

const KIND_NAMES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.values(KINDS).map((k) => [k.kind, k.plural])),
  quotation: 'quotations',
  role: 'roles',
};

export interface ModelOptions {
  readonly title: string;
  readonly name: (id: string) => string;
  readonly href: (id: string) => string;
}

/** The views of a corpus as a view model. */
export function toViewModel(corpus: Corpus, views: Views, options: ModelOptions): ViewModel {
  // Sources: the matrix's columns, then any other source the timeline cites.
  const ids = [...views.matrix.sources];
  const index = new Map(ids.map((id, i) => [id, i]));
  const sourceOf = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      ids.push(id);
      index.set(id, i);
    }
    return i;
  };
  const place = (id: string, span: Span): Place => {
    const lines = corpus.get(id)!.lines;
    const a = lines.positionAt(span.start);
    const b = lines.positionAt(span.end);
    return { line: a.line, character: a.character, endLine: b.line, endCharacter: b.character };
  };
  const rows: ViewRow[] = views.matrix.rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    label: r.label,
    ...(r.context ? { context: r.context } : {}),
    status: r.status,
    ...(r.noMajority ? { noMajority: true as const } : {}),
    counted: r.counted,
    keys: r.keys,
    ...(r.verdict ? { verdict: r.verdict } : {}),
    cells: r.cells.map((c) => ({
      source: sourceOf(c.doc),
      status: c.status,
      entries: c.entries.map((e) => ({
        text: e.text,
        display: e.display,
        excerpt: e.excerpt,
        status: e.status,
        conflicts: e.conflicts.filter((x) => index.has(x.doc)).map((x) => ({ source: index.get(x.doc)!, kind: x.kind })),
        at: place(c.doc, e.span),
      })),
    })),
  }));
  const marks: ViewMark[] = views.timeline.marks.map((m) => ({
    event: m.event,
    when: m.when,
    start: new Date(m.start * 86400000).toISOString().slice(0, 10),
    yearInferred: m.yearInferred,
    conflict: m.conflict,
    sources: m.sources.map((s) => ({ source: sourceOf(s.doc), text: s.text, display: s.display, excerpt: s.excerpt, at: place(s.doc, s.span) })),
  }));
  const events: ViewEvent[] = views.timeline.events.map((e) => ({
    label: e.label,
    ...(e.context ? { context: e.context } : {}),
    kind: e.kind,
    conflict: e.conflict,
    marks: e.marks,
  }));
  const sources: ViewSource[] = ids.map((id) => {
    const date = corpus.get(id)?.date?.iso;
    return { name: options.name(id), href: options.href(id), ...(date ? { date } : {}) };
  });
  return { title: options.title, sources, matrix: { rows, columns: views.matrix.sources.length, omittedSources: views.matrix.omittedSources }, timeline: { events, marks }, kindNames: KIND_NAMES };
}
