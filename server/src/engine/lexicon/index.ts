/**
 * Word lists the name recogniser stands on. Our own small tables (the public country lists with
 * aliases and demonyms are share-alike licensed); lower-case, compared after case folding.
 */

/** Countries and unions: canonical name, then aliases (abbreviations, other names), then demonyms. */
const COUNTRY_ROWS: ReadonlyArray<[string, string[], string[]]> = [
  ['United States', ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'], ['American', 'Americans']],
  ['United Kingdom', ['UK', 'U.K.', 'Britain', 'Great Britain'], ['British', 'Briton', 'Britons']],
  ['Russia', ['Russian Federation'], ['Russian', 'Russians']],
  ['Ukraine', [], ['Ukrainian', 'Ukrainians']],
  ['Turkey', ['Türkiye', 'Turkiye'], ['Turkish', 'Turk', 'Turks']],
  ['Saudi Arabia', ['KSA'], ['Saudi', 'Saudis']],
  ['China', ["People's Republic of China", 'PRC'], ['Chinese']],
  ['France', [], ['French']],
  ['Germany', [], ['German', 'Germans']],
  ['Italy', [], ['Italian', 'Italians']],
  ['Spain', [], ['Spanish']],
  ['Portugal', [], ['Portuguese']],
  ['Netherlands', ['Holland'], ['Dutch']],
  ['Belgium', [], ['Belgian']],
  ['Poland', [], ['Polish', 'Poles']],
  ['Hungary', [], ['Hungarian']],
  ['Romania', [], ['Romanian']],
  ['Greece', [], ['Greek']],
  ['Sweden', [], ['Swedish', 'Swede', 'Swedes']],
  ['Norway', [], ['Norwegian']],
  ['Denmark', [], ['Danish', 'Dane', 'Danes']],
  ['Finland', [], ['Finnish', 'Finn', 'Finns']],
  ['Ireland', [], ['Irish']],
  ['Austria', [], ['Austrian']],
  ['Switzerland', [], ['Swiss']],
  ['Czech Republic', ['Czechia'], ['Czech']],
  ['Belarus', [], ['Belarusian']],
  ['Georgia', [], ['Georgian']],
  ['Armenia', [], ['Armenian']],
  ['Azerbaijan', [], ['Azerbaijani']],
  ['Kazakhstan', [], ['Kazakh']],
  ['Moldova', [], ['Moldovan']],
  ['Serbia', [], ['Serbian', 'Serb', 'Serbs']],
  ['Croatia', [], ['Croatian']],
  ['Israel', [], ['Israeli', 'Israelis']],
  ['Palestine', [], ['Palestinian', 'Palestinians']],
  ['Iran', [], ['Iranian', 'Iranians']],
  ['Iraq', [], ['Iraqi', 'Iraqis']],
  ['Syria', [], ['Syrian', 'Syrians']],
  ['Lebanon', [], ['Lebanese']],
  ['Jordan', [], ['Jordanian']],
  ['Egypt', [], ['Egyptian', 'Egyptians']],
  ['Qatar', [], ['Qatari']],
  ['United Arab Emirates', ['UAE', 'U.A.E.'], ['Emirati']],
  ['Yemen', [], ['Yemeni']],
  ['Afghanistan', [], ['Afghan', 'Afghans']],
  ['Pakistan', [], ['Pakistani']],
  ['India', [], ['Indian', 'Indians']],
  ['Bangladesh', [], ['Bangladeshi']],
  ['Japan', [], ['Japanese']],
  ['South Korea', ['Republic of Korea'], ['South Korean']],
  ['North Korea', ['DPRK'], ['North Korean']],
  ['Taiwan', [], ['Taiwanese']],
  ['Vietnam', [], ['Vietnamese']],
  ['Thailand', [], ['Thai']],
  ['Indonesia', [], ['Indonesian']],
  ['Philippines', [], ['Filipino', 'Philippine']],
  ['Malaysia', [], ['Malaysian']],
  ['Singapore', [], ['Singaporean']],
  ['Australia', [], ['Australian', 'Australians']],
  ['New Zealand', [], ['New Zealander']],
  ['Canada', [], ['Canadian', 'Canadians']],
  ['Mexico', [], ['Mexican', 'Mexicans']],
  ['Brazil', [], ['Brazilian', 'Brazilians']],
  ['Argentina', [], ['Argentine', 'Argentinian']],
  ['Chile', [], ['Chilean']],
  ['Colombia', [], ['Colombian']],
  ['Peru', [], ['Peruvian']],
  ['Venezuela', [], ['Venezuelan']],
  ['Cuba', [], ['Cuban']],
  ['South Africa', [], ['South African']],
  ['Nigeria', [], ['Nigerian']],
  ['Kenya', [], ['Kenyan']],
  ['Ethiopia', [], ['Ethiopian']],
  ['Morocco', [], ['Moroccan']],
  ['Algeria', [], ['Algerian']],
  ['Tunisia', [], ['Tunisian']],
  ['Libya', [], ['Libyan']],
  ['Sudan', [], ['Sudanese']],
  ['Ghana', [], ['Ghanaian']],
  ['European Union', ['EU', 'E.U.'], ['European', 'Europeans']],
];

/** Memoised results (bounded): the same words recur throughout a corpus. */
const FOLDED = new Map<string, string>();

export interface CountryInfo {
  readonly name: string;
}

/** Country (and union) names and aliases, folded, to the canonical name. */
export const COUNTRY_ALIASES: ReadonlyMap<string, string> = new Map(
  COUNTRY_ROWS.flatMap(([name, aliases]) => [name, ...aliases].map((a) => [fold(a), name] as [string, string])),
);

/** Demonyms ("Russian", "American"), folded, to the country they name. */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(
  COUNTRY_ROWS.flatMap(([name, , demonyms]) => demonyms.map((d) => [fold(d), name] as [string, string])),
);

/** Regions and major cities, `|`-separated; aliases after a `=`. */
const PLACE_LIST = `
Europe|Asia|Africa|Americas|Middle East=Mideast|Central Europe|Eastern Europe|Western Europe|Latin America|
North America|South America|Arctic|Antarctica|Balkans|Caucasus|Crimea|Donbas=Donbass|Gaza|West Bank|Kashmir|
Scandinavia|Siberia|Kurdistan|Sahel|Baltics|Pacific|Atlantic|Mediterranean|Black Sea|Red Sea|Gulf|
Istanbul|Ankara|Moscow|St. Petersburg=Saint Petersburg|Kyiv=Kiev|Kharkiv|Odesa=Odessa|Lviv|Minsk|Warsaw|Berlin|
Paris|London|Brussels|Rome|Madrid|Lisbon|Vienna|Geneva|Zurich|Amsterdam|The Hague|Stockholm|Oslo|Copenhagen|
Helsinki|Dublin|Athens|Budapest|Prague|Bucharest|Belgrade|Tbilisi|Yerevan|Baku|Riyadh|Jeddah|Doha|Dubai|
Abu Dhabi|Tehran|Baghdad|Damascus|Beirut|Amman|Jerusalem|Tel Aviv|Cairo|Tripoli|Tunis|Algiers|Rabat|
Nairobi|Lagos|Abuja|Johannesburg|Cape Town|Addis Ababa|Khartoum|Beijing|Shanghai|Hong Kong|Taipei|Tokyo|
Osaka|Kyoto|Seoul|Pyongyang|Delhi=New Delhi|Mumbai|Islamabad|Karachi|Kabul|Dhaka|Bangkok|Hanoi|Jakarta|
Manila|Sydney|Melbourne|Canberra|Auckland|Wellington|Ottawa|Toronto|Montreal|Vancouver|
Washington=Washington D.C.=Washington DC=D.C.|West=the West|New York=New York City|Los Angeles|Chicago|Boston|
San Francisco|Miami|Houston|Dallas|Seattle|Atlanta|Philadelphia|Mexico City|Havana|Caracas|Bogota|Lima|
Santiago|Buenos Aires|Brasilia|Sao Paulo=São Paulo|Rio de Janeiro|Davos|Munich|Hamburg|Frankfurt|Milan|
Naples|Barcelona|Marseille|Lyon|Manchester|Birmingham|Glasgow|Edinburgh|Cardiff|Belfast|Liverpool|Leeds|
Bristol|Oxford|Cambridge|Sochi|Vladivostok|Astana|Tashkent|Almaty|Alaska|Anchorage|Kuala Lumpur|Singapore
`;

/** Place names (folded) to their canonical spelling. */
export const PLACES: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const e of PLACE_LIST.split(/[|\n]/)) {
    const names = e.split('=').map((x) => x.trim()).filter(Boolean);
    for (const n of names) m.set(fold(n), names[0]!);
  }
  return m;
})();

