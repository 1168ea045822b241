/**
 * A word tokeniser with exact offsets, for names, claims and alignment. Written by hand because the
 * measured libraries either drop offsets (wink rebuilds them from spacing and drifts on control
 * characters) or break non-ASCII names ("Öncu Keçeli" into pieces, in natural).
 */
import type { Span } from './types';

export type TokenType = 'word' | 'number' | 'punct';

export interface Token extends Span {
  readonly text: string;
  readonly type: TokenType;
  /** Starts with a capital letter (or is a dotted abbreviation such as "U.S."). */
  readonly cap: boolean;
  /** Two or more capitals or digits and no lower-case letter ("FSB", "G20", "U.S."). */
  readonly acronym: boolean;
  /** Followed directly by a possessive `'s` / `’s` (not part of the token). */
  readonly possessive: boolean;
}

// Dotted abbreviations (U.S., D.C., a.m.), honorifics with their dot, words (letters, marks, digits,
// inner apostrophes and hyphens), numbers (with inner separators), then any other single character.
const TOKEN =
  /(?:\p{L}\.){2,}|(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Gen|Sen|Rep|Gov|Col|Capt|Lt|Sgt|Rev|Hon|Jr|Sr|Mt|Ft)\.(?=\s*\p{Lu}|\p{Lu})|[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}]|[-'’](?=[\p{L}\p{M}\p{N}]))*|\p{N}+(?:[.,:]\p{N}+)*|\S/gu;

/** Tokenises `text[start, end)`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null && m.index < end) {
    let s = m[0];
    const at = m.index;
    if (at + s.length > end) s = s.slice(0, end - at);
    // ASCII fast paths first; the Unicode property tests decide everything else, with the same result.
    const c0 = s.charCodeAt(0);
    const first = s.charAt(0);
    if ((c0 >= 48 && c0 <= 57) || (c0 >= 128 && /\p{N}/u.test(first))) {
      out.push(tok(at, s, 'number', false, false, false));
      continue;
    }
    if (c0 < 128 ? !((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122)) : !/\p{L}/u.test(first)) {
      out.push(tok(at, s, 'punct', false, false, false));
      continue;
    }
    let possessive = false;
    const last = s.charCodeAt(s.length - 1);
    if ((last === 115 || last === 83) && s.length >= 3) {
      const apostrophe = s.charAt(s.length - 2);
      const base = s.slice(0, -2);
      if ((apostrophe === "'" || apostrophe === '’') && !base.includes("'") && !base.includes('’')) {
        s = base;
        possessive = true;
      }
    }
    const dotted = s.includes('.') && /^(?:\p{L}\.){2,}$/u.test(s);
    const cap = c0 < 128 ? c0 >= 65 && c0 <= 90 : /^\p{Lu}/u.test(s);
    let acronym = false;
    // An acronym's first letter is a capital: a word starting lower-case, or with a lower-case second letter, is none.
    const c1 = s.charCodeAt(1);
    if (cap && !(c1 >= 97 && c1 <= 122)) {
      const letters = s.replace(/[^\p{L}\p{N}]/gu, '');
      acronym = letters.length >= 2 && /^[\p{Lu}\p{N}]+$/u.test(letters) && /\p{Lu}/u.test(letters) && (dotted || !s.includes('.'));
    }
    out.push(tok(at, s, 'word', cap || (dotted && acronym), acronym, possessive));
  }
  return out;
}

function tok(start: number, text: string, type: TokenType, cap: boolean, acronym: boolean, possessive: boolean): Token {
  return { start, end: start + text.length, text, type, cap, acronym, possessive };
}
