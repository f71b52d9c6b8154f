/**
 * United States federal institutions: Congress, the courts, the executive departments, the
 * Executive Office of the President and the agencies wire copy names most. Hand-kept: no package
 * on the npm registry ships a gazetteer of federal agencies (searched for one before writing this).
 */
import { slugify } from '../../slugify';
import type { Institution } from './institution';
import { US_STATE_LAST_WORDS } from './us-states';

/** US state names (last words) and other words that make "Senate" or "Supreme Court" a state's. */
export const US_STATE_WORDS = [...US_STATE_LAST_WORDS, 'rico', 'guam', 'state', 'tribal', 'county', 'city', 'student', 'faculty', 'youth', 'mock', 'model'];

/** The federal legislature and courts. */
export const US_LEGISLATURE_AND_COURTS: Institution[] = [
  {
    id: 'us-congress',
    name: 'US Congress',
    // Congress acting through its leaders and committees ("a call with Congressional leaders"), as
    // the White House through its officials; "congressional Republicans" and "a congressional
    // district" are a party's members and a map's, and the Congressional Leadership Fund a party's PAC.
    aliases: ['Congress', 'Congressional leaders', 'Congressional leadership', 'Congressional committees'],
    rule: {
      notBefore: ['party', 'of', 'leader', 'president', 'mp', 'mps', 'workers', 'for', 'fund'],
      notAfter: [
        'national',
        'indian',
        'youth',
        'uyghur',
        'jewish',
        'world',
        'continental',
        'trades',
        'union',
        "people's",
        'peoples',
        'african',
        'eucharistic',
        'party',
        'international',
        'annual',
        'global',
      ],
    },
  },
  {
    id: 'us-senate',
    name: 'US Senate',
    aliases: ['Senate'],
    rule: { notAfter: US_STATE_WORDS, notBefore: ['of'] },
  },
  {
    id: 'us-house-of-representatives',
    name: 'US House of Representatives',
    aliases: ['House of Representatives', 'U.S. House', 'US House'],
    rule: { notAfter: US_STATE_WORDS },
    // "House" alone is the chamber in American political copy ("the House voted", "House Republicans"),
    // but not another building's or body's name ("Hamilton House", "House of Lords", "House Judiciary Committee").
    short: ['House'],
    shortRule: {
      notAfterCapitalisedExcept: ['the', 'maga', 'extreme', 'republican', 'democratic'],
      // "White House officials …" opening a sentence, where context turned the White House down as a venue.
      notAfter: ['white', 'people'],
      // "House prices", "House fires": the everyday noun opening a sentence.
      notBefore: ['of', 'prices', 'price', 'fires', 'fire', 'hunters', 'hunting', 'sales', 'plants', 'music', 'party', 'parties', 'arrest', 'calls', 'guests'],
      notInTitle: true,
      runsOnOnlyInto: ['republicans', 'democrats', 'republican', 'democratic', 'speaker', 'majority', 'minority', 'leadership'],
    },
  },
  {
    id: 'us-supreme-court',
    name: 'US Supreme Court',
    aliases: ['Supreme Court', 'Supreme Court of the United States', 'SCOTUS'],
    rule: { notAfter: US_STATE_WORDS, notBefore: ['of', 'justice', 'justices'] },
  },
];

const CIRCUITS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh', 'D.C.', 'Federal'];

/** The federal courts of appeals, named as wire copy names them ("the Fifth Circuit"). */
export const US_APPEALS_COURTS: Institution[] = CIRCUITS.map((circuit) => ({
  id: `us-court-of-appeals-for-the-${circuit.toLowerCase().replace(/\./g, '')}-circuit`,
  name: `US Court of Appeals for the ${circuit} Circuit`,
  aliases: [`Court of Appeals for the ${circuit} Circuit`, `${circuit} Circuit Court of Appeals`, `${circuit} Circuit`],
}));

