/**
 * The `corroborate` command line: `check` prints what the language server would publish, as text,
 * JSON or SARIF; `lsp` starts the language server for other editors.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { Corpus, DEFAULT_SCAN_OPTIONS, readSource, scanFolder } from '../engine';
import { NodeFileAccess } from '../node-files';
import { formatJson } from './format-json';
import { formatSarif } from './format-sarif';
import { formatText } from './format-text';
import { buildReport, displayPath, fails } from './report';
import { renderReport } from './views';

declare const CORROBORATE_VERSION: string | undefined;
const VERSION = typeof CORROBORATE_VERSION === 'string' ? CORROBORATE_VERSION : '0.0.0-dev';

const USAGE = `Usage:
  corroborate check [PATH...] [--format text|json|sarif] [--fail-on error|warning|never]
                    [--max-file-size BYTES] [--max-files N]
      Cross-checks the text files of the given files and folders (default: the current folder)
      and prints the conflicts between them. Files that can't be used (binary, not UTF-8 or
      UTF-16, over the size limit (default 2000000 bytes), unreadable) are skipped with one
      line each on standard error; a folder's sources beyond --max-files (default 20000) too.
  corroborate report [PATH...] [--out FILE] [--format html|markdown]
                     [--max-file-size BYTES] [--max-files N]
      Writes the source matrix (who says what about each claim) and the timeline (when things
      happened according to whom) as one standalone HTML page, or as Markdown tables, to FILE
      (default: standard output). The format follows FILE's extension (.md: markdown) unless given.
  corroborate lsp --stdio
      Starts the language server on standard input and output (also --node-ipc).
  corroborate --version | --help

Exit codes: 0 no finding at the --fail-on level (default: error), 1 findings at that level,
2 a usage error or a missing path, 3 an internal error.`;

export class UsageError extends Error {}

/** Runs the CLI; returns the exit code (except for `lsp`, which runs until the editor exits). */
export async function main(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return await check(rest, out, err);
      case 'report':
        return await report(rest, out, err);
      case 'lsp': {
        if (!rest.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
          throw new UsageError('lsp needs a transport: --stdio or --node-ipc');
        }
        const { startServer } = await import('../main');
        startServer();
        return -1;
      }
      case '--version':
      case '-v':
        out.write(`${VERSION}\n`);
        return 0;
      case '--help':
      case '-h':
      case 'help':
        out.write(`${USAGE}\n`);
        return 0;
      case undefined:
        throw new UsageError('no command given');
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      err.write(command === undefined ? `${USAGE}\n` : `corroborate: ${e.message} (see corroborate --help)\n`);
      return 2;
    }
    throw e;
  }
}

const SCAN_OPTIONS = {
  'max-file-size': { type: 'string' },
  'max-files': { type: 'string' },
} as const;

type Options = Record<string, { type: 'string' | 'boolean'; short?: string; default?: string }>;

function parse(args: string[], options: Options): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const r = parseArgs({ args, allowPositionals: true, options: { ...SCAN_OPTIONS, ...options } });
    return { values: r.values as Record<string, string | boolean | undefined>, positionals: r.positionals };
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** Reads the sources of the given paths into a corpus, with one line on `err` per skipped file. */
async function load(paths: string[], values: Record<string, unknown>, err: NodeJS.WritableStream) {
  const count = (name: 'max-file-size' | 'max-files', fallback: number): number => {
    const v = values[name];
    if (v === undefined) return fallback;
    if (typeof v !== 'string' || !/^\d+$/.test(v) || +v < 1) throw new UsageError(`--${name} must be a positive whole number, not '${String(v)}'`);
    return +v;
  };
  const options = {
    ...DEFAULT_SCAN_OPTIONS,
    maxFileSize: count('max-file-size', DEFAULT_SCAN_OPTIONS.maxFileSize),
    maxFiles: count('max-files', DEFAULT_SCAN_OPTIONS.maxFiles),
  };
  const access = new NodeFileAccess();
  const corpus = new Corpus();
  const skipped: Array<{ path: string; reason: string }> = [];
  const folders: string[] = [];
  const skip = (p: string, reason: string) => {
    skipped.push({ path: p, reason });
    err.write(`corroborate: ${displayPath(p)}: ${reason}\n`);
  };
  for (const p of paths) {
    const abs = path.resolve(p);
    let stat;
    try {
      stat = await fs.stat(abs);
    } catch {
      throw new UsageError(`no such file or folder: ${p}`);
    }
    if (stat.isDirectory()) {
      folders.push(abs);
      await scanFolder(access, abs, options, { document: (id, text) => corpus.set(id, text), skipped: skip });
    } else {
      const r = await readSource(access, abs, stat.size, options.maxFileSize);
      if (r.ok) corpus.set(abs, r.text);
      else skip(abs, r.reason);
    }
  }
  return { corpus, skipped, folders };
}

async function check(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const parsed = parse(args, { format: { type: 'string', default: 'text' }, 'fail-on': { type: 'string', default: 'error' } });
  const format = parsed.values.format as string;
  const failOn = parsed.values['fail-on'] as string;
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be text, json or sarif, not '${format}'`);
  if (!['error', 'warning', 'never'].includes(failOn)) throw new UsageError(`--fail-on must be error, warning or never, not '${failOn}'`);
  const paths = parsed.positionals.length ? parsed.positionals : ['.'];
  const { corpus, skipped } = await load(paths, parsed.values, err);
  const report = buildReport(corpus, corpus.ids(), skipped);
  const text = format === 'json' ? formatJson(report) : format === 'sarif' ? formatSarif(report, VERSION) : formatText(report);
  out.write(text);
  return fails(report, failOn as 'error' | 'warning' | 'never') ? 1 : 0;
}

/** `report`: the source matrix and the timeline as a standalone HTML page or Markdown. */
async function report(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const parsed = parse(args, { out: { type: 'string', short: 'o' }, format: { type: 'string' } });
  const file = parsed.values.out as string | undefined;
  const format = (parsed.values.format as string | undefined) ?? (file && /\.(md|markdown)$/i.test(file) ? 'markdown' : 'html');
  if (!['html', 'markdown'].includes(format)) throw new UsageError(`--format must be html or markdown, not '${format}'`);
  const paths = parsed.positionals.length ? parsed.positionals : ['.'];
  const { corpus, folders } = await load(paths, parsed.values, err);
  // Links to the sources are relative to where the report is written, so the folder can move.
  const base = file ? path.dirname(path.resolve(file)) : process.cwd();
  // Sources are named relative to the one folder given, or as paths relative to the working folder.
  const folder = paths.length === 1 ? folders[0] : undefined;
  const text = renderReport(corpus, format as 'html' | 'markdown', base, titleOf(paths), folder);
  if (file) {
    await fs.writeFile(file, text);
    err.write(`corroborate: wrote ${displayPath(path.resolve(file))} (${corpus.size} source${corpus.size === 1 ? '' : 's'})\n`);
  } else out.write(text);
  return 0;
}

function titleOf(paths: string[]): string {
  const names = paths.map((p) => path.basename(path.resolve(p)));
  return `Corroborate: ${names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`}`;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      if (code >= 0) process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`corroborate: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
      process.exitCode = 3;
    },
  );
}
