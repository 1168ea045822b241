/**
 * Sums of money: "£7.1m", "$2.8 billion", "7.1 million pounds", "€30,000", "NZ$3 million". Read in
 * their currency; a round sum is read to its rounding ("£15m" ± 0.5m), a decimal one to its last
 * digit. Sums in two currencies are never compared.
 */
import { type ClaimKindSpec, type NumberReader, slotOf } from '../../kind';
import { amountHedge, currencyOf, hedgeAfter, hedgeLength, moneyDisplay, rangeDisplay, scaleOf, shape } from '../../quantity';

export const money: ClaimKindSpec = {
  kind: 'money',
  title: 'Amount of money',
  plural: 'money',
  description: 'Sources give different sums of money for the same amount.',
  severity: 'warning',
  label: (what) => slotOf('Amount', what),
  framed: true,
};

export const moneyNumber: NumberReader = {
  kind: 'money',
  read(n, _next, s) {
    const { text, sentence } = s;
    const after = text.slice(n.end, Math.min(sentence.end, n.end + 60));
    const sym = /(US\$|A\$|C\$|NZ\$|HK\$|[$£€¥])\s?$/.exec(text.slice(Math.max(sentence.start, n.start - 4), n.start));
    const word = /^\s*(pounds?(?:\s+sterling)?|sterling|dollars?|euros?|yen|GBP|USD|EUR)\b/i.exec(after);
    if (!sym && !word) return 0;
    // "300 pounds of cargo", "weighed 12 pounds": a weight, not a sum (the measure reader takes it).
    if (!sym && /^pounds?$/i.test(word![1]!) && (/^\s*pounds?\s+of\s+(?!sterling)/i.test(after) || /\b(?:weigh(?:s|ed|ing)?|weight|heavy|lighter|heavier)\b[^.;]{0,30}$/i.test(text.slice(Math.max(sentence.start, n.start - 40), n.start)))) return 0;
    const currency = currencyOf(sym?.[1] ?? word![1]!);
    const start = sym ? n.start - sym[0].length : n.start;
    const end = word ? n.end + word[0].length : n.end;
    const hedge = amountHedge(text, start, sentence.start) ?? hedgeAfter(text, end);
    const tol = n.roundUnit ? Math.min(n.roundUnit / 2, 0.05 * n.value) : n.decimals ? 0.5 * 10 ** -n.decimals * (n.scaled ? scaleOf(n) : 1) : 0.02 * n.value;
    const [lo, hi] = shape(n.value, hedge, tol);
    const hs = hedge && !hedgeAfter(text, end) ? start - hedgeLength(text, start, hedge) : start;
    s.add({ start: hs, end, kind: 'money', lo, hi, unit: currency, text: text.slice(hs, end), display: rangeDisplay(lo, hi, n.value, (v) => moneyDisplay(v, currency), hedge) }, true);
    return 1;
  },
};