/** Words that end a place's name ("Quay Street", "River Wend" has the word first: see PLACE_HEADS). */
export const PLACE_SUFFIXES = new Set([
  'street', 'st', 'road', 'rd', 'lane', 'avenue', 'ave', 'boulevard', 'square', 'bridge', 'river', 'lake',
  'bay', 'island', 'islands', 'mountain', 'mountains', 'valley', 'county', 'city', 'town', 'village',
  'province', 'region', 'district', 'state', 'harbour', 'harbor', 'port', 'airport', 'station', 'park',
  'peninsula', 'sea', 'ocean', 'strait', 'canal', 'coast', 'hill', 'hills', 'forest', 'desert', 'quay',
  'pier', 'crossing', 'palace', 'residence', 'embassy', 'consulate', 'tower', 'hall', 'square',
]);

/** Words that start a place's name ("River Wend", "Mount Kenya", "Lake Geneva"). */
export const PLACE_HEADS = new Set(['river', 'mount', 'lake', 'cape', 'port', 'fort', 'isle', 'gulf']);

/** Words that end an organisation's name. */
export const ORG_SUFFIXES = new Set([
  'department', 'ministry', 'agency', 'council', 'committee', 'commission', 'assembly', 'parliament',
  'congress', 'senate', 'court', 'office', 'service', 'services', 'bureau', 'authority', 'board', 'administration',
  'government', 'party', 'union', 'association', 'federation', 'league', 'institute', 'institution',
  'university', 'college', 'school', 'academy', 'hospital', 'clinic', 'centre', 'center', 'foundation',
  'fund', 'bank', 'group', 'company', 'co', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'ag', 'sa',
  'gmbh', 'holdings', 'partners', 'ferries', 'airlines', 'airways', 'railways', 'mining', 'energy', 'motors',
  'industries', 'technologies', 'systems', 'pharmaceuticals', 'media', 'news', 'times', 'post', 'gazette',
  'herald', 'tribune', 'journal', 'ledger', 'radio', 'television', 'tv', 'press', 'network', 'police',
  'army', 'navy', 'forces', 'guard', 'brigade', 'organisation', 'organization', 'nations', 'alliance',
  'coalition', 'movement', 'front', 'church', 'club', 'team', 'squad', 'trust', 'society', 'council',
  'cabinet', 'secretariat', 'directorate', 'inspectorate', 'tribunal', 'mission', 'delegation', 'embassy',
  // Words companies end their names with ("Analog Devices", "Harlan Row Research").
  'devices', 'electronics', 'instruments', 'labs', 'laboratories', 'research', 'software', 'solutions',
  'communications', 'telecom', 'studios', 'pictures', 'brands', 'foods', 'resources', 'minerals',
  'investments', 'insurance', 'logistics', 'shipping', 'construction', 'engineering',
]);