// The 94 federal judicial districts: a state with one district is "the District of Connecticut", the
// others are divided by direction ("the Middle District of Pennsylvania").
const DISTRICTS: [state: string, divisions: string[]][] = [
  ['Alabama', ['Northern', 'Middle', 'Southern']],
  ['Alaska', []],
  ['Arizona', []],
  ['Arkansas', ['Eastern', 'Western']],
  ['California', ['Northern', 'Eastern', 'Central', 'Southern']],
  ['Colorado', []],
  ['Connecticut', []],
  ['Delaware', []],
  ['Columbia', []],
  ['Florida', ['Northern', 'Middle', 'Southern']],
  ['Georgia', ['Northern', 'Middle', 'Southern']],
  ['Hawaii', []],
  ['Idaho', []],
  ['Illinois', ['Northern', 'Central', 'Southern']],
  ['Indiana', ['Northern', 'Southern']],
  ['Iowa', ['Northern', 'Southern']],
  ['Kansas', []],
  ['Kentucky', ['Eastern', 'Western']],
  ['Louisiana', ['Eastern', 'Middle', 'Western']],
  ['Maine', []],
  ['Maryland', []],
  ['Massachusetts', []],
  ['Michigan', ['Eastern', 'Western']],
  ['Minnesota', []],
  ['Mississippi', ['Northern', 'Southern']],
  ['Missouri', ['Eastern', 'Western']],
  ['Montana', []],
  ['Nebraska', []],
  ['Nevada', []],
  ['New Hampshire', []],
  ['New Jersey', []],
  ['New Mexico', []],
  ['New York', ['Northern', 'Southern', 'Eastern', 'Western']],
  ['North Carolina', ['Eastern', 'Middle', 'Western']],
  ['North Dakota', []],
  ['Ohio', ['Northern', 'Southern']],
  ['Oklahoma', ['Northern', 'Eastern', 'Western']],
  ['Oregon', []],
  ['Pennsylvania', ['Eastern', 'Middle', 'Western']],
  ['Rhode Island', []],
  ['South Carolina', []],
  ['South Dakota', []],
  ['Tennessee', ['Eastern', 'Middle', 'Western']],
  ['Texas', ['Northern', 'Southern', 'Eastern', 'Western']],
  ['Utah', []],
  ['Vermont', []],
  ['Virginia', ['Eastern', 'Western']],
  ['Washington', ['Eastern', 'Western']],
  ['West Virginia', ['Northern', 'Southern']],
  ['Wisconsin', ['Eastern', 'Western']],
  ['Wyoming', []],
  ['Puerto Rico', []],
];

// The territories' courts are named otherwise ("District Court of Guam").
const TERRITORIAL_COURTS = ['District Court of Guam', 'District Court for the Northern Mariana Islands', 'District Court of the Virgin Islands'];

/** The federal district courts, each named with its district ("US District Court for the Southern District of New York"); the tier alone names none (court-by-tier.ts). */
export const US_DISTRICT_COURTS: Institution[] = [
  ...DISTRICTS.flatMap(([state, divisions]) =>
    (divisions.length === 0 ? [''] : divisions).map((division) => `District Court for the ${division ? `${division} ` : ''}District of ${state}`),
  ),
  ...TERRITORIAL_COURTS,
].map((name) => ({ id: slugify(`US ${name}`), name: `US ${name}`, aliases: [name] }));

/** The two national parties; their names count only where the United States leads the article. "House Republicans" names the chamber and the party, each by its own name. */
export const US_PARTIES: Institution[] = [
  {
    id: 'republican-party',
    name: 'Republican Party',
    national: true,
    aliases: ['GOP', 'Republicans', 'Republican', 'Congressional Republicans', 'MAGA Republicans', 'MAGA Republican'],
    rule: { notAfter: ['irish', 'liberal', 'national', 'popular', 'socialist', 'people’s', "people's"] },
  },
  {
    id: 'democratic-party',
    name: 'Democratic Party',
    national: true,
    aliases: ['Democrats', 'Democrat', 'Democratic', 'Congressional Democrats'],
    rule: { notAfter: ['social', 'christian', 'liberal', 'free', 'new', 'national', 'european', 'swedish', 'german', 'japanese', 'korean'] },
  },
  { id: 'democratic-national-committee', name: 'Democratic National Committee', aliases: ['DNC'] },
  { id: 'republican-national-committee', name: 'Republican National Committee', aliases: ['RNC'] },
];

