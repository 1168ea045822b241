/** File access on the local file system, for the CLI and the language server. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { describeError, type FileAccess, type FileEntry } from './engine';

export class NodeFileAccess implements FileAccess {
  async *list(
    root: string,
    descend: (relativeDir: string) => boolean,
    onProblem: (path: string, reason: string) => void,
  ): AsyncIterable<FileEntry> {
    // Folders already entered, by real path: a symlink loop is entered once.
    const seen = new Set<string>();
    const stack: string[] = [root];
    while (stack.length) {
      const dir = stack.pop()!;
      let real: string;
      try {
        real = await fs.realpath(dir);
      } catch (e) {
        onProblem(dir, `skipped: the folder cannot be read (${describeError(e)})`);
        continue;
      }
      if (seen.has(real)) continue;
      seen.add(real);
      let entries: import('node:fs').Dirent[];
      try {
        entries = await fs.readdir(dir, { withFileTypes: true });
      } catch (e) {
        onProblem(dir, `skipped: the folder cannot be read (${describeError(e)})`);
        continue;
      }
      entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
      for (const entry of entries) {
        const full = path.join(dir, entry.name);
        const relative = path.relative(root, full).split(path.sep).join('/');
        let isDir = entry.isDirectory();
        let isFile = entry.isFile();
        let size = 0;
        if (entry.isSymbolicLink() || isFile) {
          try {
            const st = await fs.stat(full);
            isDir = st.isDirectory();
            isFile = st.isFile();
            size = st.size;
          } catch (e) {
            if (entry.isSymbolicLink()) onProblem(full, `skipped: the link cannot be followed (${describeError(e)})`);
            continue;
          }
        }
        if (isDir) {
          if (descend(relative)) stack.push(full);
        } else if (isFile) {
          yield { path: full, relative, size };
        }
      }
    }
  }

  async read(file: string): Promise<Uint8Array> {
    return fs.readFile(file);
  }
}
