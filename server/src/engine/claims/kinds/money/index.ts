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

/** "a week", "per year", "an hour", "annually": the period a sum is paid in. */
const RATE = /^\s*(?:a|an|per|each|every)\s+(week|month|year|day|hour|season)\b/i;
/** Periods in a year (a season taken as a year; an hour as a full-time year's 2,080 hours). */
const PER_YEAR: Record<string, number> = { week: 52, month: 12, year: 1, day: 365, hour: 2080, season: 1 };

export const moneyNumber: NumberReader = {
  kind: 'money',
  read(n, _next, s) {
    const { text, sentence } = s;
    const after = text.slice(n.end, Math.min(sentence.end, n.end + 60));
    // "US$1", and "$US1" as Australian and New Zealand papers write it.
    const sym = /(US\$|A\$|C\$|NZ\$|HK\$|\$(?:US|A|C|NZ|HK)|[$£€¥])\s?$/.exec(text.slice(Math.max(sentence.start, n.start - 4), n.start));
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
    // A rate: "£115,000 a week", "£6m a year", "$20 an hour": compared per year with other rates.
    const rate = RATE.exec(text.slice(end, Math.min(sentence.end, end + 24)));
    if (rate) {
      const per = PER_YEAR[rate[1]!.toLowerCase()]!;
      const rateEnd = end + rate[0].length;
      const show = (v: number) => moneyDisplay(v, currency);
      s.add(
        { start: hs, end: rateEnd, kind: 'money', lo: lo * per, hi: hi * per, unit: `${currency}/year`, text: text.slice(hs, rateEnd), display: `${rangeDisplay(lo, hi, n.value, show, hedge)} a ${rate[1]!.toLowerCase()}${per !== 1 ? ` (${rangeDisplay(lo * per, hi * per, n.value * per, show, hedge)} a year)` : ''}` },
        true,
      );
      return 1;
    }
    s.add({ start: hs, end, kind: 'money', lo, hi, unit: currency, text: text.slice(hs, end), display: rangeDisplay(lo, hi, n.value, (v) => moneyDisplay(v, currency), hedge) }, true);
    return 1;
  },
};
