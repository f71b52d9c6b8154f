/**
 * Parliaments, governments, main political parties and armed forces of other countries, each with its home country. Names
 * that other bodies or everyday words share ("Labour", "the Conservatives", "the National Assembly",
 * "DPP") count only where that country leads the article (`homeNames`); names only that body has
 * ("Kuomintang", "Democratic Party of Korea") count anywhere. Hand-kept: no package on the npm
 * registry lists the world's parties (searched for one before writing this).
 */
import type { Institution, InstitutionHome } from './institution';

/** A country's institutions. They take no country prefix ("UK Reform UK"): the demonym forms copy uses are listed as aliases. */
export interface NationalInstitutions {
  home: InstitutionHome;
  list: Institution[];
}

// "Conservative Party of Canada", "Liberal Democratic Party of Russia": a party of that name elsewhere.
const OF_ANOTHER = { notBefore: ['of'] };
// "Labour shortages", "Labour Day": the everyday word, not the party.
const LABOUR_AS_WORD = ['shortage', 'shortages', 'cost', 'costs', 'market', 'markets', 'force', 'day', 'rights', 'law', 'laws', 'standards', 'supply'];

export const NATIONAL_INSTITUTIONS: NationalInstitutions[] = [
  {
    home: { country: 'united-kingdom', prefixes: [] },
    list: [
      {
        id: 'labour-party-uk',
        name: 'Labour Party',
        aliases: ['Labour', 'British Labour Party', 'UK Labour Party'],
        homeNames: ['Labour Party', 'Labour'],
        rule: { notBefore: ['of', ...LABOUR_AS_WORD] },
      },
      {
        id: 'conservative-party-uk',
        name: 'Conservative Party',
        aliases: ['Conservatives', 'Tories', 'Tory Party', 'British Conservative Party', 'British Conservatives'],
        homeNames: ['Conservative Party', 'Conservatives', 'Tories', 'Tory Party'],
        rule: OF_ANOTHER,
      },
      { id: 'liberal-democrats-uk', name: 'Liberal Democrats', aliases: ['Lib Dems'], homeNames: ['Liberal Democrats', 'Lib Dems'], rule: OF_ANOTHER },
      { id: 'reform-uk', name: 'Reform UK', aliases: [] },
      { id: 'green-party-uk', name: 'Green Party', aliases: ['Greens'], homeNames: ['Green Party', 'Greens'], rule: OF_ANOTHER },
      { id: 'scottish-national-party', name: 'Scottish National Party', aliases: ['SNP'], homeNames: ['SNP'] },
    ],
  },
  {
    home: { country: 'south-korea', prefixes: [] },
    list: [
      {
        id: 'national-assembly-of-south-korea',
        name: 'National Assembly of South Korea',
        aliases: [
          'National Assembly',
          'National Assembly of Korea',
          'National Assembly of the Republic of Korea',
          'South Korean National Assembly',
          'Korean National Assembly',
        ],
        homeNames: ['National Assembly'],
        rule: OF_ANOTHER,
      },
      // "Democratic Party" is also the US party's name: where South Korea leads, the name is this one's.
      {
        id: 'democratic-party-of-korea',
        name: 'Democratic Party of Korea',
        aliases: ['Democratic Party', 'Minjoo Party'],
        homeNames: ['Democratic Party'],
        rule: OF_ANOTHER,
      },
      { id: 'people-power-party', name: 'People Power Party', aliases: [] },
    ],
  },
  {
    home: { country: 'taiwan', prefixes: [] },
    list: [
      { id: 'kuomintang', name: 'Kuomintang', aliases: ['KMT'] },
      { id: 'democratic-progressive-party', name: 'Democratic Progressive Party', aliases: ['DPP'], homeNames: ['DPP'] },
      { id: 'taiwan-peoples-party', name: "Taiwan People's Party", aliases: ['Taiwan People’s Party'] },
    ],
  },
  {
    home: { country: 'india', prefixes: [] },
    list: [{ id: 'bharatiya-janata-party', name: 'Bharatiya Janata Party', aliases: ['BJP'] }],
  },
  {
    home: { country: 'japan', prefixes: [] },
    list: [
      {
        id: 'liberal-democratic-party-japan',
        name: 'Liberal Democratic Party',
        aliases: ['LDP', 'Liberal Democratic Party of Japan'],
        homeNames: ['Liberal Democratic Party', 'LDP'],
        rule: OF_ANOTHER,
      },
      { id: 'komeito', name: 'Komeito', aliases: [] },
      {
        id: 'japan-self-defense-forces',
        name: 'Japan Self-Defense Forces',
        aliases: ['Japan Self-Defence Forces', 'Japanese Self-Defense Forces', 'Self-Defense Forces', 'Self-Defence Forces', 'JSDF'],
        homeNames: ['Self-Defense Forces', 'Self-Defence Forces'],
        rule: OF_ANOTHER,
      },
    ],
  },
  {
    home: { country: 'israel', prefixes: [] },
    // "Netanyahu and his War Cabinet": wartime Israel's governing body; other countries' war cabinets are history.
    list: [{ id: 'israeli-war-cabinet', name: 'Israeli War Cabinet', aliases: ['War Cabinet'], homeNames: ['War Cabinet'] }],
  },
  {
    // The body, not the state: an editor tags "President Abbas of the Palestinian Authority" with the Authority.
    home: { country: 'palestine', prefixes: [] },
    list: [{ id: 'palestinian-authority', name: 'Palestinian Authority', aliases: ['Palestinian National Authority'] }],
  },
];
