/**
 * What the engine reports: findings (conflicts between sources) in its own terms. The protocol
 * adapter and the CLI turn them into LSP diagnostics, text, JSON or SARIF.
 */
import { KINDS } from './claims/registry';
import type { ClaimKind } from './claims/types';
import type { Location, Span } from './types';

/** Findings that are not about one claim kind: quotations, speakers, roles, claims of one source. */
const OTHER_KINDS = {
  quotation: { description: 'Sources quote the same statement in different words.', severity: 'warning' },
  attribution: { description: 'Sources attribute the same words to different speakers.', severity: 'warning' },
  role: { description: 'Sources give the same person roles or titles that disagree.', severity: 'warning' },
  update: { description: 'A running figure (the dead, the injured, the missing) that a later source gives anew: an update, not a conflict.', severity: 'information' },
  'single-source': { description: 'A claim or quotation that no other source makes (off unless turned on).', severity: 'off' },
} as const;

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

/** The kinds of finding; each is a diagnostic `code` and a severity setting: every claim kind, then the others. */
export type FindingKind = ClaimKind | keyof typeof OTHER_KINDS;
export const FINDING_KINDS: readonly FindingKind[] = [...(Object.keys(KINDS) as ClaimKind[]), ...(Object.keys(OTHER_KINDS) as Array<keyof typeof OTHER_KINDS>)];

/** One-line descriptions of each kind, for SARIF rules, the README and hovers. */
export const FINDING_DESCRIPTIONS: Readonly<Record<FindingKind, string>> = Object.fromEntries(
  FINDING_KINDS.map((k) => [k, k in KINDS ? KINDS[k as ClaimKind].description : OTHER_KINDS[k as keyof typeof OTHER_KINDS].description]),
) as Record<FindingKind, string>;

/** Default severity of each kind. */
export const DEFAULT_SEVERITY: Readonly<Record<FindingKind, SeveritySetting>> = Object.fromEntries(
  FINDING_KINDS.map((k) => [k, k in KINDS ? KINDS[k as ClaimKind].severity : OTHER_KINDS[k as keyof typeof OTHER_KINDS].severity]),
) as Record<FindingKind, SeveritySetting>;

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
  /** The user confirmed the discrepancy (every one of its conflicts): it stays reported, marked. */
  readonly confirmed?: true;
}

/**
 * A user's verdict on a conflict: a discrepancy they confirmed, or not a conflict at all (no longer
 * reported). Kept by key (see Finding.key), by the language server in the folder's reviews file.
 */
export type Verdict = 'confirmed' | 'dismissed';
export type VerdictOf = (key: string) => Verdict | undefined;

/** The severity a finding of `kind` gets under `settings` (a partial map of kind to setting). */
export function severityOf(kind: FindingKind, settings?: Partial<Record<string, SeveritySetting>>): SeveritySetting {
  const s = settings?.[kind];
  return s && ['error', 'warning', 'information', 'hint', 'off'].includes(s) ? s : DEFAULT_SEVERITY[kind];
}

/**
 * The kinds reported as conflicts under `settings`: those whose findings are warnings or errors
 * (by default every claim kind, quotations, attributions and roles; not updates, which are
 * information, nor claims of one source). The status bar, the Conflicts view, the source matrix's
 * count and the CLI's summary all count conflicts of these kinds (countConflicts).
 */
export function conflictKinds(settings?: Partial<Record<string, SeveritySetting>>): (kind: FindingKind) => boolean {
  return (kind) => {
    const s = severityOf(kind, settings);
    return s === 'error' || s === 'warning';
  };
}