/** Names of single institutions that are organisations on their own. */
export const KNOWN_ORGS = new Map(
  ['Kremlin', 'White House', 'Pentagon', 'Downing Street', 'Elysee=Élysée', 'Vatican', 'NATO', 'UN=United Nations', 'Congress', 'Parliament', 'Interpol', 'Europol', 'G7', 'G20', 'OPEC', 'WHO', 'IMF', 'World Bank', 'Reuters', 'BBC', 'CNN']
    .flatMap((e) => {
      const names = e.split('=');
      return names.map((n) => [fold(n), names[names.length - 1]!] as [string, string]);
    }),
);

/**
 * Title and role words: capitalised before a name they are a title ("President Donald Trump"), in an
 * appositive they make the phrase a role ("Marta Velde, Deputy Assistant Secretary of Transport").
 */
export const ROLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'deputy', 'assistant', 'undersecretary', 'spokesman',
  'spokeswoman', 'spokesperson', 'spokespeople', 'press', 'ambassador', 'envoy', 'diplomat', 'consul',
  'chancellor', 'premier', 'king', 'queen', 'prince', 'princess', 'emperor', 'pope', 'cardinal', 'bishop',
  'archbishop', 'mayor', 'governor', 'senator', 'congressman', 'congresswoman', 'representative', 'mp',
  'councillor', 'councilor', 'commissioner', 'chairman', 'chairwoman', 'chair', 'chairperson', 'director',
  'executive', 'chief', 'ceo', 'cfo', 'coo', 'cto', 'founder', 'co-founder', 'owner', 'head', 'leader', 'officer',
  'official', 'manager', 'inspector', 'superintendent', 'constable', 'sheriff', 'judge', 'justice', 'attorney',
  'prosecutor', 'lawyer', 'general', 'admiral', 'colonel', 'major', 'captain', 'lieutenant', 'sergeant',
  'commander', 'commodore', 'brigadier', 'corporal', 'ensign', 'marshal', 'professor', 'lecturer', 'researcher', 'scientist', 'fellow', 'analyst', 'economist',
  'editor', 'reporter', 'correspondent', 'journalist', 'columnist', 'presenter', 'anchor', 'host', 'producer',
  'doctor', 'physician', 'surgeon', 'nurse', 'paramedic', 'engineer', 'architect', 'pilot', 'deckhand',
  'skipper', 'crew', 'firefighter', 'coach', 'player', 'striker', 'goalkeeper', 'manager', 'trustee',
  'treasurer', 'auditor', 'regulator', 'adviser', 'advisor', 'aide', 'counsel', 'negotiator', 'mediator',
  'delegate', 'senior', 'junior', 'former', 'acting', 'interim', 'incoming', 'outgoing', 'foreign', 'defence',
  'defense', 'interior', 'finance', 'health', 'justice', 'operations', 'communications', 'public', 'affairs',
  'general', 'national', 'security', 'adviser', 'advisor', 'managing', 'principal', 'dean', 'rector',
  'provost', 'vicar', 'rabbi', 'imam', 'sheikh', 'emir', 'sultan', 'ayatollah', 'mullah', 'patriarch',
  'first', 'lady', 'sir', 'dame', 'lord', 'baroness', 'baron', 'earl', 'duke', 'duchess', 'count', 'countess',
  'fire', 'police', 'station', 'staff', 'state', 'trade', 'transport', 'energy', 'economy', 'education',
  'environment', 'culture', 'agriculture', 'labour', 'labor', 'housing', 'veterans', 'homeland', 'intelligence',
]);

