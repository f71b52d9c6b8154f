/** Hand-kept corrections to the `world-countries` names: ids, extra aliases and names to leave out. */

/** Canonical names that differ from the dataset's English common name (the id follows the name). */
export const NAME_OVERRIDES: Readonly<Record<string, string>> = {
  // Wire style and most readers still say Turkey; "Türkiye" stays an alias.
  TR: 'Turkey',
};

/** Names wire copy uses that the dataset lacks, by ISO alpha-2 code. */
export const EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  US: ['U.S.', 'U.S.A.', 'USA', 'US', 'America', 'United States of America'],
  GB: ['Britain', 'Great Britain', 'UK', 'U.K.'],
  KP: ['DPRK', 'D.P.R.K.', "Democratic People's Republic of Korea", 'N. Korea'],
  KR: ['ROK', 'R.O.K.', 'Republic of Korea', 'S. Korea', 'Korea'],
  CN: ['PRC', "People's Republic of China"],
  RU: ['Russian Federation'],
  TW: ['Chinese Taipei'],
  AE: ['UAE', 'U.A.E.'],
  CZ: ['Czech Republic'],
  CD: ['DRC', 'DR Congo', 'Democratic Republic of Congo', 'Democratic Republic of the Congo', 'Congo-Kinshasa'],
  CG: ['Republic of Congo', 'Congo-Brazzaville'],
  VA: ['Holy See', 'Vatican'],
  MM: ['Burma'],
  TR: ['Türkiye', 'Turkiye', 'Republic of Türkiye'],
  PS: ['Palestinian territories', 'Palestinian Territories'],
  NL: ['Holland'],
  BA: ['Bosnia'],
  VN: ['Viet Nam'],
  LA: ['Lao PDR'],
  KN: ['St. Kitts and Nevis', 'St Kitts and Nevis'],
  VI: ['U.S. Virgin Islands', 'US Virgin Islands'],
  CV: ['Cabo Verde'],
  CI: ["Cote d'Ivoire"],
  RE: ['Reunion Island'],
};

/** Demonyms and names for a country's people that the dataset lacks, by ISO alpha-2 code. */
export const EXTRA_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  GB: ['Briton', 'Britons', 'Brit', 'Brits'],
  AE: ['Emirati', 'Emiratis'],
  SA: ['Saudi', 'Saudis'],
  CZ: ['Czechs'],
  TR: ['Turks'],
  PH: ['Filipinos', 'Filipina', 'Filipinas', 'Philippine'],
  ES: ['Spaniard', 'Spaniards'],
  DK: ['Dane', 'Danes'],
  SE: ['Swede', 'Swedes'],
  TJ: ['Tajik', 'Tajiks'],
  KG: ['Kyrgyz'],
  KZ: ['Kazakh', 'Kazakhs'],
  UZ: ['Uzbek', 'Uzbeks'],
  HK: ['Hong Kongers'],
  AR: ['Argentinian', 'Argentinians'],
};

/**
 * Spellings from the dataset that are ordinary English words, common given names or other
 * places, and so would tag the wrong thing ("Island" for Iceland, "Dominique" for Dominica).
 */
export const DROPPED_ALIASES: ReadonlySet<string> = new Set([
  'Island',
  'Mann',
  'Dominique',
  'Prathet',
  'Nippon',
  'Nihon',
  'Guiana',
  'Timor',
  'Emirates',
  'Reunion',
  'Portuguesa',
  'Mexicanos',
  'Zhonghua',
  'Zhongguo',
  'Virgin Islands',
  'Lao',
  'Saudi Arabian',
  'Channel Islander',
  'Virgin Islander',
  'Antarctican',
]);

/** Demonyms shared by several places: the one place they name in news copy. */
export const DEMONYM_OWNERS: Readonly<Record<string, string>> = {
  American: 'US',
  French: 'FR',
  Dutch: 'NL',
  Indian: 'IN',
  Norwegian: 'NO',
  Congolese: 'CD',
  Dominican: 'DO',
  British: 'GB',
  Danish: 'DK',
};
