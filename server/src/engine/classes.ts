/**
 * What a claim is about, as classes of words: events ("talks", "negotiations", "meeting" are one
 * event class), predicates of counts ("injured", "hurt", "wounded"), and counted nouns ("people",
 * "persons", "individuals"). Two claims are compared only when their classes meet. Our own small
 * thesaurus of news vocabulary, matched on crude stems so inflections need no listing.
 */

/** A crude English stem: lower case, common inflections and derivations removed. */
/** Memoised results (bounded): the same words recur throughout a corpus. */
const STEMS = new Map<string, string>();

export function stem(word: string): string {
  let s = STEMS.get(word);
  if (s === undefined) {
    s = computeStem(word);
    if (STEMS.size > 200_000) STEMS.clear();
    STEMS.set(word, s);
  }
  return s;
}

function computeStem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length <= 3 || /\d/.test(w)) return w;
  const rules: Array<[RegExp, string]> = [
    [/ies$/, 'y'],
    [/ied$/, 'y'],
    [/sses$/, 'ss'],
    [/(?<=[^s])s$/, ''],
    [/ational$/, 'ate'],
    [/ations?$/, 'ate'],
    [/ments?$/, ''],
    [/ings?$/, ''],
    [/edly$/, ''],
    [/ed$/, ''],
    [/ly$/, ''],
  ];
  for (const [re, rep] of rules) {
    if (re.test(w)) {
      const next = w.replace(re, rep);
      if (next.length >= 3) {
        w = next;
        break;
      }
    }
  }
  // "stopped" → "stopp" → "stop"; "injur(e)" → "injur".
  w = w.replace(/([^aeiouls])\1$/, '$1').replace(/e$/, '');
  return w;
}

/** Event and predicate classes, each a list of words (stemmed when the table is built). */
const EVENT_CLASSES: Record<string, string[]> = {
  talks: ['talk', 'talks', 'negotiation', 'negotiations', 'negotiate', 'discussion', 'discussions', 'discuss', 'meeting', 'meet', 'met', 'consultation', 'consultations', 'session', 'summit', 'spoke', 'conference'],
  search: ['search', 'searched', 'rescue', 'rescued', 'hunt', 'recovery', 'searchers', 'rescuers'],
  collision: ['collision', 'collide', 'collided', 'crash', 'crashed', 'hit', 'struck', 'strike', 'rammed', 'accident', 'impact'],
  injury: ['injure', 'injured', 'injuring', 'injury', 'injuries', 'hurt', 'wounded', 'wounding', 'wound', 'casualties'],
  // Those treated or taken to hospital are some of the injured, not a count of them all.
  care: ['treated', 'treat', 'hospitalised', 'hospitalized', 'hospitalise', 'hospitalize'],
  death: ['kill', 'killed', 'killing', 'dead', 'die', 'died', 'death', 'deaths', 'fatalities', 'fatal', 'lost their lives'],
  missing: ['missing', 'unaccounted'],
  trapped: ['trapped', 'stranded', 'entombed', 'buried'],
  illness: ['ill', 'sick', 'sickened', 'infected', 'infection', 'infections', 'cases', 'case', 'poisoned', 'poisoning', 'symptoms', 'outbreak'],
  evacuation: ['evacuate', 'evacuated', 'evacuation', 'evacuating', 'cleared', 'displaced', 'relocated'],
  aboard: ['aboard', 'onboard', 'board', 'carrying', 'carried', 'carry'],
  arrest: ['arrest', 'arrested', 'arrests', 'detained', 'detain', 'detention', 'charged'],
  cost: ['cost', 'costs', 'costing', 'repair', 'repairs', 'price', 'bill', 'damage', 'damages', 'spend', 'spent', 'spending', 'budget', 'investment'],
  fine: ['fine', 'fined', 'penalty', 'penalised', 'penalized', 'sanctioned'],
  compensation: ['compensation', 'compensate', 'payout', 'settlement', 'damages'],
  salary: ['salary', 'pay', 'wage', 'wages', 'earn', 'earned', 'earnings', 'bonus'],
  revenue: ['revenue', 'revenues', 'sales', 'turnover', 'income'],
  profit: ['profit', 'profits', 'loss', 'losses'],
  deal: ['deal', 'contract', 'agreement', 'acquisition', 'acquire', 'bought', 'purchase', 'takeover', 'merger'],
  open: ['open', 'opened', 'opening', 'inaugurate', 'inaugurated', 'built', 'build', 'constructed', 'construct', 'completed', 'established'],
  close: ['closed', 'closure', 'shut', 'demolished'],
  refurbish: ['refurbish', 'refurbished', 'refurbishment', 'renovate', 'renovated', 'renovation', 'restored', 'restoration', 'upgrade', 'upgraded'],
  seize: ['seize', 'seized', 'seizure', 'confiscate', 'confiscated', 'confiscation', 'confiscations', 'expropriated'],
  sever: ['sever', 'severed', 'suspend', 'suspended', 'suspension', 'halt', 'halted', 'cessation'],
  election: ['election', 'elected', 'vote', 'voted', 'ballot', 'poll', 'turnout'],
  ridership: ['ridership', 'passenger numbers', 'patronage', 'journeys', 'usage', 'footfall', 'visitors'],
  traffic: ['traffic', 'vehicles'],
  growth: ['growth', 'grew', 'grow', 'rose', 'rise', 'risen', 'increase', 'increased', 'fell', 'fall', 'fallen', 'decline', 'declined', 'drop', 'dropped'],
  unemployment: ['unemployment', 'jobless', 'joblessness'],
  inflation: ['inflation', 'prices'],
  approval: ['approval', 'support', 'backing', 'favourability', 'favorability'],
  share: ['share', 'stake', 'percent of', 'proportion'],
  invasion: ['invasion', 'invade', 'invaded', 'war', 'offensive'],
  annexation: ['annexation', 'annex', 'annexed'],
  call: ['call', 'phone', 'called', 'spoke by phone'],
  arrival: ['arrive', 'arrived', 'arrival', 'landed', 'flew', 'flown'],
  departure: ['depart', 'departed', 'departure', 'departing'],
  flight: ['flight', 'flights', 'air links', 'flew'],
  fire: ['fire', 'blaze', 'burned', 'burnt'],
  storm: ['storm', 'flood', 'flooding', 'hurricane'],
  quake: ['earthquake', 'quake', 'temblor', 'tremor', 'seismic'],
  sentence: ['sentence', 'sentenced', 'jailed', 'prison', 'imprisoned'],
  trial: ['trial', 'hearing', 'court', 'inquiry', 'inquest', 'hearings'],
  signing: ['sign', 'signed', 'signing'],
  announcement: ['announce', 'announced', 'announcement', 'unveil', 'unveiled'],
  protest: ['protest', 'protests', 'protesters', 'demonstration', 'demonstrators', 'rally', 'march'],
  strike: ['strike', 'walkout', 'strikers'],
  attack: ['attack', 'attacked', 'bombing', 'explosion', 'shooting', 'blast'],
  age: ['old', 'aged', 'age'],
};

