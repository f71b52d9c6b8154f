/** Word lists that shape names in news copy: titles, organisation heads and name particles. */

/** Title nouns and honorifics that precede a person's name and are never a name on their own. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'minister', 'ministers', 'secretary', 'chancellor', 'premier', 'king', 'queen',
  'prince', 'princess', 'sheikh', 'emir', 'sultan', 'pope', 'ambassador', 'envoy', 'senator',
  'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor',
  'general', 'gen', 'lt', 'col', 'colonel', 'admiral', 'adm', 'commander', 'chief', 'chairman',
  'chairwoman', 'chair', 'chairperson', 'director', 'spokesman', 'spokeswoman', 'spokesperson',
  'leader', 'speaker', 'mr', 'mrs', 'ms', 'dr', 'prof', 'professor', 'judge', 'justice', 'lord',
  'lady', 'sir', 'dame', 'adviser', 'advisor', 'attorney', 'captain', 'capt', 'sgt', 'sergeant',
  'major', 'maj', 'cardinal', 'archbishop', 'bishop', 'rev', 'reverend', 'coach', 'inspector',
  'commissioner', 'counselor', 'counsellor', 'undersecretary', 'administrator', 'ceo', 'founder',
  'head', 'officer', 'president-elect', 'lawmaker', 'legislator', 'diplomat', 'negotiator',
  'representative', 'vice-president', 'premier', 'marshal', 'comrade', 'chairmen', 'czar', 'tsar',
  'official', 'officials', 'aide', 'analyst', 'correspondent', 'reporter', 'general-secretary',
  'secretary-general', 'dictator', 'strongman', 'monarch', 'emperor', 'empress', 'member', 'members',
  'coordinator', 'nominee', 'delegate', 'designee', 'appointee', 'secretary-designate', 'sec', 'amb',
  'superintendent', 'councilmember', 'councilman', 'councilwoman', 'assemblyman', 'assemblywoman',
  'fellow', 'fellows',
]);

/** Modifiers and domains that complete a title ("Secretary of State", "Minister of Foreign Affairs", "Treasury Secretary"). */
export const TITLE_DOMAIN_WORDS: ReadonlySet<string> = new Set([
  'state', 'defense', 'defence', 'foreign', 'affairs', 'treasury', 'commerce', 'energy', 'homeland',
  'security', 'health', 'human', 'services', 'education', 'labor', 'labour', 'interior', 'agriculture',
  'transportation', 'transport', 'justice', 'finance', 'trade', 'unification', 'economy', 'economic',
  'industry', 'veterans', 'housing', 'urban', 'development', 'environment', 'culture', 'information',
  'intelligence', 'staff', 'joint', 'chiefs', 'national', 'house', 'press', 'communications', 'policy',
  'public', 'armed', 'forces', 'army', 'navy', 'air', 'force', 'marine', 'corps', 'military', 'cabinet',
  'war', 'home', 'office', 'climate', 'science', 'technology', 'planning', 'strategy', 'strategic',
  'operations', 'political', 'international', 'global', 'general', 'assembly', 'party', 'central',
  'committee', 'people', "people's", 'council', 'sciences', 'legal', 'budget', 'management', 'white',
  'principal', 'deputy', 'chief', 'senate', 'majority', 'minority', 'parliamentary', 'opposition',
  'vice', 'prime', 'crown', 'acting', 'former', 'first', 'second', 'senior', 'special', 'assistant',
  'associate', 'executive', 'supreme', 'lady',
]);

/** Title words that are also common surnames: only a title when they come first. */
export const SURNAME_LIKE_TITLES: ReadonlySet<string> = new Set([
  'king', 'bishop', 'major', 'judge', 'marshal', 'prince', 'chancellor', 'lord', 'knight', 'chief',
  'speaker', 'general', 'cardinal', 'coach', 'sheikh',
]);

/** Last words that make a capitalised phrase an organisation ("Japan Coast Guard", "Workers' Party"). */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'academy', 'agency', 'agencies', 'airlines', 'airways', 'alliance', 'army', 'assembly', 'associates', 'caucus',
  'association', 'authority', 'bank', 'board', 'brotherhood', 'bureau', 'cabinet', 'center', 'centre',
  'church', 'clinic', 'club', 'coalition', 'college', 'command', 'commission', 'committee', 'company',
  'confederation', 'congress', 'consulate', 'corporation', 'corp', 'corps', 'council', 'court',
  'department', 'directorate', 'embassy', 'federation', 'force', 'forces', 'foundation', 'front', 'fund',
  'gazette', 'group', 'guard', 'herald', 'holdings', 'hospital', 'inc', 'industries', 'institute',
  'journal', 'laboratory', 'labs', 'league', 'llc', 'ltd', 'limited', 'media', 'military', 'ministry',
  'mission', 'motors', 'movement', 'museum', 'navy', 'network', 'news', 'office', 'organization',
  'organisation', 'parliament', 'partners', 'party', 'pharmaceuticals', 'plc', 'police', 'politburo',
  'post', 'press', 'programme', 'reserve', 'school', 'secretariat', 'senate', 'service', 'services',
  'society', 'systems', 'telegraph', 'television', 'times', 'tribunal', 'union', 'university', 'daily',
  'electronics', 'steel', 'technologies', 'broadcasting', 'tv', 'radio', 'administration', 'nation',
]);

