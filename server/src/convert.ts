/** Engine results to LSP types. The only module that maps offsets to protocol positions. */
import {
  type Diagnostic,
  DiagnosticSeverity,
  type DiagnosticRelatedInformation,
  type Location as LspLocation,
  type Position,
  type Range,
} from 'vscode-languageserver';
import type { DocumentAnalysis, Finding, Severity, Span } from './engine';
import type { UriMap } from './uris';

export function toRange(doc: DocumentAnalysis, span: Span): Range {
  return { start: doc.lines.positionAt(span.start), end: doc.lines.positionAt(span.end) };
}

export function toOffset(doc: DocumentAnalysis, position: Position): number {
  return doc.lines.offsetAt(position);
}

export function toLocation(uris: UriMap, doc: DocumentAnalysis, span: Span): LspLocation {
  return { uri: uris.toUri(doc.id), range: toRange(doc, span) };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * A finding as a diagnostic. `lookup` finds the analysis of a related document (it may live in the
 * same corpus only); related passages whose document is gone are left out.
 */
export function toDiagnostic(
  finding: Finding,
  severity: Severity,
  doc: DocumentAnalysis,
  lookup: (id: string) => DocumentAnalysis | undefined,
  uris: UriMap,
  docsUri: string | undefined,
): Diagnostic {
  const relatedInformation: DiagnosticRelatedInformation[] = [];
  for (const r of finding.related) {
    const other = lookup(r.doc);
    if (other) relatedInformation.push({ location: toLocation(uris, other, r.span), message: r.message });
  }
  return {
    range: toRange(doc, finding.span),
    severity: SEVERITY[severity],
    source: 'corroborate',
    code: finding.kind,
    ...(docsUri ? { codeDescription: { href: `${docsUri}#${finding.kind}` } } : {}),
    message: finding.confirmed ? `Confirmed discrepancy: ${finding.message}` : finding.message,
    relatedInformation,
    data: { key: finding.key, ...(finding.confirmed ? { confirmed: true } : {}) },
  };
}
