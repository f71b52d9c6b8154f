/**
 * National legislatures and courts, international courts, armed groups, and regions known by a
 * short name, as wire copy names them. Hand-kept: no package on the npm registry lists the
 * world's legislatures (searched for one before writing this).
 */
import type { Institution } from './institution';

/** National legislatures outside the United States. */
export const LEGISLATURES: Institution[] = [
  { id: 'state-duma', name: 'State Duma', aliases: ['Russian State Duma', 'Duma'] },
  { id: 'federation-council-of-russia', name: 'Federation Council of Russia', aliases: ['Federation Council'] },
  { id: 'verkhovna-rada', name: 'Verkhovna Rada', aliases: ['Rada', 'Ukrainian Parliament', "Ukraine's Parliament"] },
  { id: 'bundestag', name: 'Bundestag', aliases: ['German Bundestag'] },
  { id: 'knesset', name: 'Knesset', aliases: ['Israeli Knesset'] },
  { id: 'national-peoples-congress', name: "National People's Congress", aliases: ['NPC', 'National Peoples Congress'] },
  { id: 'chinese-communist-party', name: 'Chinese Communist Party', aliases: ['Communist Party of China', 'CCP', 'CPC'] },
  { id: 'lok-sabha', name: 'Lok Sabha', aliases: [] },
  { id: 'rajya-sabha', name: 'Rajya Sabha', aliases: [] },
  { id: 'indian-national-congress', name: 'Indian National Congress', aliases: ['Congress party'] },
  { id: 'national-diet', name: 'National Diet', aliases: ['Japanese Diet'] },
  { id: 'house-of-commons', name: 'House of Commons', aliases: ['British House of Commons', 'UK House of Commons'] },
  { id: 'house-of-lords', name: 'House of Lords', aliases: [] },
  { id: 'legislative-yuan', name: 'Legislative Yuan', aliases: [] },
  { id: 'supreme-peoples-assembly', name: "Supreme People's Assembly", aliases: ['Supreme Peoples Assembly', 'SPA'] },
  { id: 'workers-party-of-korea', name: "Workers' Party of Korea", aliases: ['Workers Party of Korea', 'WPK'] },
  {
    id: 'grand-national-assembly-of-turkey',
    name: 'Grand National Assembly of Turkey',
    aliases: ['Grand National Assembly of Türkiye', 'Turkish Grand National Assembly'],
  },
  { id: 'sejm', name: 'Sejm', aliases: [] },
  { id: 'european-court-of-human-rights', name: 'European Court of Human Rights', aliases: ['ECHR', 'ECtHR'] },
  { id: 'court-of-justice-of-the-european-union', name: 'Court of Justice of the European Union', aliases: ['European Court of Justice', 'CJEU', 'ECJ'] },
  { id: 'permanent-court-of-arbitration', name: 'Permanent Court of Arbitration', aliases: [] },
  { id: 'african-national-congress', name: 'African National Congress', aliases: ['ANC'] },
];

/** Armed and militant groups, named the ways wire copy spells them. */
export const ARMED_GROUPS: Institution[] = [
  {
    id: 'al-shabaab',
    name: 'al-Shabaab',
    aliases: ['Al-Shabaab', 'al Shabaab', 'Al Shabaab', 'al-Shabab', 'Al-Shabab', 'al Shabab', 'Shabaab', 'Harakat al-Shabaab al-Mujahideen'],
  },
  { id: 'boko-haram', name: 'Boko Haram', aliases: [] },
  { id: 'houthis', name: 'Houthis', aliases: ['Houthi', 'Ansarallah', 'Ansar Allah'] },
  { id: 'wagner-group', name: 'Wagner Group', aliases: ['PMC Wagner', 'Wagner mercenaries', 'Wagner forces'] },
  { id: 'hayat-tahrir-al-sham', name: 'Hayat Tahrir al-Sham', aliases: ['Hay’at Tahrir al-Sham', "Hay'at Tahrir al-Sham"] },
  { id: 'pkk', name: 'PKK', aliases: ["Kurdistan Workers' Party", 'Kurdistan Workers Party'] },
  { id: 'haqqani-network', name: 'Haqqani Network', aliases: [] },
  { id: 'lashkar-e-taiba', name: 'Lashkar-e-Taiba', aliases: ['Lashkar-e-Tayyiba'] },
  { id: 'palestinian-islamic-jihad', name: 'Palestinian Islamic Jihad', aliases: ['PIJ'] },
  { id: 'isis-k', name: 'ISIS-K', aliases: ['ISIS-Khorasan', 'Islamic State Khorasan Province', 'ISKP'] },
  { id: 'rapid-support-forces', name: 'Rapid Support Forces', aliases: [] },
  { id: 'sudanese-armed-forces', name: 'Sudanese Armed Forces', aliases: [] },
  { id: 'israel-defense-forces', name: 'Israel Defense Forces', aliases: ['IDF', 'Israeli Defense Forces', 'Israel Defence Forces'] },

  { id: 'm23', name: 'M23', aliases: ['March 23 Movement'] },
];

