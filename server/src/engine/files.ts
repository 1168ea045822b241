/**
 * Reading a folder of sources through an injected file access (in memory in tests, the file system
 * in the CLI and the server), with include/exclude globs and size and count limits.
 */
import picomatch from 'picomatch';
import { decodeBytes } from './text';

/** One file found below a root. */
export interface FileEntry {
  /** Absolute path (or id) of the file. */
  readonly path: string;
  /** Path relative to the root, with `/` separators. */
  readonly relative: string;
  readonly size: number;
}

/** Access to files, injected into the engine. */
export interface FileAccess {
  /**
   * Lists the files below `root`. `descend(relativeDir)` says whether a folder is worth entering.
   * Problems with single entries (unreadable folders, symlink loops) go to `onProblem`.
   */
  list(
    root: string,
    descend: (relativeDir: string) => boolean,
    onProblem: (path: string, reason: string) => void,
  ): AsyncIterable<FileEntry>;
  read(path: string): Promise<Uint8Array>;
}

export interface ScanOptions {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly maxFileSize: number;
  readonly maxFiles: number;
}

export const DEFAULT_SCAN_OPTIONS: ScanOptions = {
  include: ['**/*.txt', '**/*.md'],
  exclude: ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/out/**', '**/build/**', '**/.corroborate/**'],
  maxFileSize: 2_000_000,
  maxFiles: 20_000,
};

/** Decides which relative paths are sources, per include and exclude globs. */
export class FileFilter {
  private readonly included: (p: string) => boolean;
  private readonly excluded: (p: string) => boolean;

  constructor(include: readonly string[], exclude: readonly string[]) {
    const opts = { dot: true, nocase: false };
    this.included = include.length ? picomatch([...include], opts) : () => false;
    this.excluded = exclude.length ? picomatch([...exclude], opts) : () => false;
  }

  /** Whether the file at `relative` is a source. */
  matches(relative: string): boolean {
    return this.included(relative) && !this.excluded(relative);
  }

  /** Whether a folder may hold sources (it is not excluded as a whole). */
  descend(relativeDir: string): boolean {
    return relativeDir === '' || !this.excluded(`${relativeDir}/`) && !this.excluded(`${relativeDir}/x`);
  }
}

/** What a scan reports, one callback per file. */
export interface ScanSink {
  document(path: string, text: string): void;
  skipped(path: string, reason: string): void;
  /** Called after each file is read or skipped: files handled so far, and files found. */
  progress?(done: number, total: number): void;
}

/**
 * Files read at once while scanning a folder: enough to keep a disk or a network share busy while
 * the documents before are analysed, few enough that the texts waiting stay a few megabytes.
 */
export const READ_AHEAD = 16;

/**
 * Reads every source below `root` into `sink`, in path order. Files that can't be used are skipped
 * with a reason; the scan itself never throws for a single bad file. `isCancelled` is polled
 * between files.
 */
export async function scanFolder(
  access: FileAccess,
  root: string,
  options: ScanOptions,
  sink: ScanSink,
  isCancelled: () => boolean = () => false,
): Promise<{ read: number; skipped: number; cancelled: boolean }> {
  const filter = new FileFilter(options.include, options.exclude);
  const entries: FileEntry[] = [];
  let skipped = 0;
  const problem = (path: string, reason: string) => {
    skipped++;
    sink.skipped(path, reason);
  };
  for await (const entry of access.list(root, (d) => filter.descend(d), problem)) {
    if (filter.matches(entry.relative)) entries.push(entry);
    if (isCancelled()) return { read: 0, skipped, cancelled: true };
  }
  entries.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
  let read = 0;
  let done = 0;
  // Beyond the limit, one message for all the files left out (not thousands of lines).
  if (entries.length > options.maxFiles) {
    const over = entries.splice(options.maxFiles);
    skipped += over.length - 1;
    problem(
      over[0]!.path,
      `skipped with ${over.length - 1} more ${over.length === 2 ? 'file' : 'files'} after it: the folder has ${entries.length + over.length} sources, over the limit of ${options.maxFiles} (setting corroborate.maxFiles)`,
    );
  }
  // Up to READ_AHEAD reads in flight, delivered in path order: the disk works while the sink
  // analyses, and the order (hence every result) is the same as reading one file at a time.
  const reads: Array<ReturnType<typeof readSource> | undefined> = [];
  const start = (i: number) => {
    const e = entries[i];
    if (e && !reads[i]) reads[i] = readSource(access, e.path, e.size, options.maxFileSize);
  };
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (isCancelled()) return { read, skipped, cancelled: true };
    sink.progress?.(done++, entries.length);
    for (let k = i; k < i + READ_AHEAD; k++) start(k);
    const result = await reads[i]!;
    reads[i] = undefined;
    if (result.ok) {
      read++;
      sink.document(entry.path, result.text);
    } else {
      problem(entry.path, result.reason);
    }
  }
  return { read, skipped, cancelled: false };
}

/** Reads and decodes one source file, or says why it can't be used. */
export async function readSource(
  access: FileAccess,
  path: string,
  size: number | undefined,
  maxFileSize: number,
): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  if (size !== undefined && size > maxFileSize) {
    return { ok: false, reason: `skipped: ${formatBytes(size)} is over the size limit of ${formatBytes(maxFileSize)} (setting corroborate.maxFileSize)` };
  }
  let bytes: Uint8Array;
  try {
    bytes = await access.read(path);
  } catch (e) {
    return { ok: false, reason: `skipped: cannot be read (${describeError(e)})` };
  }
  if (bytes.length > maxFileSize) {
    return { ok: false, reason: `skipped: ${formatBytes(bytes.length)} is over the size limit of ${formatBytes(maxFileSize)} (setting corroborate.maxFileSize)` };
  }
  const decoded = decodeBytes(bytes);
  return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, reason: `skipped: ${decoded.reason}` };
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export function describeError(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'string') {
    const code = (e as { code: string }).code;
    const known: Record<string, string> = {
      ENOENT: 'no such file',
      EACCES: 'permission denied',
      EPERM: 'permission denied',
      EISDIR: 'it is a folder',
      ELOOP: 'too many symbolic links',
    };
    return known[code] ?? code;
  }
  return e instanceof Error ? e.message : String(e);
}