/** Counted nouns that are the same thing under other words. */
const NOUN_CLASSES: Record<string, string[]> = {
  people: ['people', 'persons', 'person', 'individuals', 'individual', 'souls', 'lives'],
  home: ['home', 'homes', 'house', 'houses', 'household', 'households', 'dwellings', 'residences', 'flats', 'apartments'],
  vehicle: ['vehicle', 'vehicles', 'cars', 'car'],
  patient: ['patient', 'patients'],
  passenger: ['passenger', 'passengers'],
  crew: ['crew', 'crewmembers', 'crew members'],
  resident: ['resident', 'residents'],
  worker: ['worker', 'workers', 'employees', 'employee', 'staff', 'jobs'],
  child: ['child', 'children', 'kids', 'pupils', 'students'],
  soldier: ['soldier', 'soldiers', 'troops', 'servicemen'],
  boat: ['boat', 'boats', 'vessel', 'vessels', 'ship', 'ships'],
  diplomat: ['diplomat', 'diplomats', 'envoys'],
};

/** Nouns that make up `people` when counted together ("18 passengers and 4 crew" are 22 people). */
export const PEOPLE_PARTS = new Set(['passenger', 'crew', 'patient', 'resident', 'worker', 'child', 'soldier', 'diplomat', 'people']);

function table(classes: Record<string, string[]>): Map<string, string> {
  const m = new Map<string, string>();
  for (const [cls, words] of Object.entries(classes)) for (const w of words) if (!w.includes(' ')) m.set(stem(w), cls);
  return m;
}

const EVENT_BY_STEM = table(EVENT_CLASSES);
const NOUN_BY_STEM = table(NOUN_CLASSES);
const EVENT_PHRASES: Array<[RegExp, string]> = Object.entries(EVENT_CLASSES).flatMap(([cls, words]) =>
  words.filter((w) => w.includes(' ')).map((w) => [new RegExp(`\\b${w.replace(/ /g, '\\s+')}\\b`, 'i'), cls] as [RegExp, string]),
);

/** The event class of a word, if any. */
export function eventClass(word: string): string | undefined {
  return EVENT_BY_STEM.get(stem(word));
}

/** The event classes of phrases in `text` ("passenger numbers", "on board"). */
export function phraseClasses(text: string): string[] {
  const out: string[] = [];
  for (const [re, cls] of EVENT_PHRASES) if (re.test(text)) out.push(cls);
  if (/\bon\s+board\b/i.test(text)) out.push('aboard');
  return out;
}

/** The class of a counted noun: "persons" → people, "households" → home; else its stem. */
export function nounClass(word: string): string {
  const s = stem(word);
  return NOUN_BY_STEM.get(s) ?? s;
}

/** Words that never make a slot on their own. */
export const STOP_WORDS = new Set(
  `a an the this that these those it its he she they we i you his her their our my your him them us me
  and or but nor so yet for of in on at by to from with without into onto upon about above below after before
  during until through over under between among against per via as than then there here what which who whom
  whose why how where when while if because since although though is are was were be been being has have had
  do does did will would shall should can could may might must not no nor only also just even still very more
  most less least some any all both each either neither every other such same own few many much several
  said says say told tell added adds stated noted according including included include new first last next
  mr mrs ms dr one two three four five six seven eight nine ten`
    .split(/\s+/)
    .filter(Boolean),
);