/** The fifteen executive departments. */
export const US_DEPARTMENTS: Institution[] = [
  {
    id: 'us-department-of-state',
    name: 'US Department of State',
    aliases: ['Department of State', 'State Department', 'State Dept.'],
    // Other states have a foreign ministry; a "State Department" in English copy is the United States'.
    ownNames: ['Department of State', 'State Department', 'State Dept.'],
  },
  {
    id: 'us-department-of-the-treasury',
    name: 'US Department of the Treasury',
    aliases: ['Department of the Treasury', 'Treasury Department', 'Department of Treasury', 'U.S. Treasury'],
    short: ['Treasury'],
    shortRule: {
      notBefore: [
        'bond',
        'bonds',
        'bill',
        'bills',
        'note',
        'notes',
        'yield',
        'yields',
        'securities',
        'market',
        'markets',
        'rate',
        'rates',
        'auction',
        'auctions',
        'inflation-protected',
        'board',
        'bench',
        'benches',
        'committee',
        'select',
      ],
      notAfter: ['hm', 'uk', 'british', "majesty's", 'state', 'national', 'public', 'county', 'city', 'shadow'],
      notInTitle: true,
    },
  },
  { id: 'us-department-of-defense', name: 'US Department of Defense', aliases: ['Department of Defense', 'Defense Department', 'DOD', 'DoD', 'Pentagon'] },
  { id: 'us-department-of-justice', name: 'US Department of Justice', aliases: ['Department of Justice', 'Justice Department', 'DOJ'] },
  {
    id: 'us-department-of-the-interior',
    name: 'US Department of the Interior',
    aliases: ['Department of the Interior', 'Interior Department', 'Department of Interior', 'DOI'],
  },
  { id: 'us-department-of-agriculture', name: 'US Department of Agriculture', aliases: ['Department of Agriculture', 'Agriculture Department', 'USDA'] },
  {
    id: 'us-department-of-commerce',
    name: 'US Department of Commerce',
    aliases: ['Department of Commerce', 'Commerce Department'],
    short: ['Commerce'],
    shortRule: {
      notAfter: ['of', 'on', 'for', 'e', 'interstate', 'digital', 'international', 'global', 'foreign', 'electronic', 'energy', 'state'],
      notBefore: ['committee', 'clause', 'commission', 'subcommittee'],
      notInTitle: true,
    },
  },
  { id: 'us-department-of-labor', name: 'US Department of Labor', aliases: ['Department of Labor', 'Labor Department', 'DOL'] },
  {
    id: 'us-department-of-health-and-human-services',
    name: 'US Department of Health and Human Services',
    aliases: ['Department of Health and Human Services', 'HHS', 'Health and Human Services Department'],
    short: ['Health and Human Services'],
    shortRule: { notBefore: ['committee', 'subcommittee', 'appropriations'], notInTitle: true },
  },
  {
    id: 'us-department-of-housing-and-urban-development',
    name: 'US Department of Housing and Urban Development',
    aliases: ['Department of Housing and Urban Development', 'HUD', 'Housing and Urban Development Department'],
  },
  {
    id: 'us-department-of-transportation',
    name: 'US Department of Transportation',
    aliases: ['Department of Transportation', 'Transportation Department', 'DOT', 'USDOT'],
  },
  { id: 'us-department-of-energy', name: 'US Department of Energy', aliases: ['Department of Energy', 'Energy Department', 'DOE'] },
  { id: 'us-department-of-education', name: 'US Department of Education', aliases: ['Department of Education', 'Education Department'] },
  {
    id: 'us-department-of-veterans-affairs',
    name: 'US Department of Veterans Affairs',
    aliases: ['Department of Veterans Affairs', 'Veterans Affairs Department', 'VA'],
    rule: { notAfterTownComma: true },
  },
  {
    id: 'us-department-of-homeland-security',
    name: 'US Department of Homeland Security',
    aliases: ['Department of Homeland Security', 'Homeland Security Department', 'DHS'],
    short: ['Homeland Security'],
    shortRule: {
      notBefore: ['advisor', 'adviser', 'council', 'act', 'committee', 'subcommittee', 'investigations', 'grant', 'grants', 'presidential'],
      notInTitle: true,
    },
  },
];

