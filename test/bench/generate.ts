/**
 * Generates benchmark corpora from the example corpus: events of 3 to 8 sources each, every event
 * with its own names, places, company and numbers, each document padded to 3-6 KB with paragraphs
 * about the same event. Most documents have counterparts; the examples' planted conflicts come along,
 * and some numbers are changed in one source so that events differ in what conflicts.
 * Deterministic: the same seed gives the same files.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { EXAMPLES } from '../paths';

/** A small deterministic random generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Alma', 'Bruno', 'Carys', 'Dario', 'Elif', 'Femi', 'Greta', 'Hamid', 'Ines', 'Jonas', 'Kofi', 'Lucia', 'Mateo', 'Nadia', 'Oskar', 'Petra', 'Quentin', 'Rosa', 'Stefan', 'Tamsin', 'Umar', 'Vera', 'Wiktor', 'Yara', 'Zeno', 'Amara', 'Boris', 'Chiara', 'Dmitri', 'Esme'];
const LAST = ['Abbott', 'Baptiste', 'Castell', 'Dunmore', 'Eriksen', 'Farrow', 'Galloway', 'Hollis', 'Ibarra', 'Jessop', 'Kowal', 'Lindqvist', 'Marlowe', 'Nkemelu', 'Orsini', 'Pennant', 'Quayle', 'Rathbone', 'Sorensen', 'Thorne', 'Ulloa', 'Vasquez', 'Whitlock', 'Yardley', 'Zielinski', 'Ashdown', 'Brannock', 'Corrigan', 'Delacroix', 'Everley'];
const SYL = ['ash', 'brook', 'cal', 'dun', 'el', 'fen', 'gar', 'holm', 'ing', 'kel', 'lin', 'mar', 'nor', 'ock', 'pen', 'rid', 'sel', 'tor', 'ul', 'ver', 'wick', 'yar', 'bel', 'cor', 'dal', 'har', 'mor', 'ton', 'by', 'ley'];
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

interface EventNames {
  [placeholder: string]: string;
}

/** The examples' proper names, replaced by each event's own. */
function eventNames(rnd: () => number, k: number): EventNames {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const word = (n: number) => cap(Array.from({ length: n }, () => pick(SYL)).join(''));
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  // The event number makes every event's place and company names its own.
  const town = `${word(2)}${['ford', 'wick', 'ham', 'by', 'stow'][k % 5]}${k}`;
  return {
    'Priya Raman': person(),
    'Helen Achebe': person(),
    'Daniel Achebe': `${pick(FIRST)} Achebe${k}`,
    'Tom Hadley': person(),
    'Ruth Menon': person(),
    'Samuel Okafor': person(),
    'Wendline Ferries': `${word(2)}${k} Ferries`,
    Wendline: `${word(2)}${k}`,
    'Calder Star': `${word(2)} Star ${k}`,
    Tolbrook: `${word(2)}${k}`,
    'River Wend': `River ${word(1)}${k}`,
    'Wend Valley': `${word(1)}${k} Valley`,
    Ashcombe: town,
    ASHCOMBE: town.toUpperCase(),
    'Quay Street': `${word(1)} Street`,
    'Mill Lane': `${word(1)} Lane`,
  };
}

/** Paragraphs of our own about an event, to bring documents to a realistic length. */
const FILLER = [
  'Residents of {Ashcombe} said the {Tolbrook} Bridge had been a worry for years, and several had written to the council about traffic on the crossing.',
  'Shop owners near the river reported a quiet morning as roads around the bridge were closed and buses were diverted through the town centre.',
  'The {Wendline Ferries} timetable for the rest of the week has been withdrawn, and the company said customers would be refunded in full.',
  'Local historians noted that the crossing has carried traffic between the two banks since long before the present bridge was built.',
  'Harbour staff spent the afternoon checking moorings and marker buoys along the {River Wend} while divers examined the damaged pier.',
  'Schools in {Ashcombe} stayed open, although some parents kept children at home because of the diversions and the closed road.',
  'A spokesperson for the regional transport board said engineers would publish a first assessment of the structure within days.',
  'Volunteers from the lifeboat station handed out hot drinks to residents waiting to hear when they could return to their homes.',
  'Insurance assessors arrived in the evening and began photographing the pier footing and the bow of the {Calder Star}.',
  'Traffic on the ring road was heavy through the evening as drivers looked for other ways across the river.',
  'The town council said it would hold a public meeting next month to explain the repairs and answer questions from residents.',
  'Fishermen on the quay described a loud crack followed by shouting from the deck, and said the fog had been thick all morning.',
];

/** Numbers that differ between events (and sometimes between sources of one event). */
function varyNumbers(text: string, rnd: () => number, conflict: boolean): string {
  return text
    .replace(/\b140 homes\b/gi, (m) => (conflict && rnd() < 0.5 ? m.replace('140', String(150 + Math.floor(rnd() * 80))) : m))
    .replace(/£15m/g, (m) => (conflict && rnd() < 0.5 ? `£${15 + Math.floor(rnd() * 5)}m` : m))
    .replace(/\b18,000 vehicles\b/g, (m) => (rnd() < 0.5 ? m : `${(17 + Math.floor(rnd() * 3)).toString()},000 vehicles`));
}

export interface GeneratedCorpus {
  readonly dir: string;
  readonly files: number;
  readonly bytes: number;
  readonly events: number;
}

/** Writes `count` documents into `dir` (emptied first). */
export function generateCorpus(dir: string, count: number, seed = 1): GeneratedCorpus {
  const rnd = random(seed);
  const templates = readdirSync(EXAMPLES)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(path.join(EXAMPLES, f), 'utf8') }));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let files = 0;
  let bytes = 0;
  let events = 0;
  while (files < count) {
    const k = events++;
    const names = eventNames(rnd, k);
    const sources = Math.min(count - files, 3 + Math.floor(rnd() * 6));
    const eventDir = path.join(dir, `event-${String(k).padStart(5, '0')}`);
    mkdirSync(eventDir, { recursive: true });
    for (let s = 0; s < sources; s++) {
      const t = templates[s % templates.length]!;
      let text = t.text;
      // Longest names first, so that "Wendline Ferries" is replaced before "Wendline".
      for (const [from, to] of Object.entries(names).sort((a, b) => b[0].length - a[0].length)) text = text.split(from).join(to);
      text = varyNumbers(text, rnd, s === sources - 1);
      // Pad to 3-6 KB with paragraphs about the same event.
      const target = 3000 + Math.floor(rnd() * 3000);
      const paras: string[] = [];
      while (text.length + paras.join('\n\n').length < target) {
        let p = FILLER[Math.floor(rnd() * FILLER.length)]!;
        for (const [from, to] of Object.entries(names)) p = p.split(`{${from}}`).join(to);
        paras.push(p);
      }
      text = `${text.trimEnd()}\n\n${paras.join('\n\n')}\n`;
      const file = path.join(eventDir, `${s}-${t.name}`);
      writeFileSync(file, text);
      files++;
      bytes += Buffer.byteLength(text);
    }
  }
  return { dir, files, bytes, events };
}
