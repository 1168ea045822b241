/**
 * Corroborate's own protocol messages, beyond LSP. The client imports this module too; it imports
 * nothing, so both sides share one definition.
 */

/** Server → client: the state of the corpus, for the status bar. */
export const StatusNotification = 'corroborate/status';
export interface StatusParams {
  readonly state: 'reading' | 'analysing' | 'idle';
  /** Sources read, over all workspace folders. */
  readonly documents: number;
  /** Files skipped (binary, too large, unreadable...). */
  readonly skipped: number;
  /**
   * Conflicts, over all folders: disagreements (groups of claims about one thing) that the user has
   * not dismissed, of kinds reported as warnings or errors (countConflicts in the engine).
   */
  readonly problems: number;
  /** Diagnostics published, over all sources (one conflict makes one on each side, or more). */
  readonly diagnostics: number;
  /** While reading: files read so far and files found. */
  readonly progress?: { readonly done: number; readonly total: number };
}

/** Client → server: read every workspace folder again from disk. */
export const ReanalyzeRequest = 'corroborate/reanalyze';

/**
 * Server command (workspace/executeCommand): record a verdict on conflicts. Arguments: uri (a file
 * of the folder), keys (the conflicts' keys: a diagnostic's `data.key` split at line breaks, or a
 * Conflicts view node's), verdict ('confirmed', 'dismissed' or 'reset'), kind, passages (for people
 * reading the reviews file). Returns true when it was recorded.
 */
export const SetVerdictCommand = 'corroborate.setVerdict';
export type VerdictChoice = 'confirmed' | 'dismissed' | 'reset';

/** Client → server: every verdict recorded, newest first, for the Conflicts view's Reviewed node. */
export const VerdictsRequest = 'corroborate/verdicts';
export interface VerdictEntry {
  readonly key: string;
  readonly kind: string;
  readonly verdict: 'confirmed' | 'dismissed';
  /** The passages as they read when the verdict was given. */
  readonly passages: readonly string[];
  readonly reviewedAt: string;
  /** The workspace folder's URI (a file of it serves as the uri of SetVerdictCommand). */
  readonly folder: string;
}

/** Client command: open a passage. Arguments: uri (string), range (LSP range). */
export const OpenPassageCommand = 'corroborate.openPassage';

/** Client command: peek locations. Arguments: uri (string), position (LSP), locations (LSP). */
export const PeekPassagesCommand = 'corroborate.peekPassages';

/** Client → server: the corresponding passages of the sentence at a position, best first. */
export const CorrespondingPassagesRequest = 'corroborate/correspondingPassages';
export interface CorrespondingPassagesParams {
  readonly textDocument: { readonly uri: string };
  readonly position: { readonly line: number; readonly character: number };
}
export interface CorrespondingPassage {
  readonly uri: string;
  readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
  /** The source's path in its workspace folder. */
  readonly label: string;
  /** The passage's text, for a picker. */
  readonly text: string;
  /** Its strength and what it shares with the asking sentence ("strong match: Priya Raman; 6 words in common"). */
  readonly note: string;
}

/**
 * Client → server: the source matrix and the timeline of the folder of `uri` (the first folder
 * when absent), as a view model (server/src/views/model.ts), or null before any source is read.
 * In a large folder (over 200 sources) the views are those of the source `uri` and the sources
 * that share its claims.
 */
export const ViewsRequest = 'corroborate/views';
export interface ViewsParams {
  readonly uri?: string;
}

/** Server → client: a folder's findings changed; open views should ask again. */
export const ViewsChangedNotification = 'corroborate/viewsChanged';