/** Role words that are a role on their own (not only a modifier like "foreign" or "senior"). */
export const ROLE_HEADS = new Set([
  'president', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy',
  'diplomat', 'consul', 'chancellor', 'premier', 'king', 'queen', 'prince', 'princess', 'pope', 'mayor',
  'governor', 'senator', 'congressman', 'congresswoman', 'representative', 'mp', 'councillor', 'councilor',
  'commissioner', 'chairman', 'chairwoman', 'chair', 'chairperson', 'director', 'executive', 'chief', 'ceo',
  'cfo', 'coo', 'cto', 'founder', 'co-founder', 'owner', 'head', 'leader', 'officer', 'official', 'manager',
  'inspector', 'superintendent', 'constable', 'sheriff', 'judge', 'justice', 'attorney', 'prosecutor',
  'lawyer', 'general', 'admiral', 'colonel', 'major', 'captain', 'lieutenant', 'sergeant', 'commander',
  'commodore', 'brigadier', 'corporal', 'ensign', 'marshal', 'professor', 'lecturer', 'researcher', 'scientist', 'fellow', 'analyst', 'economist', 'editor',
  'reporter', 'correspondent', 'journalist', 'columnist', 'presenter', 'anchor', 'host', 'producer', 'doctor',
  'physician', 'surgeon', 'nurse', 'paramedic', 'engineer', 'architect', 'pilot', 'deckhand', 'skipper',
  'firefighter', 'coach', 'player', 'trustee', 'treasurer', 'auditor', 'adviser', 'advisor', 'aide',
  'counsel', 'negotiator', 'mediator', 'delegate', 'dean', 'rector', 'provost', 'vicar', 'rabbi', 'imam',
  'sheikh', 'emir', 'sultan', 'ayatollah', 'patriarch', 'baroness', 'baron', 'earl', 'duke', 'duchess',
  'passenger', 'resident', 'witness', 'survivor', 'victim', 'student', 'teacher', 'farmer', 'worker',
  'owner', 'member', 'volunteer', 'organiser', 'organizer', 'activist', 'campaigner', 'expert', 'specialist',
  'consultant', 'surveyor', 'investigator', 'detective', 'officer', 'agent', 'chef', 'driver', 'captain',
]);