/** The Executive Office of the President. */
export const US_EXECUTIVE_OFFICE: Institution[] = [
  // The President's office as a body that hosts and announces ("White House Convening on …"); in the
  // body of a release it is mostly a venue, and before a post or another body's name ("White House
  // Press Secretary", "White House Office of …", "White House Gender Policy Council") it is neither.
  {
    id: 'white-house',
    name: 'White House',
    aliases: [],
    rule: {
      onlyWhereHeadlineNames: true,
      // Its people acting in the body: "senior White House officials discussed …", "White House leadership".
      actingBefore: ['officials', 'official', 'leadership', 'aides', 'aide', 'principals'],
      // The body itself acting: "the White House released …", "Today, the White House is hosting …".
      subjectBefore: [
        'is',
        'has',
        'will',
        'announced',
        'announces',
        'released',
        'releases',
        'convened',
        'convenes',
        'hosted',
        'hosts',
        'launched',
        'launches',
        'brought',
        'welcomed',
        'welcomes',
        'urged',
        'unveiled',
        'issued',
        'celebrated',
        'invited',
      ],
      notInTitle: true,
      // A venue ("Biden pardons two turkeys at White House", "a reception at the White House").
      notAfterWithThe: ['at', 'to', 'outside', 'inside'],
      notBefore: [
        'press',
        'chief',
        'deputy',
        'senior',
        'counsel',
        'communications',
        'spokesperson',
        'director',
        'coordinator',
        'adviser',
        'advisor',
        'liaison',
        'staff',
        'staffer',
        'personnel',
        'fellow',
        'fellows',
        'fellowship',
        'correspondents',
        'office',
        'council',
        'task',
        'initiative',
        'gender',
        'competition',
        'cabinet',
      ],
    },
  },
  { id: 'office-of-management-and-budget', name: 'Office of Management and Budget', aliases: ['OMB'] },
  { id: 'us-national-security-council', name: 'US National Security Council', aliases: ['National Security Council', 'NSC'] },
  { id: 'national-economic-council', name: 'National Economic Council', aliases: ['NEC'] },
  { id: 'domestic-policy-council', name: 'Domestic Policy Council', aliases: [] },
  { id: 'gender-policy-council', name: 'Gender Policy Council', aliases: [] },
  { id: 'council-of-economic-advisers', name: 'Council of Economic Advisers', aliases: ['CEA'] },
  { id: 'council-on-environmental-quality', name: 'Council on Environmental Quality', aliases: ['CEQ'] },
  { id: 'office-of-science-and-technology-policy', name: 'Office of Science and Technology Policy', aliases: ['OSTP'] },
  { id: 'office-of-national-drug-control-policy', name: 'Office of National Drug Control Policy', aliases: ['ONDCP'] },
  { id: 'office-of-the-national-cyber-director', name: 'Office of the National Cyber Director', aliases: ['ONCD'] },
  {
    id: 'office-of-the-us-trade-representative',
    name: 'Office of the United States Trade Representative',
    aliases: ['Office of the U.S. Trade Representative', 'Office of the US Trade Representative', 'USTR'],
  },
  { id: 'office-of-the-director-of-national-intelligence', name: 'Office of the Director of National Intelligence', aliases: ['ODNI'] },
];

