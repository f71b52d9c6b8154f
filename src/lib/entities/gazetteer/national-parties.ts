/**
 * Parliaments and main political parties of other democracies, each with its home country: their
 * names ("Labour", "the Conservatives", "the National Assembly") are generic or everyday words, so
 * they count only where that country leads the article. Hand-kept: no package on the npm registry
 * lists the world's parties (searched for one before writing this).
 */
import type { Institution, InstitutionHome } from './institution';

/** A country's institutions. Parties take no country prefix of their own ("UK Reform UK"): a demonym before them is the home country, which the home rule allows. */
export interface NationalInstitutions {
  home: InstitutionHome;
  list: Institution[];
}

export const NATIONAL_PARTIES: NationalInstitutions[] = [
  {
    home: { country: 'united-kingdom', prefixes: [] },
    list: [
      { id: 'labour-party-uk', name: 'Labour Party', national: true, aliases: ['Labour'] },
      { id: 'conservative-party-uk', name: 'Conservative Party', national: true, aliases: ['Conservatives', 'Tories', 'Tory Party'] },
      { id: 'liberal-democrats-uk', name: 'Liberal Democrats', national: true, aliases: ['Lib Dems'] },
      { id: 'reform-uk', name: 'Reform UK', aliases: [] },
      { id: 'green-party-uk', name: 'Green Party', national: true, aliases: ['Greens'] },
      { id: 'scottish-national-party', name: 'Scottish National Party', aliases: ['SNP'] },
    ],
  },
  {
    home: { country: 'south-korea', prefixes: [] },
    list: [
      {
        id: 'national-assembly-of-south-korea',
        name: 'National Assembly of South Korea',
        national: true,
        aliases: ['National Assembly', 'National Assembly of Korea', 'National Assembly of the Republic of Korea'],
      },
      // "Democratic Party" is also the US party's name: where South Korea leads, the name is this one's.
      { id: 'democratic-party-of-korea', name: 'Democratic Party of Korea', national: true, aliases: ['Democratic Party', 'Minjoo Party'] },
      { id: 'people-power-party', name: 'People Power Party', aliases: [] },
    ],
  },
  {
    home: { country: 'taiwan', prefixes: [] },
    list: [
      { id: 'kuomintang', name: 'Kuomintang', aliases: ['KMT'] },
      { id: 'democratic-progressive-party', name: 'Democratic Progressive Party', aliases: ['DPP'] },
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
      { id: 'liberal-democratic-party-japan', name: 'Liberal Democratic Party', national: true, aliases: ['LDP'] },
      { id: 'komeito', name: 'Komeito', aliases: [] },
    ],
  },
];