/** Honorifics: part of how a person is named, not a role. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'madam', 'mme', 'herr', 'frau', 'sen', 'rep', 'gov', 'gen', 'col', 'capt', 'lt', 'sgt', 'rev', 'hon', 'st']);

/** Lower-case words that may stand inside a name ("Ministry of Foreign Affairs", "Rio de Janeiro"). */
export const NAME_CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', 'del', 'della', 'da', 'do', 'dos', 'das', 'di', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'bin', 'bint', 'ibn', 'al', 'el', 'y', 'on', 'upon', '&']);

/**
 * Capitalised words that are not names when they start a sentence or stand alone: function words,
 * sentence adverbs, weekdays and months, and common words of headlines and page furniture.
 */
export const COMMON_WORDS = new Set(
  `a an the this that these those it its he she they we i you his her their our my your him them us me
  there here what which who whom whose why how where when while whilst if unless although though because since
  as so but and or nor yet for of in on at by to from with without within into onto upon about above below
  after before during until till through throughout across along among amid amidst around behind beneath
  beside besides between beyond despite except inside outside over under underneath unlike via toward towards
  all any both each either every few many most much neither no none nothing one other others several some such
  more less least also already always never often once only still then thus too very even just again almost
  however meanwhile additionally moreover furthermore nevertheless nonetheless instead otherwise therefore
  hence indeed overall ultimately similarly likewise consequently accordingly finally firstly secondly lastly
  earlier later now today tonight yesterday tomorrow recently currently previously initially eventually
  concurrently subsequently separately notably importantly crucially specifically particularly especially
  certainly clearly perhaps maybe apparently reportedly allegedly officially publicly privately critics
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december
  looking ahead table contents share exit mobile version read more related news update updates breaking
  live video photo photos watch listen subscribe advertisement sponsored comments comment reply print email
  telephone address home menu search login sign register follow like tweet copyright rights reserved
  transcript interview interviewer presenter host reporter moderator question answer q a editor note
  source sources summary background analysis opinion editorial introduction conclusion overview
  key issues implications challenges opportunities perspective perspectives focus call step road future outlook
  including following according regarding concerning given considering assuming based due prior upon
  zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million
  billion dozen dozens hundreds thousands millions half quarter
  yes no not mr mrs ms dr prof st let am pm a.m. p.m. gmt utc bst cet est pst edt pdt ok
  is are was were be been being has have had do does did will would shall should can could may might must
  said says say told tells added stated noted warned claimed confirmed announced insisted reported asked
  first second third last next new old own same different several various certain whole
  unlike amid whether whenever wherever whoever whatever nor`
    .split(/\s+/)
    .filter(Boolean),
);

