/**
 * Document URIs to engine ids (file paths) and back. A URI the editor sent is sent back exactly as
 * it was spelled, so the editor matches diagnostics and locations to its documents.
 */
import { URI } from 'vscode-uri';

export class UriMap {
  private readonly byPath = new Map<string, string>();

  /** The path of a `file:` URI, or `undefined` for other schemes. */
  toPath(uri: string): string | undefined {
    const parsed = URI.parse(uri);
    if (parsed.scheme !== 'file') return undefined;
    const p = parsed.fsPath;
    if (!this.byPath.has(p)) this.byPath.set(p, uri);
    return p;
  }

  /** The URI of a path: as the editor spelled it, or VS Code's own encoding. */
  toUri(path: string): string {
    return this.byPath.get(path) ?? URI.file(path).toString();
  }
}
