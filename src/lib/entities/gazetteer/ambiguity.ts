/** Context rules for gazetteer names that are also people's names, US states or ordinary words. */
import type { MatchHints } from '../types';
import { US_ONLY_STATE_WORDS } from './us-states';

// Georgia the state: its cities, the other states and the words of US elections (Georgia itself is no clue).
const US_STATE_CLUES = [
  'atlanta',
  'savannah',
  ...US_ONLY_STATE_WORDS.filter((word) => word !== 'georgia'),
  'congresswoman',
  'congressman',
  'statewide',
  'midterm',
  'midterms',
  'county',
];

/** Matching hints for built-in entities, by id. */
export const BUILTIN_HINTS: ReadonlyMap<string, MatchHints> = new Map<string, MatchHints>([
  [
    'georgia',
    {
      rule: {
        personName: true,
        notAfterTownComma: true,
        oneSensePerArticle: true,
        notAfter: ['atlanta', 'savannah', 'augusta', 'macon', 'southern', 'rural', 'd', 'r', 'coastal', 'lady'],
        notBefore: [
          'republican',
          'republicans',
          'democrat',
          'democrats',
          'democratic',
          'senate',
          'senator',
          'sen',
          'governor',
          'gov',
          'voters',
          'state',
          'tech',
          'power',
          'bulldogs',
          'legislature',
          'county',
          'counties',
          'election',
          'elections',
          'primary',
          'runoff',
          'peach',
          'lawmakers',
          'farmers',
          'supreme',
          'congresswoman',
          'congressman',
          'representative',
          'house',
          'attorney',
          'secretary',
        ],
        notInArticlesWith: US_STATE_CLUES,
        unless: ['tbilisi', 'caucasus', 'abkhazia', 'ossetia', 'batumi', 'kobakhidze', 'zourabichvili', 'garibashvili', 'georgian'],
      },
    },
  ],
  ['jordan', { rule: { personName: true } }],
  ['chad', { rule: { personName: true } }],
  ['india', { rule: { personName: true } }],
  ['israel', { rule: { personName: true } }],
  ['kenya', { rule: { personName: true } }],
  ['cuba', { rule: { personName: true } }],
  ['jamaica', { rule: { personName: true } }],
  ['brazil', { rule: { personName: true } }],
  [
    'turkey',
    {
      rule: {
        notAfter: ['thanksgiving', 'national', 'wild', 'roast', 'roasted'],
        notBefore: ['pardon', 'pardons', 'pardoned', 'pardoning', 'dinner', 'day', 'trot', 'sandwich', 'feathers'],
        notInArticlesWith: ['thanksgiving', 'pardon', 'pardoned'],
        unless: ['ankara', 'istanbul', 'erdogan', 'turkish'],
        oneSensePerArticle: true,
      },
    },
  ],
  // "U.S. Attorney", "U.S. Court of Appeals": an office or a court's name, not a mention of the country.
  [
    'united-states',
    { rule: { notBefore: ['$', 'attorney', 'attorneys', 'court', 'courts', 'district', 'circuit', 'marshal', 'marshals', 'mint', 'chamber'] } },
  ],
  ['quad', { rule: { notBefore: ['cities', 'city', 'bike', 'bikes'] } }],
  // The capital's district is the country at home: it weighs for the United States where "the Senate" or "the Department of Justice" needs a home.
  ['washington-dc', { within: 'united-states' }],
  ['reunion', { exact: ['Réunion'] }],
  ['niger', { rule: { notBefore: ['delta', 'river'] } }],
]);
