/** The CLI's JSON output: the findings and the sources, with offsets and 1-based positions. */
import { displayPath, region, type Report } from './report';

export function formatJson(report: Report, cwd?: string): string {
  const { corpus } = report;
  const json = {
    version: 1,
    sources: report.targets.map((id) => {
      const doc = corpus.get(id)!;
      return {
        path: displayPath(id, cwd),
        date: doc.date?.iso ?? null,
        paragraphs: doc.paragraphs.length,
        sentences: doc.sentences.length,
      };
    }),
    /** Disagreements, as the editor counts them (several findings each). */
    conflicts: report.conflicts,
    findings: report.findings.map(({ finding, severity }) => ({
      kind: finding.kind,
      severity,
      message: finding.message,
      path: displayPath(finding.doc, cwd),
      span: finding.span,
      region: region(corpus, finding.doc, finding.span),
      key: finding.key,
      related: finding.related.map((r) => ({
        path: displayPath(r.doc, cwd),
        message: r.message,
        span: r.span,
        region: region(corpus, r.doc, r.span),
      })),
    })),
    skipped: report.skipped.map((s) => ({ path: displayPath(s.path, cwd), reason: s.reason })),
  };
  return JSON.stringify(json, null, 2) + '\n';
}
