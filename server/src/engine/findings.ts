/**
 * What the engine reports: findings (conflicts between sources) in its own terms. The protocol
 * adapter and the CLI turn them into LSP diagnostics, text, JSON or SARIF.
 */
import type { Location, Span } from './types';

/** The kinds of finding; each is a diagnostic `code` and a severity setting. */
export const FINDING_KINDS = [
  'duration',
  'time',
  'date',
  'year',
  'count',
  'number',
  'money',
  'percentage',
  'quotation',
  'attribution',
  'role',
  'precision',
  'single-source',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

/** One-line descriptions of each kind, for SARIF rules, the README and hovers. */
export const FINDING_DESCRIPTIONS: Readonly<Record<FindingKind, string>> = {
  duration: 'Sources give durations that cannot both be true.',
  time: 'Sources give different clock times for the same moment.',
  date: 'Sources put the same event on different days (weekdays and relative dates resolved).',
  year: 'Sources give different years for the same event.',
  count: 'Sources count the same thing differently.',
  number: 'Sources give different numbers for the same quantity.',
  money: 'Sources give different sums of money for the same amount.',
  percentage: 'Sources give different percentages for the same share.',
  quotation: 'Sources quote the same statement in different words.',
  attribution: 'Sources attribute the same words to different speakers.',
  role: 'Sources give the same person roles or titles that disagree.',
  precision: 'Sources agree, but one states the value more precisely than the other allows.',
  'single-source': 'A claim or quotation that no other source makes (off unless turned on).',
};

/** Default severity of each kind. */
export const DEFAULT_SEVERITY: Readonly<Record<FindingKind, SeveritySetting>> = {
  duration: 'warning',
  time: 'warning',
  date: 'warning',
  year: 'warning',
  count: 'warning',
  number: 'warning',
  money: 'warning',
  percentage: 'warning',
  quotation: 'warning',
  attribution: 'warning',
  role: 'warning',
  precision: 'information',
  'single-source': 'off',
};

/** Another passage a finding points to (the other side of a conflict). */
export interface RelatedPassage extends Location {
  readonly message: string;
}

/** A conflict seen from one of its sides. */
export interface Finding {
  readonly kind: FindingKind;
  /** The document the finding is reported in. */
  readonly doc: string;
  /** The claim's own text in that document. */
  readonly span: Span;
  readonly message: string;
  readonly related: readonly RelatedPassage[];
  /**
   * Identifies the conflict by the claims' text, not their offsets, so that a review recorded for it
   * survives edits elsewhere in the files. The same on both sides of the conflict.
   */
  readonly key: string;
}

/** The severity a finding of `kind` gets under `settings` (a partial map of kind to setting). */
export function severityOf(kind: FindingKind, settings?: Partial<Record<string, SeveritySetting>>): SeveritySetting {
  const s = settings?.[kind];
  return s && ['error', 'warning', 'information', 'hint', 'off'].includes(s) ? s : DEFAULT_SEVERITY[kind];
}
