/**
 * Verdicts on conflicts, kept in `.corroborate/reviews.json` in each workspace folder, keyed by the
 * claims' text so that a verdict survives edits elsewhere in the files: "confirmed" (a discrepancy
 * the user checked: still reported, marked) or "dismissed" (not a conflict: no longer reported). A
 * record without a verdict, as earlier versions wrote them, is a dismissal.
 *
 * Safety: every write takes a lock file (two VS Code windows recording at once lose neither), re-reads
 * the file under the lock and merges, writes a temporary file, flushes it and renames it over the old
 * one (a crash mid-write leaves the previous file intact). A file that does not parse, or is not in
 * our format, is reported and kept: it is never overwritten until the user mends it.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Verdict } from './engine';

export interface ReviewRecord {
  /** The conflict's key: kind and both claims' text. */
  readonly key: string;
  readonly kind: string;
  /** The passages as they read when reviewed, for people reading the file. */
  readonly passages: readonly string[];
  /** When the verdict was given (ISO 8601). */
  readonly reviewedAt: string;
  /** Absent in files of earlier versions: a dismissal. */
  readonly verdict?: Verdict;
}

interface ReviewFile {
  version: 1;
  reviews: ReviewRecord[];
}

export class ReviewError extends Error {}

const LOCK_STALE_MS = 30_000;
const LOCK_WAIT_MS = 10_000;

export class ReviewStore {
  readonly file: string;
  private readonly lock: string;
  private records: ReviewRecord[] = [];
  private keys = new Map<string, Verdict>();
  /** Why the file could not be used, while it cannot. */
  problem: string | undefined;

  constructor(folder: string) {
    this.file = path.join(folder, '.corroborate', 'reviews.json');
    this.lock = this.file + '.lock';
  }

  /** The verdict recorded for a conflict, if any. */
  verdictOf(key: string): Verdict | undefined {
    return this.keys.get(key);
  }

  /**
   * Reads the file. A missing file is an empty one; a corrupt one sets `problem` and keeps the
   * reviews last read, so findings reviewed before do not come back because of a bad edit.
   */
  async load(): Promise<void> {
    const read = await this.readFile();
    if (read.ok) {
      this.problem = undefined;
      this.set(read.records);
    } else {
      this.problem = read.reason;
    }
  }

  /**
   * Records verdicts (a new verdict on a key replaces the old one); resolves when they are safely on
   * disk. Throws a ReviewError if it cannot.
   */
  async add(records: readonly ReviewRecord[]): Promise<void> {
    const given = new Set(records.map((r) => r.key));
    await this.rewrite((current) => [...current.filter((r) => !given.has(r.key)), ...records]);
  }

  /** Takes back the verdicts on these keys (Reset, Undo). */
  async remove(keys: readonly string[]): Promise<void> {
    const gone = new Set(keys);
    await this.rewrite((current) => current.filter((r) => !gone.has(r.key)));
  }

  /** Reads the file under the lock, changes its records and writes it back safely. */
  private async rewrite(change: (current: ReviewRecord[]) => ReviewRecord[]): Promise<void> {
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    const release = await this.acquire();
    try {
      const current = await this.readFile();
      if (!current.ok) {
        this.problem = current.reason;
        throw new ReviewError(`${this.file} ${current.reason}; it was left as it is. Mend or remove it, then try again.`);
      }
      const merged = change(current.records);
      const body: ReviewFile = { version: 1, reviews: merged };
      const tmp = `${this.file}.${process.pid}.${Date.now()}.tmp`;
      const handle = await fs.open(tmp, 'w');
      try {
        await handle.writeFile(JSON.stringify(body, null, 2) + '\n', 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(tmp, this.file);
      this.problem = undefined;
      this.set(merged);
    } finally {
      await release();
    }
  }

  private set(records: ReviewRecord[]): void {
    this.records = records;
    this.keys = new Map(records.map((r) => [r.key, r.verdict === 'confirmed' ? 'confirmed' : 'dismissed']));
  }

  /** All records, as last read or written. */
  all(): readonly ReviewRecord[] {
    return this.records;
  }

  private async readFile(): Promise<{ ok: true; records: ReviewRecord[] } | { ok: false; reason: string }> {
    let raw: string;
    try {
      raw = await fs.readFile(this.file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, records: [] };
      return { ok: false, reason: `cannot be read (${(e as Error).message})` };
    }
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (e) {
      return { ok: false, reason: `is not valid JSON (${(e as Error).message})` };
    }
    const f = json as Partial<ReviewFile>;
    if (!f || typeof f !== 'object' || f.version !== 1 || !Array.isArray(f.reviews)) {
      return { ok: false, reason: 'is not a Corroborate review file (expected {"version": 1, "reviews": [...]})' };
    }
    const records: ReviewRecord[] = [];
    for (const r of f.reviews) {
      if (!r || typeof r !== 'object' || typeof (r as ReviewRecord).key !== 'string') {
        return { ok: false, reason: 'has a review without a "key"' };
      }
      records.push(r as ReviewRecord);
    }
    return { ok: true, records };
  }

  /** Takes the lock file, waiting for another writer; a lock older than 30 s is taken over. */
  private async acquire(): Promise<() => Promise<void>> {
    const started = Date.now();
    const token = `${process.pid} ${Date.now()} ${Math.random()}`;
    for (;;) {
      try {
        await fs.writeFile(this.lock, token, { flag: 'wx' });
        return async () => {
          try {
            if ((await fs.readFile(this.lock, 'utf8')) === token) await fs.unlink(this.lock);
          } catch {
            // Already gone: nothing to release.
          }
        };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        try {
          const st = await fs.stat(this.lock);
          if (Date.now() - st.mtimeMs > LOCK_STALE_MS) {
            await fs.unlink(this.lock).catch(() => undefined);
            continue;
          }
        } catch {
          continue;
        }
        if (Date.now() - started > LOCK_WAIT_MS) throw new ReviewError(`${this.lock} is held by another writer; try again.`);
        await new Promise((r) => setTimeout(r, 20 + Math.random() * 30));
      }
    }
  }
}
