/**
 * Percentages: "12%", "12 percent", "21 per cent", "5.4 percentage points"; a change ("up 12%",
 * "fell 3.9 percent") when the text says which way, and only then compared with other changes.
 */
import { type ClaimKindSpec, type NumberReader } from '../../kind';
import { amountHedge, direction, fmt, hedgeLength, rangeDisplay, shape } from '../../quantity';

export const percentage: ClaimKindSpec = {
  kind: 'percentage',
  title: 'Percentage',
  plural: 'percentages',
  description: 'Sources give different percentages for the same share.',
  severity: 'warning',
  label: (what) => `Percentage (${what})`,
  framed: true,
};

export const percentageNumber: NumberReader = {
  kind: 'percentage',
  read(n, _next, s) {
    const { text, sentence } = s;
    const after = text.slice(n.end, Math.min(sentence.end, n.end + 60));
    const pct = /^\s?(%|per\s?cent\b|percent\b|pc\b|percentage\s+points?\b)/i.exec(after);
    if (!pct) return 0;
    const end = n.end + pct[0].length;
    const hedge = amountHedge(text, n.start, sentence.start);
    const dir = direction(text.slice(Math.max(sentence.start, n.start - 40), n.start), text.slice(end, Math.min(sentence.end, end + 20)));
    const v = dir === 'down' ? -n.value : n.value;
    const tol = n.decimals ? 0.5 * 10 ** -n.decimals : 0.5;
    let [lo, hi] = shape(Math.abs(v), hedge, tol);
    if (dir === 'down') [lo, hi] = [-hi, -lo];
    const start = hedge ? n.start - hedgeLength(text, n.start, hedge) : n.start;
    const unit = dir ? '%change' : '%';
    s.add({ start, end, kind: 'percentage', lo, hi, unit, text: text.slice(start, end), display: rangeDisplay(lo, hi, v, (x) => `${dir ? (x > 0 ? '+' : x < 0 ? '−' : '') : ''}${fmt(Math.abs(x))}%`, hedge) }, true);
    return 1;
  },
};
