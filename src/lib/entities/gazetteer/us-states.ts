/** The fifty US states, and the words of their names that wire copy puts before "Senate" or "Supreme Court". */

/** The states' names, lower case. */
export const US_STATES = [
  'alabama',
  'alaska',
  'arizona',
  'arkansas',
  'california',
  'colorado',
  'connecticut',
  'delaware',
  'florida',
  'georgia',
  'hawaii',
  'idaho',
  'illinois',
  'indiana',
  'iowa',
  'kansas',
  'kentucky',
  'louisiana',
  'maine',
  'maryland',
  'massachusetts',
  'michigan',
  'minnesota',
  'mississippi',
  'missouri',
  'montana',
  'nebraska',
  'nevada',
  'new hampshire',
  'new jersey',
  'new mexico',
  'new york',
  'north carolina',
  'north dakota',
  'ohio',
  'oklahoma',
  'oregon',
  'pennsylvania',
  'rhode island',
  'south carolina',
  'south dakota',
  'tennessee',
  'texas',
  'utah',
  'vermont',
  'virginia',
  'washington',
  'west virginia',
  'wisconsin',
  'wyoming',
];

/** The last word of each state's name ("york" of New York, "virginia" once), in the order above. */
export const US_STATE_LAST_WORDS = [...new Set(US_STATES.map((name) => name.split(' ').at(-1) ?? name))];

// Last words that name something else just as often: a country (Mexico), a capital (Washington), a
// place abroad (Jersey, York, Hampshire) or nothing in particular (island).
const SHARED_LAST_WORDS = new Set(['mexico', 'washington', 'jersey', 'york', 'hampshire', 'island']);

/** Last words of state names that, in an article, point at the United States and nowhere else. */
export const US_ONLY_STATE_WORDS = US_STATE_LAST_WORDS.filter((word) => !SHARED_LAST_WORDS.has(word));
