/**
 * A view model as a standalone report: one HTML page (links open the sources) or Markdown. The CLI's
 * `corroborate report` and the editor's Export Report both write it. Imports no engine module, so the
 * VS Code client bundles it without the engine.
 */
import { randomBytes } from 'node:crypto';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import type { ViewModel } from './model';

export function renderReportPage(model: ViewModel, format: 'html' | 'markdown'): string {
  return format === 'markdown' ? renderMarkdown(model) : renderHtml(model, { mode: 'report', nonce: randomBytes(16).toString('base64') });
}
