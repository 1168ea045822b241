/**
 * The CLI's view of a corpus: findings with their severity, and helpers to print positions the way
 * compilers and SARIF do (1-based lines, 1-based UTF-16 columns).
 */
import * as path from 'node:path';
import { conflictKinds, type Corpus, countConflicts, type Finding, type Severity, type SeveritySetting, severityOf, type Span } from '../engine';

export interface ReportedFinding {
  readonly finding: Finding;
  readonly severity: Severity;
}

export interface Report {
  readonly corpus: Corpus;
  /** Documents the user asked about (findings are reported in these). */
  readonly targets: readonly string[];
  readonly findings: readonly ReportedFinding[];
  readonly skipped: ReadonlyArray<{ path: string; reason: string }>;
  /** Conflicts in the targets, by the definition the editor shares (countConflicts): disagreements, not diagnostics. */
  readonly conflicts: number;
}

export function buildReport(
  corpus: Corpus,
  targets: readonly string[],
  skipped: ReadonlyArray<{ path: string; reason: string }>,
  severities?: Partial<Record<string, SeveritySetting>>,
): Report {
  const findings: ReportedFinding[] = [];
  for (const id of targets) {
    for (const finding of corpus.findingsFor(id)) {
      const severity = severityOf(finding.kind, severities);
      if (severity !== 'off') findings.push({ finding, severity });
    }
  }
  const conflicts = countConflicts(corpus, conflictKinds(severities), targets.length === corpus.size ? undefined : new Set(targets));
  return { corpus, targets, findings, skipped, conflicts };
}

/** A 1-based line and column (UTF-16 code units) of an offset. */
export function lineCol(corpus: Corpus, doc: string, offset: number): { line: number; column: number } {
  const p = corpus.get(doc)!.lines.positionAt(offset);
  return { line: p.line + 1, column: p.character + 1 };
}

export function region(corpus: Corpus, doc: string, span: Span) {
  const a = lineCol(corpus, doc, span.start);
  const b = lineCol(corpus, doc, span.end);
  return { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column };
}

/** A path as the user should read it: relative to the working folder when inside it. */
export function displayPath(p: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, information: 1, hint: 0 };

/** Whether any finding reaches the `failOn` level. */
export function fails(report: Report, failOn: 'error' | 'warning' | 'never'): boolean {
  if (failOn === 'never') return false;
  return report.findings.some((f) => RANK[f.severity] >= RANK[failOn]);
}
