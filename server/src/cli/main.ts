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

declare const CORROBORATE_VERSION: string | undefined;
const VERSION = typeof CORROBORATE_VERSION === 'string' ? CORROBORATE_VERSION : '0.0.0-dev';

const USAGE = `Usage:
  corroborate check [PATH...] [--format text|json|sarif] [--fail-on error|warning|never]
                    [--max-file-size BYTES] [--max-files N]
      Cross-checks the text files of the given files and folders (default: the current folder)
      and prints the conflicts between them. Files that can't be used (binary, not UTF-8 or
      UTF-16, over the size limit (default 2000000 bytes), unreadable) are skipped with one
      line each on standard error; a folder's sources beyond --max-files (default 20000) too.
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

async function check(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        'fail-on': { type: 'string', default: 'error' },
        'max-file-size': { type: 'string' },
        'max-files': { type: 'string' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const format = parsed.values.format!;
  const failOn = parsed.values['fail-on']!;
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be text, json or sarif, not '${format}'`);
  if (!['error', 'warning', 'never'].includes(failOn)) throw new UsageError(`--fail-on must be error, warning or never, not '${failOn}'`);
  const paths = parsed.positionals.length ? parsed.positionals : ['.'];
  const count = (name: 'max-file-size' | 'max-files', fallback: number): number => {
    const v = parsed.values[name];
    if (v === undefined) return fallback;
    if (!/^\d+$/.test(v) || +v < 1) throw new UsageError(`--${name} must be a positive whole number, not '${v}'`);
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
      await scanFolder(access, abs, options, { document: (id, text) => corpus.set(id, text), skipped: skip });
    } else {
      const r = await readSource(access, abs, stat.size, options.maxFileSize);
      if (r.ok) corpus.set(abs, r.text);
      else skip(abs, r.reason);
    }
  }
  const report = buildReport(corpus, corpus.ids(), skipped);
  const text = format === 'json' ? formatJson(report) : format === 'sarif' ? formatSarif(report, VERSION) : formatText(report);
  out.write(text);
  return fails(report, failOn as 'error' | 'warning' | 'never') ? 1 : 0;
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
