/** The CLI's text output: one compiler-style line per finding, related passages indented under it. */
import { displayPath, lineCol, type Report } from './report';

export function formatText(report: Report, cwd?: string): string {
  const out: string[] = [];
  const { corpus } = report;
  for (const { finding, severity } of report.findings) {
    const at = lineCol(corpus, finding.doc, finding.span.start);
    out.push(`${displayPath(finding.doc, cwd)}:${at.line}:${at.column}: ${severity}: ${finding.message} [${finding.kind}]`);
    for (const r of finding.related) {
      const rp = lineCol(corpus, r.doc, r.span.start);
      out.push(`    ${displayPath(r.doc, cwd)}:${rp.line}:${rp.column}: note: ${r.message}`);
    }
  }
  // Conflicts are disagreements (as the editor's status bar counts them); each makes a finding on
  // every side, which the lines above list.
  const n = report.conflicts;
  const d = report.findings.length;
  const files = new Set(report.findings.map((f) => f.finding.doc)).size;
  const dated = report.targets.filter((t) => corpus.get(t)?.date).length;
  const sources = `${report.targets.length} ${report.targets.length === 1 ? 'source' : 'sources'}`;
  const findings = `${d} ${d === 1 ? 'finding' : 'findings'}`;
  const head = n === 0 && d === 0 ? `No conflicts between ${sources}` : `${n} ${n === 1 ? 'conflict' : 'conflicts'}, ${findings} in ${files} of ${sources}`;
  out.push(`${head} (${dated} dated${report.skipped.length ? `, ${report.skipped.length} skipped` : ''}).`);
  return out.join('\n') + '\n';
}
