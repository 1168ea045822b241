/** The CLI's views: the engine's matrix and timeline written as a standalone HTML page or Markdown. */
import * as path from 'node:path';
import { buildViews, type Corpus } from '../engine';
import { toViewModel } from '../views/model';
import { renderReportPage } from '../views/report';
import { displayPath } from './report';

/** A relative link to a file that no file name can turn into another kind of URL ("javascript:x.txt"). */
export function relativeHref(from: string, file: string): string {
  const rel = path.relative(from, file).split(path.sep).map(encodeURIComponent).join('/');
  return rel.startsWith('../') ? rel : `./${rel}`;
}

/** The report's text; links are relative to `base`, sources named relative to `folder` when given. */
export function renderReport(corpus: Corpus, format: 'html' | 'markdown', base: string, title: string, folder?: string): string {
  const views = buildViews(corpus);
  const name = (id: string) => (folder ? path.relative(folder, id).split(path.sep).join('/') : displayPath(id));
  const model = toViewModel(corpus, views, { title, name, href: (id) => relativeHref(base, id) });
  return renderReportPage(model, format);
}
