/**
 * Vote tallies: "voted 1,942 to 1,458", "a 5-4 vote", "by 12 votes to three", "a 7-2 decision",
 * "passed 52-48". The value is the pair (for, against); two tallies agree only when both numbers do
 * (a tally is counted, not estimated). Added as the worked example of a new kind: this folder, one
 * line in the registry, and the entries docs/ARCHITECTURE.md lists ("Adding a kind").
 */
import { wordsValue } from '../../../numbers';
import { type ClaimKindSpec, type PatternReader, slotOf } from '../../kind';
import { fmt } from '../../quantity';

export const vote: ClaimKindSpec = {
  kind: 'vote',
  title: 'Vote tally',
  plural: 'vote tallies',
  description: 'Sources give different tallies for the same vote.',
  severity: 'warning',
  label: (what) => slotOf('Vote', what),
  agree: (a, b) => a.lo === b.lo && a.against === b.against,
};

const N = '(\\d{1,3}(?:,\\d{3})+|\\d+|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)';
/** "5-4 vote", "a 7-2 decision", "voted 52-48", "passed 1,942 to 1,458", "(by) five votes to four", "212 in favour and 190 against". */
const TALLY_RE = new RegExp(
  `\\b${N}\\s*(?:-|–|—|to)\\s*${N}\\s+(?:vote|votes|decision|ruling|verdict|majority|margin|split)\\b` +
    `|\\b(?:voted|vote|votes|passed|approved|rejected|carried|defeated|backed|won|lost|ruled)\\s+(?:by\\s+)?${N}\\s*(?:-|–|—|to)\\s*${N}\\b(?!\\s*(?:%|per\\s?cent|percent|years?|months?|weeks?|days?|hours?|minutes?|a\\.m|p\\.m|am\\b|pm\\b))` +
    // "five votes to four", but not a candidate's votes against another's ("with 1,486 votes to 1,479
    // for the sitting councillor"): those are two counts.
    `|(?<!\\bwith\\s+)(?<![\\d,.])\\b${N}\\s+votes?\\s+to\\s+${N}(?![\\d,])\\b(?!\\s+(?:for|from)\\b)` +
    `|\\b${N}\\s+(?:votes?\\s+)?(?:in\\s+favou?r|for)(?:\\s+and|,)?\\s+${N}\\s+(?:votes?\\s+)?against\\b`,
  'gi',
);

const value = (s: string) => (/^\d/.test(s) ? Number(s.replace(/,/g, '')) : wordsValue(s.replace(/-/g, ' ')));

export const voteTally: PatternReader = {
  kind: 'vote',
  read(s) {
    for (const m of s.within(TALLY_RE)) {
      const a = m[1] ?? m[3] ?? m[5] ?? m[7];
      const b = m[2] ?? m[4] ?? m[6] ?? m[8];
      const yes = a === undefined ? undefined : value(a);
      const no = b === undefined ? undefined : value(b);
      if (yes === undefined || no === undefined) continue;
      // The tally itself, from its first number to its last.
      const start = m.index + m[0].indexOf(a!);
      const end = m.index + m[0].lastIndexOf(b!) + b!.length;
      const span = { start, end };
      if (!s.free(span)) continue;
      s.add({ ...span, kind: 'vote', lo: yes, hi: yes, against: no, unit: 'votes', text: s.text.slice(start, end), display: `${fmt(yes)}–${fmt(no)}` });
    }
  },
};