/** Common given names; a capitalised word from this list starting a two-word name marks a person. */
export const GIVEN_NAMES = new Set(
  `aaron abdul abdullah abu adam adrian ahmed ahmad aisha alan albert alex alexander alexandra alexei alexey ali
  alice alina alison amanda amber amelia amir amy ana anastasia andre andrea andreas andrei andrew andrey angela
  angelina ann anna anne annie anthony antonio anton arjun arthur ashley ayesha barack barbara ben benjamin bernard
  beth betty bill bob boris brandon brian bruce carl carla carlos carmen caroline catherine charles charlie charlotte
  chen chris christian christina christine christopher claire claudia colin connor craig cristina daniel daniela
  david deborah dennis diana diane dmitry dmitri donald donna doris dorothy douglas dylan edward elena eli elizabeth
  ella ellen emily emma emmanuel eric erik eva evan fatima felix fernando francesca francis francisco frank
  fred frederick gabriel gary george georgiy georgy gerald gina giorgia giuseppe grace greg gregory hannah hans
  harold harry hassan heather helen helena henry hugo ian ibrahim igor ilya irina isaac isabel isabella ivan jack
  jacob james jamie jan jane janet jason jean jeff jeffrey jennifer jeremy jerome jessica jim joan joe joel john
  jonathan jordan jorge jose josé joseph joshua juan judith julia julian julie justin karen karim katherine kathleen
  katie keir keith kelly kenneth kevin kim kirill kyle lara laura lauren lawrence lee lena leo leon li liam linda
  lisa liu lucas lucy luis luke lynn mahmoud marco marcus margaret maria marie marina mario mark martin mary
  mathieu matthew max maxim megan mehmet melissa michael michelle miguel mikhail mohammed mohammad muhammad nadia
  nancy naomi natalia natalie nathan neil nicholas nick nicola nicolas nikolai nina noah oleg olga oliver olivia
  omar oscar owen pablo pamela patricia patrick paul paula pedro peter philip pierre priya rachel rafael rahul
  ralph ramon raymond rebecca recep richard rita robert roberto roger ronald rosa ruth ryan sam samuel sandra
  sara sarah scott sean sebastian sergei sergey sharon simon sofia sonata sophia sophie stephen steven stuart
  susan sven tamara tanya tatiana teresa thomas tim timothy tom tony tyler valentina valentin vanessa vera
  victor victoria viktor vincent vladimir volodymyr walter wang wei william xavier yana yasmin yevgeny yuri
  yulia zhang zoe öncu oncu inès ines søren soren núñez lena priya ruth helen daniel samuel emma antonio
  maria sergey georgiy volodymyr dmitry donald joe kamala keir emmanuel olaf xi narendra recep benjamin`
    .split(/\s+/)
    .filter(Boolean),
);

const INTERNED = new Map<string, string>();

/**
 * One copy of a string that many analyses hold (a name, a role, a claim's display): documents that
 * repeat it share it instead of each keeping its own slice. Bounded: the table restarts when full.
 */
export function intern(s: string): string {
  const known = INTERNED.get(s);
  if (known !== undefined) return known;
  if (INTERNED.size >= 200_000) INTERNED.clear();
  INTERNED.set(s, s);
  return s;
}

/** Case folding with diacritics kept apart: "Keçeli" and "Keceli" fold alike. Memoised: words repeat. */
export function fold(s: string): string {
  let f = FOLDED.get(s);
  if (f === undefined) {
    f = /^[\x20-\x7e]*$/.test(s)
      ? s.toLowerCase()
      : s
          .normalize('NFKD')
          .replace(/\p{M}/gu, '')
          .replace(/[’‘]/g, "'")
          .toLowerCase();
    if (FOLDED.size > 200_000) FOLDED.clear();
    FOLDED.set(s, f);
  }
  return f;
}
