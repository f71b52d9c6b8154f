/** Hand-written international organisations and groupings, with the names wire copy uses for them. */
import type { Entity } from '../../types';

type Org = [id: string, name: string, aliases: string[], wikidata?: string];

// QIDs are given only where checked against a published list (UN system chart and treaty bodies).
const ORGS: Org[] = [
  ['united-nations', 'United Nations', ['UN', 'U.N.'], 'Q1065'],
  ['un-security-council', 'UN Security Council', ['U.N. Security Council', 'United Nations Security Council', 'UNSC', 'Security Council'], 'Q37470'],
  ['un-general-assembly', 'UN General Assembly', ['U.N. General Assembly', 'United Nations General Assembly', 'UNGA'], 'Q47423'],
  [
    'un-human-rights-council',
    'UN Human Rights Council',
    ['U.N. Human Rights Council', 'United Nations Human Rights Council', 'UNHRC', 'Human Rights Council'],
    'Q205650',
  ],
  ['unicef', 'UNICEF', ['Unicef', "United Nations Children's Fund", "UN Children's Fund", "U.N. Children's Fund"], 'Q740308'],
  ['unhcr', 'UNHCR', ['UN Refugee Agency', 'UN refugee agency', 'U.N. refugee agency', 'United Nations High Commissioner for Refugees'], 'Q28606331'],
  ['unesco', 'UNESCO', ['Unesco', 'United Nations Educational, Scientific and Cultural Organization'], 'Q7809'],
  ['undp', 'UNDP', ['United Nations Development Programme', 'UN Development Programme', 'U.N. Development Program'], 'Q161718'],
  [
    'unrwa',
    'UNRWA',
    ['UN Relief and Works Agency', 'UN Relief and Works Agency for Palestine Refugees', 'UN Relief and Works Agency for Palestine Refugees in the Near East'],
    'Q846656',
  ],
  ['world-food-programme', 'World Food Programme', ['World Food Program', 'WFP', 'UN World Food Programme', 'U.N. World Food Program'], 'Q204344'],
  ['g7', 'G7', ['G-7', 'Group of Seven', 'Group of 7', 'seven major countries', 'seven major industrialized countries', 'seven major economies']],
  ['g20', 'G20', ['G-20', 'Group of 20', 'Group of Twenty'], 'Q19771'],
  ['nato', 'NATO', ['Nato', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'North Atlantic Alliance'], 'Q7184'],
  ['european-union', 'European Union', ['EU', 'E.U.'], 'Q458'],
  ['european-commission', 'European Commission', ['EU Commission'], 'Q8880'],
  ['european-parliament', 'European Parliament', ['EU Parliament'], 'Q8889'],
  ['european-council', 'European Council', []],
  ['european-central-bank', 'European Central Bank', ['ECB']],
  ['council-of-europe', 'Council of Europe', []],
  ['iaea', 'IAEA', ['International Atomic Energy Agency', 'I.A.E.A.'], 'Q41984'],
  ['wto', 'WTO', ['World Trade Organization', 'World Trade Organisation'], 'Q7825'],
  ['who', 'WHO', ['World Health Organization', 'World Health Organisation'], 'Q7817'],
  ['imf', 'IMF', ['International Monetary Fund', 'I.M.F.'], 'Q7804'],
  ['world-bank', 'World Bank', [], 'Q7164'],
  ['asean', 'ASEAN', ['Asean', 'Association of Southeast Asian Nations', 'Association of South East Asian Nations'], 'Q7768'],
  ['opec', 'OPEC', ['Opec', 'Organization of the Petroleum Exporting Countries'], 'Q7795'],
  ['icc', 'ICC', ['International Criminal Court'], 'Q47488'],
  ['icj', 'ICJ', ['International Court of Justice', 'World Court'], 'Q7801'],
  ['brics', 'BRICS', ['Brics']],
  ['african-union', 'African Union', ['AU'], 'Q7159'],
  ['quad', 'Quad', ['Quadrilateral Security Dialogue', 'QUAD']],
  ['aukus', 'AUKUS', ['Aukus']],
  [
    'oecd',
    'OECD',
    [
      'Organisation for Economic Co-operation and Development',
      'Organization for Economic Cooperation and Development',
      'Organization for Economic Co-operation and Development',
      'Organisation for Economic Cooperation and Development',
    ],
    'Q41550',
  ],
  ['osce', 'OSCE', ['Organization for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe'], 'Q81299'],
  ['interpol', 'Interpol', ['INTERPOL', 'International Criminal Police Organization'], 'Q8475'],
  ['arab-league', 'Arab League', ['League of Arab States'], 'Q7172'],
  ['oas', 'OAS', ['Organization of American States'], 'Q123759'],
  ['oic', 'OIC', ['Organisation of Islamic Cooperation', 'Organization of Islamic Cooperation'], 'Q47543'],
  ['apec', 'APEC', ['Asia-Pacific Economic Cooperation']],
  ['gulf-cooperation-council', 'Gulf Cooperation Council', ['GCC']],
  ['mercosur', 'Mercosur', ['MERCOSUR'], 'Q4264'],
  ['ecowas', 'ECOWAS', ['Economic Community of West African States', 'Ecowas']],
  ['shanghai-cooperation-organisation', 'Shanghai Cooperation Organisation', ['Shanghai Cooperation Organization', 'SCO']],
  ['pacific-islands-forum', 'Pacific Islands Forum', [], 'Q757276'],
  ['international-energy-agency', 'International Energy Agency', ['IEA'], 'Q826700'],
  ['international-labour-organization', 'International Labour Organization', ['International Labor Organization', 'ILO'], 'Q54129'],
  ['fao', 'FAO', ['Food and Agriculture Organization', 'UN Food and Agriculture Organization'], 'Q82151'],
  ['iom', 'IOM', ['International Organization for Migration'], 'Q472311'],
  ['opcw', 'OPCW', ['Organisation for the Prohibition of Chemical Weapons', 'Organization for the Prohibition of Chemical Weapons'], 'Q842490'],
  ['asian-development-bank', 'Asian Development Bank', ['ADB'], 'Q188822'],
  ['aiib', 'AIIB', ['Asian Infrastructure Investment Bank'], 'Q18109843'],
  ['new-development-bank', 'New Development Bank', [], 'Q8579145'],
  ['hamas', 'Hamas', ['HAMAS']],
  ['hezbollah', 'Hezbollah', ['Hizbollah', 'Hizballah']],
  ['taliban', 'Taliban', []],
  ['islamic-state', 'Islamic State', ['ISIS', 'ISIL', 'Daesh', 'Islamic State of Iraq and Syria', 'Islamic State of Iraq and the Levant']],
  ['al-qaeda', 'al-Qaeda', ['al Qaeda', 'Al-Qaeda', 'Al Qaeda', 'al-Qaida', 'al Qaida']],
];

// A UN body copy writes as "UN X" it also writes as "U.N. X" and "United Nations X" ("the United Nations
// World Food Programme"); without the other forms the prefix would be read as the United Nations itself.
const UN_PREFIXES = ['UN ', 'U.N. ', 'United Nations '];

/** A name and every spelling of its UN prefix, when it has one. */
function withUnPrefixes(name: string): string[] {
  const prefix = UN_PREFIXES.find((p) => name.startsWith(p));
  return prefix ? UN_PREFIXES.map((p) => p + name.slice(prefix.length)) : [name];
}

/** The built-in organisations as entities. */
export function buildOrganizationEntities(): Entity[] {
  return ORGS.map(([id, name, aliases, wikidata]) => {
    const names = new Set([...withUnPrefixes(name), ...aliases.flatMap(withUnPrefixes)]);
    names.delete(name);
    return { id, name, type: 'organization' as const, aliases: [...names], wikidata };
  });
}
