/**
 * The source matrix and the timeline (custom request `corroborate/views`): the engine's views of a
 * folder as a view model with URIs and LSP positions. Built once per version of the folder's
 * findings and focus, however many panels ask.
 */
import * as path from 'node:path';
import type { Connection } from 'vscode-languageserver';
import { buildViews, conflictKinds, WHOLE_FOLDER_LIMIT } from '../engine';
import { ViewsRequest, type ViewsParams } from '../protocol';
import type { Folder, Session } from '../session';
import { toViewModel, type ViewModel } from '../views/model';


const cache = new WeakMap<Folder, { key: string; model: ViewModel }>();

export function registerViews(connection: Connection, session: Session): void {
  connection.onRequest(ViewsRequest, async (params: ViewsParams): Promise<ViewModel | null> => {
    const p = params?.uri ? session.uris.toPath(params.uri) : undefined;
    const folder = p !== undefined ? session.folderOf(p) : session.allFolders().find((f) => f.corpus.size > 0);
    if (!folder || folder.corpus.size === 0) return null;
    if (p !== undefined && params.uri) session.analysis(params.uri); // pending edits first
    await folder.corpus.prepare(() => new Promise((resolve) => setImmediate(resolve)));
    return viewsOf(session, folder, p);
  });
}

function viewsOf(session: Session, folder: Folder, focusPath: string | undefined): ViewModel {
  const corpus = folder.corpus;
  const focus = corpus.size > WHOLE_FOLDER_LIMIT && focusPath !== undefined && corpus.has(focusPath) ? focusPath : undefined;
  const key = `${folder.version}|${focus ?? ''}`;
  const hit = cache.get(folder);
  if (hit && hit.key === key) return hit.model;
  const views = buildViews(corpus, { ...(focus ? { focus: new Set([focus]) } : {}), counted: conflictKinds(folder.settings.severity) });
  const name = folder.root ? path.basename(folder.root) : 'open files';
  const model = toViewModel(corpus, views, {
    title: focus ? `Corroborate: ${folder.relative(focus) ?? path.basename(focus)} and the sources that share its claims` : `Corroborate: ${name}`,
    name: (id) => folder.relative(id) ?? path.basename(id),
    href: (id) => session.uris.toUri(id),
  });
  cache.set(folder, { key, model });
  return model;
}
