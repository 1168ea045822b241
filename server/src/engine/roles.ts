/**
 * Roles and titles compared: "chief executive", "CEO" and "chief executive officer" are one role;
 * "operations director" is another; "Russian President" and "President" agree; a deputy is not the
 * office holder. Roles said to be former, or too generic to judge ("official"), never disagree.
 */
import { fold } from './lexicon';

export interface RoleShape {
  /** The canonical office: "chief executive", "spokesperson", "minister". */
  readonly head: string;
  /** Rank words that change the office: deputy, vice, assistant, acting, interim. */
  readonly rank: readonly string[];
  /** Domain words that specialise it: foreign, finance, operations. */
  readonly domain: readonly string[];
  readonly former: boolean;
  /** Every office of a role naming several ("assistant general manager and senior vice president"). */
  readonly parts: readonly RoleShape[];
}

/** The head of a "chief ... officer" not listed: the office as written. */
const CHIEF_OFFICER = 'chief … officer';

/** Multi-word offices first, then single words; each maps to a canonical head. */
const HEADS: Array<[RegExp, string]> = [
  [/\bchief executive(?: officer)?\b|\bceo\b/, 'chief executive'],
  [/\bchief financial officer\b|\bcfo\b/, 'chief financial officer'],
  [/\bchief operating officer\b|\bcoo\b/, 'chief operating officer'],
  [/\bchief fire officer\b|\bfire chief\b|\bchief of the fire service\b/, 'fire chief'],
  [/\bpolice chief\b|\bchief constable\b|\bpolice commissioner\b/, 'police chief'],
  // Any other "chief ... officer" is an office of its own ("chief technology officer" is not "chief
  // product officer"); a plain "officer" stays generic below.
  [/\bchief (?:[a-z]+ ){1,2}officer\b/, CHIEF_OFFICER],
  [/\breturning officer\b/, 'returning officer'],
  [/\bmanaging director\b/, 'managing director'],
  [/\bprime minister\b|\bpremier\b/, 'prime minister'],
  [/\bpress secretary\b|\bspokes(?:man|woman|person|people)\b/, 'spokesperson'],
  [/\bsecretary[- ]general\b/, 'secretary-general'],
  [/\bdirector[- ]general\b/, 'director-general'],
  [/\battorney general\b/, 'attorney general'],
  [/\bchair(?:man|woman|person)?\b/, 'chair'],
  [/\bpresident\b/, 'president'],
  [/\bminister\b/, 'minister'],
  [/\bsecretary\b/, 'secretary'],
  [/\bambassador\b|\benvoy\b/, 'ambassador'],
  [/\bmayor\b/, 'mayor'],
  [/\bgovernor\b/, 'governor'],
  [/\bsenator\b/, 'senator'],
  [/\bcouncillor\b|\bcouncilor\b/, 'councillor'],
  [/\bcommissioner\b/, 'commissioner'],
  [/\bdirector\b/, 'director'],
  [/\bmanager\b/, 'manager'],
  [/\bcaptain\b|\bskipper\b/, 'captain'],
  [/\bdeckhand\b/, 'deckhand'],
  [/\bdoctor\b|\bphysician\b|\bsurgeon\b|\bconsultant\b/, 'doctor'],
  [/\bnurse\b/, 'nurse'],
  [/\bengineer\b/, 'engineer'],
  [/\bprofessor\b|\blecturer\b/, 'professor'],
  [/\bfellow\b/, 'fellow'],
  [/\banalyst\b/, 'analyst'],
  [/\breporter\b|\bcorrespondent\b|\bjournalist\b/, 'journalist'],
  [/\beditor\b/, 'editor'],
  [/\blawyer\b|\battorney\b|\bcounsel\b/, 'lawyer'],
  [/\bjudge\b|\bjustice\b/, 'judge'],
  [/\bgeneral\b|\bcolonel\b|\bmajor\b|\blieutenant\b|\bsergeant\b|\badmiral\b|\bcommander\b/, 'officer (military)'],
  // Owning or founding something goes with any office ("owner Bill Ingaldson", "Anchorage attorney
  // Bill Ingaldson"; the start-up's founder and the buyer's vice president): never judged.
  [/\bofficer\b|\bofficial\b|\brepresentative\b|\bmember\b|\bleader\b|\bhead\b|\baide\b|\badvis[eo]r\b|\bdelegate\b|\bstaff\b|\bworker\b|\bemployee\b|\bexpert\b|\b(?:co-?)?founder\b|\bowner\b|\bco-?owner\b|\bshareholder\b|\binvestor\b/, 'generic'],
];

