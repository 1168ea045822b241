/**
 * Code actions on conflicts: the verdicts "Mark as Confirmed Discrepancy" and "Mark as Not a
 * Conflict" (or "Reset Verdict" on a confirmed one), recorded by the server in the folder's
 * .corroborate/reviews.json, and "Open the other passage" (one per disagreeing passage). The
 * verdicts' command also serves the client's Conflicts view and its commands.
 */
import { type CodeAction, CodeActionKind, type Connection, type Diagnostic } from 'vscode-languageserver';
import { OpenPassageCommand, SetVerdictCommand, type VerdictChoice, type VerdictEntry, VerdictsRequest } from '../protocol';
import type { Session } from '../session';

const VERDICT_TITLES: ReadonlyArray<[VerdictChoice, string]> = [
  ['confirmed', 'Mark as Confirmed Discrepancy'],
  ['dismissed', 'Mark as Not a Conflict'],
];

export function registerCodeActions(connection: Connection, session: Session): void {
  connection.onCodeAction((params): CodeAction[] => {
    const actions: CodeAction[] = [];
    for (const d of params.context.diagnostics) {
      if (d.source !== 'corroborate') continue;
      const keys = keysOf(d);
      if (keys.length) {
        const confirmed = (d.data as { confirmed?: unknown } | undefined)?.confirmed === true;
        const choices: ReadonlyArray<[VerdictChoice, string]> = confirmed ? [['reset', 'Reset Verdict'], VERDICT_TITLES[1]!] : VERDICT_TITLES;
        for (const [verdict, title] of choices) {
          actions.push({
            title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [d],
            command: { title, command: SetVerdictCommand, arguments: [params.textDocument.uri, keys, verdict, String(d.code ?? ''), passagesOf(d)] },
          });
        }
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
    if (params.command !== SetVerdictCommand) return null;
    const [uri, keys, verdict, kind, passages] = (params.arguments ?? []) as [string, string[], VerdictChoice, string, string[]];
    if (typeof uri !== 'string' || !Array.isArray(keys) || !['confirmed', 'dismissed', 'reset'].includes(verdict)) return false;
    return session.setVerdict(uri, keys.filter((k) => typeof k === 'string'), verdict, String(kind ?? ''), Array.isArray(passages) ? passages.map(String) : []);
  });

  connection.onRequest(VerdictsRequest, (): VerdictEntry[] =>
    // Records as the file holds them, which a hand edit may have left without passages or a time.
    session.verdicts().map((r) => ({
      key: r.key,
      kind: String(r.kind ?? ''),
      verdict: r.verdict === 'confirmed' ? 'confirmed' : 'dismissed',
      passages: Array.isArray(r.passages) ? r.passages.map(String) : [],
      reviewedAt: String(r.reviewedAt ?? ''),
      folder: r.folder,
    })),
  );
}

function keysOf(d: Diagnostic): string[] {
  const key = (d.data as { key?: unknown } | undefined)?.key;
  return typeof key === 'string' ? key.split('\n').filter(Boolean) : [];
}

function passagesOf(d: Diagnostic): string[] {
  return [d.message, ...(d.relatedInformation ?? []).map((r) => r.message)];
}
