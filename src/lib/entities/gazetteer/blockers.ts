/** Phrases that contain a registered name but are something else; matching them first keeps the name from firing. */

const ETHNIC_PREFIXES = [
  'African', 'Asian', 'Arab', 'Chinese', 'Korean', 'Japanese', 'Filipino', 'Vietnamese', 'Indian',
  'Mexican', 'Latin', 'Native', 'Irish', 'Italian', 'Jewish', 'Muslim', 'Cuban', 'Haitian',
  'Caribbean', 'Pacific', 'Middle Eastern', 'Hispanic', 'Ukrainian', 'Polish', 'German', 'Iranian',
  'Armenian', 'Somali', 'Taiwanese', 'Pakistani', 'Palestinian', 'Russian', 'Greek', 'Lebanese',
  'Indigenous', 'Hmong', 'Cambodian', 'Thai',
];

// "Indian" in United States copy about tribes, and regions named after a country.
const INDIAN_PHRASES = [
  'Indian Ocean', 'American Indian', 'American Indians', 'Indian Country', 'Indian country',
  'Indian tribe', 'Indian tribes', 'Indian Tribe',
  'Indian Tribes', 'Indian reservation', 'Indian reservations', 'Indian Reservation', 'Indian lands',
  'Indian nations', 'Indian Nations', 'Indian Child Welfare', 'Indian boarding school',
  'Indian boarding schools', 'Indian Boarding School', 'Indian Education', 'Indian education',
  'Indian Removal', 'Indian Self-Determination', 'Indian Gaming',
];

const PLACE_PHRASES = [
  'New Jersey', 'Jersey City', 'Jersey Shore', 'New Mexico', 'New Mexican', 'New Mexicans', 'Gulf of Mexico',
  'New Guinea', 'Northern Ireland', 'Northern Irish', 'British Columbia', 'Latin America', 'Latin American',
  'Latin Americans', 'North America', 'North American', 'North Americans', 'South America', 'South American',
  'South Americans', 'Central America', 'Central American', 'Central Americans', 'Niger Delta', 'Niger River',
  'Bank of America', 'Homeland Security Council', 'Turkey Point',
  'National Thanksgiving Turkey', 'Thanksgiving turkey', 'Thanksgiving Turkey', 'Jordan River', 'Georgia Tech',
  'Chad Sea', 'Lake Chad Basin Commission', 'Guinea worm', 'Washington Post', 'New England', 'Western Australia',
  'Georgia Power', 'Dutch Harbor', 'French fries', 'Mexico City Policy', 'Gulf of Guinea', 'South Jersey',
  'North Jersey', 'Jersey Shore',
];

/** Every blocking phrase. */
export function buildBlockers(): string[] {
  const ethnic = ETHNIC_PREFIXES.flatMap((p) => [
    `${p} American`,
    `${p} Americans`,
    `${p}-American`,
    `${p}-Americans`,
  ]);
  return [...PLACE_PHRASES, ...INDIAN_PHRASES, ...ethnic];
}
