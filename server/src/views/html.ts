/**
 * The source matrix and the timeline as one HTML page: the VS Code webview shows it, and
 * `corroborate report` writes it as a standalone file. Source texts are untrusted: every text goes
 * through `esc`, no text ever becomes markup, a URL or a script, and the page loads nothing: its
 * one style sheet and one script are inline and allowed by a nonce in a strict Content-Security-Policy.
 * Written by hand: a template engine would be a dependency for a page this small.
 */
import type { Place, ViewEntry, ViewModel, ViewRow } from './model';
import { STATUS_SYMBOL } from './symbols';

export interface HtmlOptions {
  /** `webview`: passages open through the editor; `report`: a standalone file whose links open the sources. */
  readonly mode: 'webview' | 'report';
  /** A fresh random nonce for the inline style and script. */
  readonly nonce: string;
  /** The webview's own resource origin (`webview.cspSource`), allowed for styles; none for a report. */
  readonly cspSource?: string;
  /** The tab to show first (webview), over the one the reader last chose. */
  readonly tab?: 'matrix' | 'timeline';
}

/** Escapes a text for HTML element content and quoted attribute values. */
export function esc(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STATUS_TEXT: Record<string, string> = {
  conflict: 'conflict',
  majority: 'agrees with most sources, against the odd one out',
  reviewed: 'reviewed conflict',
  agree: 'agrees',
  single: 'only this source',
  silent: 'says nothing of it',
};

/** The page. */
export function renderHtml(model: ViewModel, options: HtmlOptions): string {
  const nonce = esc(options.nonce);
  const styleSrc = `${options.cspSource ? `${options.cspSource} ` : ''}'nonce-${nonce}'`;
  const csp = `default-src 'none'; style-src ${styleSrc}; script-src 'nonce-${nonce}'; img-src 'none'; font-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'`;
  const counts = {
    conflict: model.matrix.rows.filter((r) => r.counted).length,
    agree: model.matrix.rows.filter((r) => r.status === 'agree' || r.status === 'reviewed').length,
    single: model.matrix.rows.filter((r) => r.status === 'single').length,
  };
  const kinds = [...new Set(model.matrix.rows.map((r) => r.kind))].sort();
  const report = options.mode === 'report';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(model.title)}</title>
<style nonce="${nonce}">${STYLE}${report ? REPORT_STYLE : ''}</style>
</head>
<body class="${report ? 'report' : 'webview'}"${options.tab ? ` data-initial-tab="${options.tab === 'timeline' ? 'timeline' : 'matrix'}"` : ''}>
<header>
<h1>${esc(model.title)}</h1>
<p class="summary">${model.sources.length} source${model.sources.length === 1 ? '' : 's'} · <span class="s-conflict">${STATUS_SYMBOL.conflict} ${counts.conflict} in conflict</span> · <span class="s-agree">${STATUS_SYMBOL.agree} ${counts.agree} agreed</span> · <span class="s-single">${STATUS_SYMBOL.single} ${counts.single} from one source only</span>${model.matrix.omittedSources ? ` · ${model.matrix.omittedSources} more source${model.matrix.omittedSources === 1 ? '' : 's'} not shown` : ''}</p>
<nav class="tabs" role="tablist" aria-label="Views">
<button role="tab" id="tab-matrix" aria-controls="matrix" aria-selected="true" data-tab="matrix">Source matrix</button>
<button role="tab" id="tab-timeline" aria-controls="timeline" aria-selected="${report ? 'true' : 'false'}" data-tab="timeline">Timeline</button>
</nav>
</header>
<main>
<section id="matrix" role="tabpanel" aria-labelledby="tab-matrix">
${report ? '<h2>Source matrix</h2>\n' : ''}<div class="filters" role="group" aria-label="Filters">
<label>Kind <select id="kind-filter"><option value="">all kinds</option>${kinds.map((k) => `<option value="${esc(k)}">${esc(model.kindNames[k] ?? k)}</option>`).join('')}</select></label>
<label>Show <select id="status-filter"><option value="">every row</option><option value="conflict">conflicts</option><option value="shared">claims of several sources</option><option value="single">claims of one source</option></select></label>
<span class="legend" aria-hidden="true"><span class="s-conflict">${STATUS_SYMBOL.conflict} conflict</span> <span class="s-reviewed">${STATUS_SYMBOL.reviewed} reviewed</span> <span class="s-agree">${STATUS_SYMBOL.agree} agrees (in a conflict row: with most sources, against the odd one out ${STATUS_SYMBOL.conflict})</span> <span class="s-single">${STATUS_SYMBOL.single} one source</span> <span class="s-silent">${STATUS_SYMBOL.silent} silent</span></span>
</div>
${model.matrix.rows.length ? matrixTable(model, report) : '<p class="empty">No claim to compare yet: no source states a number, a date, a quotation or a role that the others could be checked against.</p>'}
</section>
<section id="timeline" role="tabpanel" aria-labelledby="tab-timeline"${report ? '' : ' hidden'}>
${report ? '<h2>Timeline</h2>\n' : ''}${model.timeline.marks.length ? timeline(model, report) : '<p class="empty">No source dates an event.</p>'}
</section>
</main>
${report ? `<footer><p>Written by <code>corroborate report</code>. Sources: ${model.sources.map((s) => `<a href="${esc(s.href)}">${esc(s.name)}</a>`).join(', ')}.</p></footer>\n` : ''}<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>
`;
}

/** A file name that wraps after its separators ("county-council-/statement.md", "notes_/day-2.txt"), not in mid-word. */
function breakable(name: string): string {
  return name
    .split(/(?<=[/\\_-])/)
    .map(esc)
    .join('<wbr>');
}

function matrixTable(model: ViewModel, report: boolean): string {
  const head = model.sources
    .map((s, i) => (i < model.matrix.columns ? `<th scope="col" title="${esc(s.name)}">${breakable(s.name)}${s.date ? `<br><span class="date">${esc(s.date)}</span>` : ''}</th>` : ''))
    .join('');
  const rows = model.matrix.rows.map((r) => matrixRow(model, r, report)).join('\n');
  return `<div class="scroll"><table class="matrix">
<thead><tr><th scope="col" class="claim">Claim</th>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table></div>`;
}

function matrixRow(model: ViewModel, r: ViewRow, report: boolean): string {
  const columns = model.matrix.columns;
  const cells: string[] = [];
  for (let i = 0; i < columns; i++) {
    const cell = r.cells.find((c) => c.source === i);
    if (!cell) {
      cells.push(`<td class="cell s-silent"><span class="sym" aria-hidden="true">${STATUS_SYMBOL.silent}</span><span class="sr">${esc(model.sources[i]!.name)} ${STATUS_TEXT.silent}</span></td>`);
      continue;
    }
    cells.push(`<td class="cell s-${cell.status}">${cell.entries.map((e) => entry(model, cell.source, e, report)).join('')}</td>`);
  }
  const shared = r.status === 'single' ? 'single' : 'shared';
  return `<tr class="row s-${r.status}" data-kind="${esc(r.kind)}" data-status="${esc(r.status)}" data-shared="${shared}" data-row="${esc(r.id)}">
<th scope="row" class="claim"><span class="sym" aria-hidden="true">${STATUS_SYMBOL[r.status]}</span> <span class="label">${esc(r.label)}</span>${r.context ? ` <span class="context">· ${esc(r.context)}</span>` : ''}${r.noMajority ? ' <span class="context no-majority">· no majority</span>' : ''}${r.verdict === 'confirmed' ? ' <span class="context confirmed">· confirmed discrepancy</span>' : ''}<span class="sr"> (${STATUS_TEXT[r.status]})</span></th>${cells.join('')}</tr>`;
}

function entry(model: ViewModel, source: number, e: ViewEntry, report: boolean): string {
  const against = e.conflicts.map((c) => model.sources[c.source]?.name).filter(Boolean);
  const title = `${e.excerpt}${against.length ? `\n\nConflicts with ${against.join(', ')}` : ''}\n\n${model.sources[source]!.name}:${e.at.line + 1}:${e.at.character + 1}`;
  const inner = `<span class="sym" aria-hidden="true">${STATUS_SYMBOL[e.status]}</span> <span class="display">${esc(e.display)}</span><span class="written">“${esc(e.text)}”</span><span class="sr"> (${STATUS_TEXT[e.status]}${against.length ? `: ${esc(against.join(', '))}` : ''})</span>`;
  return link(model, source, e.at, title, `entry s-${e.status}`, inner, report);
}

/** A passage to open: a button for the webview's script, a link to the source in a report. */
function link(model: ViewModel, source: number, at: Place, title: string, cls: string, inner: string, report: boolean): string {
  if (report) return `<a class="${cls}" href="${esc(model.sources[source]!.href)}" title="${esc(title)}">${inner}</a>`;
  return `<button type="button" class="${cls}" title="${esc(title)}" data-source="${source}" data-line="${at.line}" data-character="${at.character}" data-end-line="${at.endLine}" data-end-character="${at.endCharacter}">${inner}</button>`;
}

function timeline(model: ViewModel, report: boolean): string {
  const items: string[] = [];
  let year = '';
  model.timeline.marks.forEach((m) => {
    const y = m.start.slice(0, 4);
    if (y !== year) {
      year = y;
      items.push(`<li class="year" aria-hidden="true"><span>${esc(y)}</span></li>`);
    }
    const ev = model.timeline.events[m.event]!;
    const others = ev.marks
      .map((i) => model.timeline.marks[i]!)
      .filter((o) => o !== m)
      .map((o) => `${o.when} (${[...new Set(o.sources.map((s) => model.sources[s.source]!.name))].join(', ')})`);
    const sources = m.sources
      .map((s) => link(model, s.source, s.at, `${s.excerpt}\n\n${model.sources[s.source]!.name}:${s.at.line + 1}:${s.at.character + 1}`, 'source', `<span class="name">${esc(model.sources[s.source]!.name)}</span> <span class="written">“${esc(s.text)}”</span>`, report))
      .join('');
    const status = m.conflict ? 'conflict' : new Set(m.sources.map((s) => s.source)).size > 1 ? 'agree' : 'single';
    items.push(`<li class="mark s-${status}" data-kind="${esc(ev.kind)}">
<div class="when"><span class="sym" aria-hidden="true">${m.conflict ? STATUS_SYMBOL.conflict : '◆'}</span> ${esc(m.when)}${m.yearInferred ? '<span class="inferred" title="The sources give no year; it is the year of the others">*</span>' : ''}</div>
<div class="event"><div class="what">${esc(ev.label)}${ev.context ? ` <span class="context">· ${esc(ev.context)}</span>` : ''}<span class="sr"> (${STATUS_TEXT[status]})</span></div>
${others.length ? `<div class="elsewhere${m.conflict ? ' s-conflict' : ''}">${m.conflict ? 'Also dated' : 'Also'}: ${esc(others.join('; '))}</div>` : ''}
<div class="sources">${sources}</div></div></li>`);
  });
  return `<ol class="axis">
${items.join('\n')}
</ol>${model.timeline.marks.some((m) => m.yearInferred) ? '\n<p class="note">* The sources give no year; it is the year the other sources give.</p>' : ''}`;
}

const STYLE = `
:root{--fg:var(--vscode-editor-foreground,#1f2328);--bg:var(--vscode-editor-background,#ffffff);--muted:var(--vscode-descriptionForeground,#59636e);
--line:var(--vscode-panel-border,var(--vscode-editorWidget-border,#d1d9e0));--head:var(--vscode-sideBar-background,#f6f8fa);
--conflict:var(--vscode-errorForeground,#cf222e);--conflict-bg:var(--vscode-inputValidation-errorBackground,#ffebe9);
--agree:var(--vscode-testing-iconPassed,#1a7f37);--reviewed:var(--vscode-editorInfo-foreground,#0969da);--single:var(--vscode-editorWarning-foreground,#9a6700);
--focus:var(--vscode-focusBorder,#0969da);--link:var(--vscode-textLink-foreground,#0969da);--hover:var(--vscode-list-hoverBackground,#eef1f4);
--font:var(--vscode-font-family,system-ui,-apple-system,"Segoe UI",sans-serif);--size:var(--vscode-font-size,13px);--border:var(--vscode-contrastBorder,transparent)}
*{box-sizing:border-box}
body{margin:0;padding:0 20px 24px;color:var(--fg);background:var(--bg);font-family:var(--font);font-size:var(--size);line-height:1.45}
header{position:sticky;top:0;background:var(--bg);z-index:3;padding-top:12px;border-bottom:1px solid var(--line)}
h1{font-size:1.35em;margin:0 0 4px;font-weight:600}
h2{font-size:1.15em;margin:20px 0 8px}
.summary{margin:0 0 8px;color:var(--muted)}
.tabs{display:flex;gap:4px}
.tabs button{font:inherit;color:var(--muted);background:none;border:0;border-bottom:2px solid transparent;padding:6px 10px;cursor:pointer}
.tabs button[aria-selected="true"]{color:var(--fg);border-bottom-color:var(--focus)}
.tabs button:focus-visible,.entry:focus-visible,.source:focus-visible,select:focus-visible{outline:1px solid var(--focus);outline-offset:1px}
.filters{display:flex;flex-wrap:wrap;gap:14px;align-items:center;margin:12px 0}
select{font:inherit;color:var(--vscode-dropdown-foreground,var(--fg));background:var(--vscode-dropdown-background,var(--bg));border:1px solid var(--vscode-dropdown-border,var(--line));padding:2px 4px;margin-left:4px}
.legend{color:var(--muted);display:flex;gap:10px}
/* The matrix scrolls in its own box, under the page's header, so that its header row and first column stay in view. */
.scroll{overflow:auto;max-width:100%;max-height:calc(100vh - var(--header-h,170px) - 12px)}
table.matrix{border-collapse:separate;border-spacing:0;min-width:100%}
.matrix th,.matrix td{border-bottom:1px solid var(--line);border-right:1px solid var(--line);padding:6px 8px;vertical-align:top;text-align:left}
.matrix thead th{position:sticky;top:0;background:var(--head);font-weight:600;overflow-wrap:break-word;z-index:1;border-top:1px solid var(--line)}
.matrix th.claim{position:sticky;left:0;background:var(--head);min-width:190px;max-width:300px;font-weight:600;z-index:2;border-left:1px solid var(--line)}
.matrix thead th.claim{z-index:3}
.date{font-weight:400;color:var(--muted);font-size:.9em}
.context{font-weight:400;color:var(--muted)}
.cell{min-width:120px;max-width:280px}
.cell.s-conflict{background:var(--conflict-bg)}
.entry,.source{display:block;width:100%;text-align:left;font:inherit;color:inherit;background:none;border:1px solid var(--border);border-radius:3px;padding:2px 4px;margin:0 0 4px;cursor:pointer;text-decoration:none}
.entry:hover,.source:hover{background:var(--hover)}
.display{font-weight:600}
.written{display:block;color:var(--muted);font-size:.92em;overflow-wrap:anywhere}
.sym{display:inline-block;width:1.1em;text-align:center;font-weight:700}
.s-conflict>.sym,.s-conflict .when .sym,.entry.s-conflict .sym,span.s-conflict{color:var(--conflict)}
.s-reviewed>.sym,.entry.s-reviewed .sym,span.s-reviewed{color:var(--reviewed)}
.s-agree>.sym,.entry.s-agree .sym,span.s-agree,.entry.s-majority .sym,span.s-majority{color:var(--agree)}
.s-single>.sym,.entry.s-single .sym,span.s-single{color:var(--single)}
.s-silent,.s-silent .sym{color:var(--muted)}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.empty,.note{color:var(--muted)}
ol.axis{list-style:none;margin:12px 0;padding:0 0 0 8px;border-left:2px solid var(--line)}
ol.axis li{position:relative;margin:0 0 12px;padding-left:16px}
li.year{margin:18px 0 8px}
li.year span{font-weight:700;font-size:1.1em;background:var(--bg);position:relative;left:-26px;padding:2px 4px}
li.mark{display:grid;grid-template-columns:190px 1fr;gap:12px}
li.mark::before{content:"";position:absolute;left:-14px;top:6px;width:10px;height:10px;border-radius:50%;background:var(--agree);border:1px solid var(--border)}
li.mark.s-conflict::before{background:var(--conflict)}
li.mark.s-single::before{background:var(--single)}
.when{font-weight:600;white-space:nowrap}
.what{font-weight:600}
.elsewhere{color:var(--muted);margin:2px 0}
.elsewhere.s-conflict{color:var(--conflict)}
.sources{display:flex;flex-wrap:wrap;gap:4px;margin-top:4px}
.sources .source{width:auto;max-width:360px;border-color:var(--line)}
.name{font-weight:600}
.inferred{color:var(--muted)}
body.vscode-high-contrast .cell,body.vscode-high-contrast .entry,body.vscode-high-contrast .source{border:1px solid var(--border)}
body.vscode-high-contrast .cell.s-conflict{background:none;outline:2px dashed var(--conflict);outline-offset:-3px}
[hidden]{display:none!important}
`;

/** A standalone report follows the reader's light or dark preference. */
const REPORT_STYLE = `
@media (prefers-color-scheme: dark){:root{--fg:#e6edf3;--bg:#0d1117;--muted:#9198a1;--line:#3d444d;--head:#151b23;--conflict:#ff7b72;--conflict-bg:#3c1618;--agree:#3fb950;--reviewed:#4493f8;--single:#d29922;--focus:#4493f8;--link:#4493f8;--hover:#1f2630}}
body.report .tabs{display:none}
body.report header{position:static}
footer{margin-top:24px;color:var(--muted)}
footer a{color:var(--link)}
@media print{header{position:static}.filters{display:none}.scroll{max-height:none;overflow:visible}}
`;

/**
 * The page's behaviour: tabs, filters, and opening a passage (webview only). It reads data
 * attributes holding numbers and fixed words only; no text of a source reaches it.
 */
const SCRIPT = `
(function(){
  var vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
  var report = document.body.classList.contains('report');
  var state = (vscode && vscode.getState()) || {};
  function select(tab){
    if (report) return;
    document.querySelectorAll('button[data-tab]').forEach(function(b){
      var on = b.getAttribute('data-tab') === tab;
      b.setAttribute('aria-selected', on ? 'true' : 'false');
      document.getElementById(b.getAttribute('aria-controls')).hidden = !on;
    });
    state.tab = tab; save();
  }
  function save(){ if (vscode) vscode.setState(state); }
  function filter(){
    var kind = document.getElementById('kind-filter');
    var status = document.getElementById('status-filter');
    if (!kind || !status) return;
    state.kind = kind.value; state.status = status.value; save();
    document.querySelectorAll('tr.row').forEach(function(tr){
      var k = !kind.value || tr.getAttribute('data-kind') === kind.value;
      var s = !status.value || (status.value === 'conflict' ? tr.getAttribute('data-status') === 'conflict' : tr.getAttribute('data-shared') === status.value);
      tr.hidden = !(k && s);
    });
  }
  document.querySelectorAll('button[data-tab]').forEach(function(b){ b.addEventListener('click', function(){ select(b.getAttribute('data-tab')); }); });
  ['kind-filter','status-filter'].forEach(function(id){ var el = document.getElementById(id); if (el) el.addEventListener('change', filter); });
  if (vscode) {
    document.addEventListener('click', function(ev){
      var el = ev.target.closest && ev.target.closest('button[data-source]');
      if (!el) return;
      var n = function(a){ return Number(el.getAttribute(a)); };
      vscode.postMessage({ type: 'open', source: n('data-source'), line: n('data-line'), character: n('data-character'), endLine: n('data-end-line'), endCharacter: n('data-end-character') });
    });
  }
  window.addEventListener('message', function(ev){
    var m = ev.data;
    if (m && m.type === 'tab' && (m.tab === 'matrix' || m.tab === 'timeline')) select(m.tab);
  });
  // The matrix's box fills the window below the header, whatever the header's height.
  var header = document.querySelector('header');
  var fit = function(){ document.documentElement.style.setProperty('--header-h', ((header && getComputedStyle(header).position === 'sticky') ? header.offsetHeight : 0) + 'px'); };
  window.addEventListener('resize', fit);
  fit();
  var pending;
  window.addEventListener('scroll', function(){
    clearTimeout(pending);
    pending = setTimeout(function(){ state.scroll = window.scrollY; save(); }, 100);
  });
  if (state.kind !== undefined) { var k = document.getElementById('kind-filter'); if (k) k.value = state.kind; }
  if (state.status !== undefined) { var s = document.getElementById('status-filter'); if (s) s.value = state.status; }
  filter();
  // The tab the reader last chose wins over the one a command asked for when the page first opened.
  var first = state.tab || document.body.getAttribute('data-initial-tab');
  if (first === 'matrix' || first === 'timeline') select(first);
  if (state.scroll) window.scrollTo(0, state.scroll);
})();
`;