const RANKS = ['deputy', 'vice', 'assistant', 'acting', 'interim', 'associate', 'under', 'co'];
const DOMAINS = ['foreign', 'defence', 'defense', 'finance', 'interior', 'home', 'justice', 'health', 'education', 'transport', 'energy', 'trade', 'economy', 'operations', 'communications', 'marketing', 'sales', 'technical', 'technology', 'medical', 'legal', 'security', 'environment', 'culture', 'agriculture', 'labour', 'labor', 'treasury', 'state'];

/** Reads a role as written into its office, rank and domain; a role of several offices into each. */
export function roleShape(text: string): RoleShape | undefined {
  const pieces = fold(text)
    .replace(/[’']/g, "'")
    .split(/\s+(?:and|&)\s+|\s*[,;/]\s*/)
    .map((p) => onePart(p))
    .filter((p): p is Omit<RoleShape, 'parts'> => p !== undefined);
  if (!pieces.length) return undefined;
  return { ...pieces[0]!, parts: pieces.map((p) => ({ ...p, parts: [] })) };
}

function onePart(text: string): Omit<RoleShape, 'parts'> | undefined {
  let t = text;
  // "President Vladimir Putin's spokesperson", "Wendline's operations director": the role is what
  // follows the last possessive.
  const pos = t.lastIndexOf("'s ");
  if (pos !== -1) t = t.slice(pos + 3);
  const former = /\b(?:former|ex-|erstwhile|one-time|onetime|retired|outgoing)\b/.test(t);
  for (const [re, head] of HEADS) {
    const m = re.exec(t);
    if (!m) continue;
    const before = t.slice(0, m.index).split(/[^a-z-]+/).filter(Boolean);
    const words = t.split(/[^a-z-]+/).filter(Boolean);
    const rank = RANKS.filter((r) => before.includes(r) || before.some((b) => b === `${r}-` || b.startsWith(`${r}-`)));
    const domain = DOMAINS.filter((d) => words.includes(d) && !m[0].includes(d));
    return { head: head === CHIEF_OFFICER ? m[0] : head, rank, domain, former };
  }
  return undefined;
}

/**
 * Whether two roles of one person, each as some source writes it, cannot both be true: no office of
 * one agrees with an office of the other, and no source gives the person both (`together` holds the
 * pairs of offices some source gives one person at once, "president and general manager").
 */
export function rolesDisagree(a: RoleShape, b: RoleShape, together: ReadonlySet<string> = NO_PAIRS): boolean {
  const pa = a.parts.length ? a.parts : [a];
  const pb = b.parts.length ? b.parts : [b];
  for (const x of pa) for (const y of pb) if (!officesDisagree(x, y) || together.has(officePair(x.head, y.head))) return false;
  return true;
}

const NO_PAIRS: ReadonlySet<string> = new Set();

/** The key of two offices held at once, the same in either order. */
export function officePair(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function officesDisagree(a: RoleShape, b: RoleShape): boolean {
  if (a.former || b.former) return false;
  if (a.head === 'generic' || b.head === 'generic') return false;
  if (a.head !== b.head) return true;
  if (a.rank.join() !== b.rank.join()) return true;
  if (a.domain.length && b.domain.length && !a.domain.some((d) => b.domain.includes(d))) return true;
  return false;
}
