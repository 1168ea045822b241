/**
 * SARIF 2.1.0 output: one result per finding, with `relatedLocations` for the other passages.
 * Regions use 1-based lines and UTF-16 code unit columns (`columnKind: utf16CodeUnits`).
 */
import { pathToFileURL } from 'node:url';
import { FINDING_DESCRIPTIONS, FINDING_KINDS, type Severity } from '../engine';
import { region, type Report } from './report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

export function formatSarif(report: Report, version: string): string {
  const { corpus } = report;
  const location = (doc: string, span: { start: number; end: number }, message?: string, id?: number) => ({
    ...(id !== undefined ? { id } : {}),
    physicalLocation: {
      artifactLocation: { uri: pathToFileURL(doc).href },
      region: region(corpus, doc, span),
    },
    ...(message ? { message: { text: message } } : {}),
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'corroborate',
            version,
            rules: FINDING_KINDS.map((kind) => ({
              id: kind,
              name: kind.charAt(0).toUpperCase() + kind.slice(1) + 'Conflict',
              shortDescription: { text: FINDING_DESCRIPTIONS[kind] },
              fullDescription: { text: FINDING_DESCRIPTIONS[kind] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: report.findings.map(({ finding, severity }) => ({
          ruleId: finding.kind,
          ruleIndex: FINDING_KINDS.indexOf(finding.kind),
          level: LEVEL[severity],
          message: { text: finding.message },
          locations: [location(finding.doc, finding.span)],
          relatedLocations: finding.related.map((r, i) => location(r.doc, r.span, r.message, i + 1)),
          partialFingerprints: { corroborateKey: finding.key },
        })),
        artifacts: report.targets.map((doc) => ({ location: { uri: pathToFileURL(doc).href } })),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
