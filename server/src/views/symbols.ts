/**
 * The symbols of a row's or a claim's status, one table for HTML and Markdown. A module of its own:
 * the webview's renderer, bundled into the VS Code client, imports it without the engine.
 */
import type { ViewStatus } from '../engine/views';

export const STATUS_SYMBOL: Readonly<Record<ViewStatus | 'silent', string>> = { conflict: '✗', majority: '✓', reviewed: '☑', agree: '✓', single: '●', silent: '—' };
