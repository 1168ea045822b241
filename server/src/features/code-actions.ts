/**
 * Code actions on conflicts: "Mark as reviewed" (recorded by the server in the folder's
 * .corroborate/reviews.json) and "Open the other passage" (one per disagreeing passage).
 */
import { type CodeAction, CodeActionKind, type Connection, type Diagnostic } from 'vscode-languageserver';
import { MarkReviewedCommand, OpenPassageCommand } from '../protocol';
import type { Session } from '../session';

export function registerCodeActions(connection: Connection, session: Session): void {
  connection.onCodeAction((params): CodeAction[] => {
    const actions: CodeAction[] = [];
    for (const d of params.context.diagnostics) {
      if (d.source !== 'corroborate') continue;
      const keys = keysOf(d);
      if (keys.length) {
        actions.push({
          title: 'Mark as reviewed',
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          command: {
            title: 'Mark as reviewed',
            command: MarkReviewedCommand,
            arguments: [params.textDocument.uri, keys, String(d.code ?? ''), passagesOf(d)],
          },
        });
      }
      for (const r of d.relatedInformation ?? []) {
        const name = decodeURIComponent(r.location.uri.slice(r.location.uri.lastIndexOf('/') + 1));
        actions.push({
          title: `Open the other passage (${name}:${r.location.range.start.line + 1})`,
          kind: CodeActionKind.Empty,
          diagnostics: [d],
          command: { title: 'Open the other passage', command: OpenPassageCommand, arguments: [r.location.uri, r.location.range] },
        });
      }
    }
    return actions;
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command !== MarkReviewedCommand) return null;
    const [uri, keys, kind, passages] = (params.arguments ?? []) as [string, string[], string, string[]];
    if (typeof uri !== 'string' || !Array.isArray(keys)) return null;
    await session.markReviewed(uri, keys, kind ?? '', passages ?? []);
    return null;
  });
}

function keysOf(d: Diagnostic): string[] {
  const key = (d.data as { key?: unknown } | undefined)?.key;
  return typeof key === 'string' ? key.split('\n').filter(Boolean) : [];
}

function passagesOf(d: Diagnostic): string[] {
  return [d.message, ...(d.relatedInformation ?? []).map((r) => r.message)];
}