/** Federal agencies, bureaus, independent agencies and the armed services. */
export const US_AGENCIES: Institution[] = [
  { id: 'environmental-protection-agency', name: 'Environmental Protection Agency', aliases: ['EPA'] },
  { id: 'federal-emergency-management-agency', name: 'Federal Emergency Management Agency', aliases: ['FEMA'] },
  { id: 'fbi', name: 'FBI', aliases: ['Federal Bureau of Investigation', 'F.B.I.'] },
  { id: 'cia', name: 'CIA', aliases: ['Central Intelligence Agency', 'C.I.A.'] },
  { id: 'national-security-agency', name: 'National Security Agency', aliases: [] },
  { id: 'drug-enforcement-administration', name: 'Drug Enforcement Administration', aliases: ['DEA'] },
  {
    id: 'bureau-of-alcohol-tobacco-firearms-and-explosives',
    name: 'Bureau of Alcohol, Tobacco, Firearms and Explosives',
    aliases: ['Bureau of Alcohol, Tobacco, Firearms, and Explosives', 'ATF'],
  },
  { id: 'us-marshals-service', name: 'US Marshals Service', aliases: ['Marshals Service', 'US Marshals Service', 'United States Marshals Service'] },
  { id: 'federal-bureau-of-prisons', name: 'Federal Bureau of Prisons', aliases: ['Bureau of Prisons', 'BOP'] },
  { id: 'nasa', name: 'NASA', aliases: ['National Aeronautics and Space Administration'] },
  { id: 'noaa', name: 'NOAA', aliases: ['National Oceanic and Atmospheric Administration'] },
  { id: 'national-institutes-of-health', name: 'National Institutes of Health', aliases: ['NIH'] },
  { id: 'centers-for-disease-control-and-prevention', name: 'Centers for Disease Control and Prevention', aliases: ['CDC'] },
  { id: 'food-and-drug-administration', name: 'Food and Drug Administration', aliases: ['FDA'] },
  {
    id: 'centers-for-medicare-and-medicaid-services',
    name: 'Centers for Medicare & Medicaid Services',
    aliases: ['Centers for Medicare and Medicaid Services', 'CMS'],
  },
  { id: 'health-resources-and-services-administration', name: 'Health Resources and Services Administration', aliases: ['HRSA'] },
  { id: 'samhsa', name: 'SAMHSA', aliases: ['Substance Abuse and Mental Health Services Administration'] },
  { id: 'indian-health-service', name: 'Indian Health Service', aliases: ['IHS'] },
  { id: 'small-business-administration', name: 'Small Business Administration', aliases: ['SBA'] },
  { id: 'social-security-administration', name: 'Social Security Administration', aliases: ['SSA'] },
  { id: 'internal-revenue-service', name: 'Internal Revenue Service', aliases: ['IRS'] },
  { id: 'transportation-security-administration', name: 'Transportation Security Administration', aliases: ['TSA'] },
  { id: 'us-customs-and-border-protection', name: 'US Customs and Border Protection', aliases: ['Customs and Border Protection', 'CBP'] },
  { id: 'us-immigration-and-customs-enforcement', name: 'US Immigration and Customs Enforcement', aliases: ['Immigration and Customs Enforcement', 'ICE'] },
  {
    id: 'us-citizenship-and-immigration-services',
    name: 'US Citizenship and Immigration Services',
    aliases: ['Citizenship and Immigration Services', 'USCIS'],
  },
  { id: 'us-secret-service', name: 'US Secret Service', aliases: ['Secret Service', 'USSS'] },
  { id: 'us-coast-guard', name: 'US Coast Guard', aliases: ['Coast Guard', 'USCG'] },
  { id: 'us-army-corps-of-engineers', name: 'US Army Corps of Engineers', aliases: ['Army Corps of Engineers', 'USACE'] },
  { id: 'us-forest-service', name: 'US Forest Service', aliases: ['Forest Service', 'USFS'] },
  { id: 'national-park-service', name: 'National Park Service', aliases: [] },
  { id: 'us-fish-and-wildlife-service', name: 'US Fish and Wildlife Service', aliases: ['Fish and Wildlife Service'] },
  { id: 'bureau-of-land-management', name: 'Bureau of Land Management', aliases: ['BLM'] },
  { id: 'bureau-of-reclamation', name: 'Bureau of Reclamation', aliases: [] },
  { id: 'bureau-of-indian-affairs', name: 'Bureau of Indian Affairs', aliases: [] },
  { id: 'us-geological-survey', name: 'US Geological Survey', aliases: ['Geological Survey', 'USGS'] },
  { id: 'federal-aviation-administration', name: 'Federal Aviation Administration', aliases: ['FAA'] },
  { id: 'federal-highway-administration', name: 'Federal Highway Administration', aliases: ['FHWA'] },
  { id: 'federal-transit-administration', name: 'Federal Transit Administration', aliases: [] },
  { id: 'federal-railroad-administration', name: 'Federal Railroad Administration', aliases: [] },
  { id: 'nhtsa', name: 'National Highway Traffic Safety Administration', aliases: ['NHTSA'] },
  { id: 'federal-communications-commission', name: 'Federal Communications Commission', aliases: ['FCC'] },
  { id: 'federal-trade-commission', name: 'Federal Trade Commission', aliases: ['FTC'] },
  { id: 'securities-and-exchange-commission', name: 'Securities and Exchange Commission', aliases: ['SEC'] },
  { id: 'federal-deposit-insurance-corporation', name: 'Federal Deposit Insurance Corporation', aliases: ['FDIC'] },
  { id: 'commodity-futures-trading-commission', name: 'Commodity Futures Trading Commission', aliases: ['CFTC'] },
  { id: 'consumer-financial-protection-bureau', name: 'Consumer Financial Protection Bureau', aliases: ['CFPB'] },
  { id: 'federal-energy-regulatory-commission', name: 'Federal Energy Regulatory Commission', aliases: ['FERC'] },
  { id: 'nuclear-regulatory-commission', name: 'Nuclear Regulatory Commission', aliases: ['NRC'] },
  { id: 'national-labor-relations-board', name: 'National Labor Relations Board', aliases: ['NLRB'] },
  { id: 'equal-employment-opportunity-commission', name: 'Equal Employment Opportunity Commission', aliases: ['EEOC'] },
  { id: 'consumer-product-safety-commission', name: 'Consumer Product Safety Commission', aliases: ['CPSC'] },
  { id: 'federal-reserve', name: 'Federal Reserve', aliases: ['Federal Reserve Board', 'Federal Reserve System'] },
  { id: 'us-postal-service', name: 'US Postal Service', aliases: ['Postal Service', 'United States Postal Service', 'USPS'] },
  // Programs, not bodies: an editor files them as subjects; the body that runs them is the Centers for Medicare & Medicaid Services.
  { id: 'medicare', name: 'Medicare', aliases: [], type: 'topic' },
  { id: 'medicaid', name: 'Medicaid', aliases: [], type: 'topic' },
  { id: 'peace-corps', name: 'Peace Corps', aliases: [] },
  { id: 'americorps', name: 'AmeriCorps', aliases: [] },
  {
    id: 'usaid',
    name: 'USAID',
    aliases: ['U.S. Agency for International Development', 'United States Agency for International Development', 'Agency for International Development'],
  },
  {
    id: 'us-international-development-finance-corporation',
    name: 'US International Development Finance Corporation',
    aliases: ['International Development Finance Corporation', 'Development Finance Corporation', 'DFC'],
  },
  {
    id: 'export-import-bank-of-the-united-states',
    name: 'Export-Import Bank of the United States',
    aliases: ['Export-Import Bank', 'EXIM', 'Ex-Im Bank', 'EXIM Bank'],
  },
  { id: 'millennium-challenge-corporation', name: 'Millennium Challenge Corporation', aliases: ['MCC'] },
  { id: 'national-science-foundation', name: 'National Science Foundation', aliases: ['NSF'] },
  { id: 'national-institute-of-standards-and-technology', name: 'National Institute of Standards and Technology', aliases: ['NIST'] },
  { id: 'ntia', name: 'National Telecommunications and Information Administration', aliases: ['NTIA'] },
  { id: 'us-census-bureau', name: 'US Census Bureau', aliases: ['Census Bureau'] },
  { id: 'bureau-of-labor-statistics', name: 'Bureau of Labor Statistics', aliases: ['BLS'] },
  { id: 'bureau-of-industry-and-security', name: 'Bureau of Industry and Security', aliases: [] },
  { id: 'office-of-foreign-assets-control', name: 'Office of Foreign Assets Control', aliases: ['OFAC'] },
  { id: 'fincen', name: 'Financial Crimes Enforcement Network', aliases: ['FinCEN'] },
  { id: 'cybersecurity-and-infrastructure-security-agency', name: 'Cybersecurity and Infrastructure Security Agency', aliases: ['CISA'] },
  { id: 'darpa', name: 'DARPA', aliases: ['Defense Advanced Research Projects Agency'] },
  { id: 'office-of-personnel-management', name: 'Office of Personnel Management', aliases: ['OPM'] },
  { id: 'general-services-administration', name: 'General Services Administration', aliases: ['GSA'] },
  { id: 'government-accountability-office', name: 'Government Accountability Office', aliases: ['GAO'] },
  { id: 'congressional-budget-office', name: 'Congressional Budget Office', aliases: ['CBO'] },
  { id: 'occupational-safety-and-health-administration', name: 'Occupational Safety and Health Administration', aliases: ['OSHA'] },
  // The services alone ("the Army", "the Navy"), like "Coast Guard" and "Marine Corps" below. As generic names they
  // count only where the United States leads the article; not in a post ("Secretary of the Army"), nor running on
  // into a longer name ("Army Corps of Engineers", "Navy Third Fleet", "Air Force One"), which `personName` rejects.
  { id: 'us-army', name: 'US Army', aliases: ['United States Army'], short: ['Army'], shortRule: { personName: true, notInTitle: true } },
  { id: 'us-navy', name: 'US Navy', aliases: ['United States Navy'], short: ['Navy'], shortRule: { personName: true, notInTitle: true } },
  { id: 'us-air-force', name: 'US Air Force', aliases: ['United States Air Force'], short: ['Air Force'], shortRule: { personName: true, notInTitle: true } },
  {
    id: 'us-armed-forces',
    name: 'US Armed Forces',
    // "The U.S. military struck …", "key roles within the U.S. Military": editors file these under the forces.
    aliases: ['United States Armed Forces', 'Armed Forces of the United States', 'U.S. military', 'U.S. Military', 'United States Military'],
    // "U.S. military aid", "… assistance": what the country sends, not the forces.
    rule: { notBefore: ['aid', 'assistance', 'support', 'equipment', 'sales', 'spending', 'package', 'packages', 'funding', 'financing', 'training'] },
    short: ['Armed Forces'],
    // "the Armed Forces of Ukraine", "Armed Forces Day", "Sudanese Armed Forces": other forces, or no force.
    shortRule: { personName: true, notInTitle: true, notBefore: ['of'] },
  },
  // Other countries have joint chiefs and a Pacific Fleet ("South Korea's Joint Chiefs of Staff", Russia's): these count where the United States leads.
  {
    id: 'joint-chiefs-of-staff',
    name: 'Joint Chiefs of Staff',
    aliases: ['Joint Chiefs', 'United States Joint Chiefs of Staff'],
    homeNames: ['Joint Chiefs of Staff', 'Joint Chiefs'],
  },
  { id: 'us-pacific-fleet', name: 'US Pacific Fleet', aliases: ['Pacific Fleet', 'United States Pacific Fleet'], homeNames: ['Pacific Fleet'] },
  { id: 'us-marine-corps', name: 'US Marine Corps', aliases: ['Marine Corps', 'US Marine Corps', 'United States Marine Corps'] },
  { id: 'us-space-force', name: 'US Space Force', aliases: ['Space Force', 'US Space Force', 'United States Space Force'] },
  { id: 'national-guard', name: 'National Guard', aliases: [] },
  // Governors and the Department of Defense on the Guard and disaster response, set up by law in 2008.
  { id: 'council-of-governors', name: 'Council of Governors', aliases: [] },
  { id: 'us-central-command', name: 'US Central Command', aliases: ['Central Command', 'US Central Command', 'CENTCOM'] },
  { id: 'us-indo-pacific-command', name: 'US Indo-Pacific Command', aliases: ['Indo-Pacific Command', 'US Indo-Pacific Command', 'INDOPACOM'] },
  { id: 'us-africa-command', name: 'US Africa Command', aliases: ['Africa Command', 'US Africa Command', 'AFRICOM'] },
];