/** Last words that make an organisation only after a brand-like name ("Voltaic Energy", not "Clean Energy"). */
export const WEAK_ORG_HEADS: ReadonlySet<string> = new Set([
  'energy', 'capital', 'ventures', 'solutions', 'therapeutics', 'biosciences', 'robotics', 'semiconductor',
  'semiconductors', 'logistics', 'pharma', 'health', 'power', 'resources', 'investments', 'securities',
  'insurance', 'entertainment', 'communications', 'motor', 'chemicals', 'petroleum', 'oil', 'gas',
]);

/** Lowercase words after a name that make it an organisation ("the ruling Georgian Dream party"). */
export const ORG_TRAILERS: ReadonlySet<string> = new Set([
  'party', 'group', 'movement', 'militia', 'faction', 'coalition', 'alliance', 'company', 'firm',
  'agency', 'organization', 'organisation', 'network', 'newspaper', 'broadcaster', 'union',
]);

/** Words that begin an organisation name before "of"/"for" ("Bank of Korea", "Ministry of Unification"). */
export const ORG_LEADS: ReadonlySet<string> = new Set([
  'bank', 'university', 'ministry', 'department', 'office', 'organization', 'organisation', 'council',
  'committee', 'institute', 'court', 'league', 'association', 'federation', 'commission', 'agency',
  'house', 'bureau', 'board', 'union', 'academy', 'party', 'church', 'college', 'school', 'centre',
  'center', 'corps', 'coalition', 'alliance', 'fund', 'society', 'foundation', 'assembly', 'army',
  'centers', 'centres', 'institutes', 'councils', 'offices', 'departments', 'ministries',
]);

/** Words that alone never make an organisation specific ("Foreign Ministry", "National Assembly"). */
export const GENERIC_ORG_WORDS: ReadonlySet<string> = new Set([
  ...TITLE_DOMAIN_WORDS,
  'ministry', 'government', 'office', 'department', 'parliament', 'congress', 'senate', 'court',
  'supreme', 'federal', 'embassy', 'consulate', 'police', 'agency', 'administration', 'military',
  'navy', 'army', 'guard', 'coast', 'border', 'ministries', 'authorities', 'authority', 'the', 'of',
  'for', 'and', 'on', 'cabinet', 'presidential', 'royal', 'imperial', 'regime', 'opposition',
  'ruling', 'party', 'union', 'bank', 'fund', 'nation', 'nations', 'task', 'working', 'directors',
  'trustees', 'governors', 'appeals', 'visitors', 'representatives', 'advisers', 'advisors', 'members',
  'steering', 'advisory', 'republicans', 'democrats', 'lawmakers', 'in', 'center', 'centre', 'inc',
  'partners', 'network', 'university', 'college', 'school', 'institute', 'program', 'programme', 'office', 'secretariat', 'mission', 'delegation',
  'team', 'commission', 'council', 'committee', 'board', 'bureau', 'service', 'services', 'department',
  'group', 'alliance', 'coalition', 'legislature', 'press',
]);

/** Lowercase words allowed inside a capitalised name ("Bank of Korea", "Charles de Gaulle"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'for', 'the', 'and', 'on', 'de', 'da', 'del', 'della', 'der', 'den', 'van', 'von', 'bin',
  'bint', 'al', 'el', 'la', 'le', 'du', 'dos', 'das', 'y', 'ibn', 'abu', 'in', '&',
]);

/** Suffixes that may end a person's name. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Verbs whose subject, right after a name, is usually a person ("Blinken said"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'added', 'stated', 'noted', 'wrote', 'tweeted', 'announced', 'argued',
  'explained', 'insisted', 'warned', 'urged', 'asked', 'replied', 'stressed', 'emphasized',
  'emphasised', 'recalled', 'acknowledged', 'admitted', 'vowed', 'pledged', 'met', 'visited',
]);

/** Words before a month name that show it is a date ("in May", "early May"). */
export const MONTH_CUES: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'by', 'early', 'late', 'mid', 'last', 'next', 'this', 'of', 'from',
  'through', 'during', 'before', 'after', 'end', 'on', 'between', 'and', 'or', 'to', 'each', 'every',
]);

/** Acronyms that name things, not organisations. */
export const NON_ORG_ACRONYMS: ReadonlySet<string> = new Set([
  'AI', 'GDP', 'CEO', 'CFO', 'ICBM', 'ICBMS', 'SLBM', 'IRBM', 'COVID', 'LNG', 'DNA', 'TV', 'PM', 'AM',
  'FY', 'CHIPS', 'IRA', 'FACT', 'SHEET', 'Q', 'OK', 'II', 'III', 'IV', 'UTC', 'GMT', 'KST', 'EST', 'PDT',
  'PST', 'EDT', 'CST', 'CET', 'USD', 'EUR', 'KRW', 'JPY', 'CNY', 'GHG', 'EV', 'EVS', 'HIV', 'AIDS',
  'PPE', 'STEM', 'LGBTQ', 'LGBTQI', 'PDF', 'FAQ', 'HTML', 'URL', 'ID', 'IT', 'NO', 'MR', 'MRS', 'MS',
  'DR', 'JR', 'SR', 'ST', 'RSVP', 'NB', 'PS', 'TBD', 'ETA', 'VIP', 'CO2', 'GW', 'MW', 'KW', 'KM', 'MPH',
  'UAV', 'UAVS', 'WMD', 'WMDS', 'DMZ', 'NLL', 'THAAD', 'GPS', 'AP', 'Q&A', 'A', 'I', 'K', 'R', 'D',
]);
