/** The settings of one workspace folder, read through `workspace/configuration`. */
import { DEFAULT_SCAN_OPTIONS, type ScanOptions, type SeveritySetting } from './engine';

export interface Settings {
  readonly scan: ScanOptions;
  readonly severity: Partial<Record<string, SeveritySetting>>;
  /** Show "told by N other sources" above paragraphs. */
  readonly codeLens: boolean;
}

export const DEFAULT_SETTINGS: Settings = { scan: DEFAULT_SCAN_OPTIONS, severity: {}, codeLens: true };

/** Turns the raw `corroborate` section (anything a user may have typed) into settings. */
export function parseSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const strings = (v: unknown, d: readonly string[]) =>
    Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : d;
  const positive = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : d);
  const severity: Partial<Record<string, SeveritySetting>> = {};
  if (r['severity'] && typeof r['severity'] === 'object') {
    for (const [k, v] of Object.entries(r['severity'] as Record<string, unknown>)) {
      if (typeof v === 'string' && ['error', 'warning', 'information', 'hint', 'off'].includes(v)) severity[k] = v as SeveritySetting;
    }
  }
  // Claims of one source only: a setting of its own (off, hint or information).
  const single = r['singleSourceClaims'];
  if (single === 'hint' || single === 'information' || single === 'off') severity['single-source'] = single;
  return {
    scan: {
      include: strings(r['include'], DEFAULT_SCAN_OPTIONS.include),
      exclude: strings(r['exclude'], DEFAULT_SCAN_OPTIONS.exclude),
      maxFileSize: positive(r['maxFileSize'], DEFAULT_SCAN_OPTIONS.maxFileSize),
      maxFiles: positive(r['maxFiles'], DEFAULT_SCAN_OPTIONS.maxFiles),
    },
    severity,
    codeLens: typeof r['codeLens'] === 'object' && r['codeLens'] !== null && (r['codeLens'] as { enabled?: unknown }).enabled === false ? false : true,
  };
}

export function sameScanOptions(a: ScanOptions, b: ScanOptions): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
