/**
 * The source matrix and the timeline as Markdown tables (`corroborate report --format markdown`).
 * Source texts are untrusted: every text is escaped so that it stays text in any Markdown renderer
 * (no HTML, no links, no emphasis, no table cell breaks).
 */
import type { ViewModel } from './model';
import { STATUS_SYMBOL } from './symbols';


/** Escapes a text for a Markdown table cell. */
export function mdEscape(text: string): string {
  // Punctuation that would make emphasis, code, links or images, or end a cell, is backslash-escaped;
  // angle brackets and ampersands become entities, so no text becomes HTML.
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export function renderMarkdown(model: ViewModel): string {
  const out: string[] = [];
  const name = (i: number) => mdEscape(model.sources[i]!.name);
  out.push(`# ${mdEscape(model.title)}`, '');
  const rows = model.matrix.rows;
  out.push(
    `${model.sources.length} sources; ${rows.filter((r) => r.counted).length} claims in conflict, ` +
      `${rows.filter((r) => r.status === 'agree' || r.status === 'reviewed').length} agreed, ${rows.filter((r) => r.status === 'single').length} from one source only. ` +
      `✗ conflict, ☑ reviewed conflict, ✓ agrees, ● only this source, — says nothing of it.`,
    '',
  );
  if (model.matrix.omittedSources) out.push(`${model.matrix.omittedSources} more sources are not shown.`, '');
  out.push('## Source matrix', '');
  if (!rows.length) out.push('No claim to compare.', '');
  else {
    const columns = model.matrix.columns;
    out.push(`| Claim | ${Array.from({ length: columns }, (_, i) => name(i)).join(' | ')} |`);
    out.push(`|---|${'---|'.repeat(columns)}`);
    for (const r of rows) {
      const cells: string[] = [];
      for (let i = 0; i < columns; i++) {
        const cell = r.cells.find((c) => c.source === i);
        cells.push(
          cell
            ? cell.entries.map((e) => `${STATUS_SYMBOL[e.status]} ${mdEscape(e.display)} “${mdEscape(e.text)}” (line ${e.at.line + 1})`).join('<br>')
            : '—',
        );
      }
      out.push(`| ${STATUS_SYMBOL[r.status]} ${mdEscape(r.label)}${r.context ? ` · ${mdEscape(r.context)}` : ''}${r.noMajority ? ' · no majority' : ''}${r.verdict === 'confirmed' ? ' · confirmed discrepancy' : ''} | ${cells.join(' | ')} |`);
    }
    out.push('');
  }
  out.push('## Timeline', '');
  if (!model.timeline.marks.length) out.push('No source dates an event.', '');
  else {
    out.push('| Date | Event | Sources | Also dated |', '|---|---|---|---|');
    for (const m of model.timeline.marks) {
      const ev = model.timeline.events[m.event]!;
      const others = ev.marks
        .map((i) => model.timeline.marks[i]!)
        .filter((o) => o !== m)
        .map((o) => `${mdEscape(o.when)} (${[...new Set(o.sources.map((s) => name(s.source)))].join(', ')})`);
      out.push(
        `| ${m.conflict ? '✗ ' : ''}${mdEscape(m.when)}${m.yearInferred ? ' \\*' : ''} | ${mdEscape(ev.label)}${ev.context ? ` · ${mdEscape(ev.context)}` : ''} | ` +
          `${m.sources.map((s) => `${name(s.source)} “${mdEscape(s.text)}” (line ${s.at.line + 1})`).join('<br>')} | ${others.join('<br>') || ' '} |`,
      );
    }
    out.push('');
    if (model.timeline.marks.some((m) => m.yearInferred)) out.push('\\* The sources give no year; it is the year the other sources give.', '');
  }
  return out.join('\n');
}