/** Seas, straits and regions that diplomatic copy names as places of their own. */
export const GEOGRAPHY: Institution[] = [
  { id: 'south-china-sea', name: 'South China Sea', type: 'place', aliases: [] },
  { id: 'east-china-sea', name: 'East China Sea', type: 'place', aliases: [] },
  { id: 'taiwan-strait', name: 'Taiwan Strait', type: 'place', aliases: ['Taiwan Straits'] },
  { id: 'korean-peninsula', name: 'Korean Peninsula', type: 'place', aliases: ['Korean peninsula'] },
  { id: 'indo-pacific', name: 'Indo-Pacific', type: 'place', aliases: ['Indo Pacific'] },
  { id: 'black-sea', name: 'Black Sea', type: 'place', aliases: [] },
  { id: 'red-sea', name: 'Red Sea', type: 'place', aliases: [] },
  { id: 'persian-gulf', name: 'Persian Gulf', type: 'place', aliases: [] },
  { id: 'gulf-of-aden', name: 'Gulf of Aden', type: 'place', aliases: [] },
  { id: 'strait-of-hormuz', name: 'Strait of Hormuz', type: 'place', aliases: [] },
  { id: 'sea-of-azov', name: 'Sea of Azov', type: 'place', aliases: [] },
  { id: 'sea-of-japan', name: 'Sea of Japan', type: 'place', aliases: [] },
  { id: 'yellow-sea', name: 'Yellow Sea', type: 'place', aliases: [] },
  { id: 'baltic-sea', name: 'Baltic Sea', type: 'place', aliases: [] },
  { id: 'mediterranean-sea', name: 'Mediterranean Sea', type: 'place', aliases: ['Mediterranean'] },
  { id: 'middle-east', name: 'Middle East', type: 'place', aliases: [] },
  { id: 'sahel', name: 'Sahel', type: 'place', aliases: [] },
  { id: 'horn-of-africa', name: 'Horn of Africa', type: 'place', aliases: [] },
  { id: 'western-balkans', name: 'Western Balkans', type: 'place', aliases: [] },
  { id: 'euro-area', name: 'Euro area', type: 'place', aliases: ['euro area', 'eurozone', 'Eurozone', 'euro zone'] },
];

/** Regions wire copy names by a short name; the official name stays an alias. */
export const REGIONS: Institution[] = [
  { id: 'xinjiang', name: 'Xinjiang', type: 'place', aliases: ['Xinjiang Uyghur Autonomous Region', 'Xinjiang Uygur Autonomous Region', 'XUAR'] },
  { id: 'tibet', name: 'Tibet', type: 'place', aliases: ['Tibet Autonomous Region'] },
  { id: 'crimea', name: 'Crimea', type: 'place', aliases: ['Crimean Peninsula', 'Autonomous Republic of Crimea'] },
  { id: 'donbas', name: 'Donbas', type: 'place', aliases: ['Donbass'] },
  { id: 'gaza', name: 'Gaza', type: 'place', aliases: ['Gaza Strip'] },
  { id: 'west-bank', name: 'West Bank', type: 'place', aliases: [] },
  { id: 'kashmir', name: 'Kashmir', type: 'place', aliases: [] },
  { id: 'darfur', name: 'Darfur', type: 'place', aliases: [] },
  { id: 'tigray', name: 'Tigray', type: 'place', aliases: [] },
  { id: 'nagorno-karabakh', name: 'Nagorno-Karabakh', type: 'place', aliases: ['Nagorno Karabakh'] },
  { id: 'washington-dc', name: 'Washington, D.C.', type: 'place', aliases: ['Washington D.C.', 'Washington, DC', 'Washington DC', 'District of Columbia'] },
  {
    id: 'washington-state',
    name: 'Washington State',
    type: 'place',
    aliases: ['Washington state', 'State of Washington'],
    short: ['Washington'],
    shortRule: { onlyAfterTownComma: true },
  },
];
