/**
 * Word lists the synthetic archive builds its names from. Each list was checked against the site's
 * entity detector (tests/unit/bench-synthetic-archive.test.ts holds the check for the archive as a
 * whole): the given names are ones its lexicon knows as given names and nothing else, the capitals
 * are found as places on their own, and the organisation heads end an organisation's name.
 */

/** Given names the detector's lexicon lists as given names (not as places or everyday words). */
export const GIVEN_NAMES: readonly string[] = (
  'Daniel Sofia Ahmed Fatima Lucas Elena Omar Rahul Anna Mateo Chloe Ines Carlos Leila Tomas Nadia Olga ' +
  'Ivan Aisha Samuel Pedro Laura Marco Ingrid Lars Emma Noah Zara Karim Hana Mei Wei Arjun Diego Lucia ' +
  'Pablo Isabel Andrei Irina Dmitri Katarina Jonas Greta Felix Clara Hugo Alice Louis Camille Marta ' +
  'Pietro Sven Astrid Yusuf Aylin Reza Maryam Salma Hassan Layla Tomasz Miguel Rosa Javier Carmen Paolo ' +
  'Francesca Nikolai Tatiana Oskar Helga Ali Nour Sami Rania David Sarah Michael Rebecca James Helen ' +
  'Ruth Robert Susan Joseph Julia Thomas Anita Diana Paul Nina Vera Leon Eva'
).split(' ');

/** Capital cities the detector finds as places without a gazetteer entry (the countries themselves are in it). */
export const CAPITAL_CITIES: readonly string[] = [
  'Abu Dhabi', 'Accra', 'Addis Ababa', 'Algiers', 'Amman', 'Amsterdam', 'Ankara', 'Ashgabat', 'Asunción',
  'Athens', 'Baghdad', 'Baku', 'Bangkok', 'Beijing', 'Beirut', 'Belgrade', 'Berlin', 'Bern', 'Bogotá',
  'Brasília', 'Bratislava', 'Brazzaville', 'Brussels', 'Bucharest', 'Budapest', 'Buenos Aires', 'Cairo',
  'Canberra', 'Cape Town', 'Caracas', 'Colombo', 'Conakry', 'Copenhagen', 'Dakar', 'Damascus', 'Dhaka',
  'Doha', 'Dublin', 'Dushanbe', 'George Town', 'Hanoi', 'Havana', 'Helsinki', 'Islamabad', 'Jakarta',
  'Jerusalem', 'Kabul', 'Kampala', 'Khartoum', 'Kingston', 'Kinshasa', 'Kuala Lumpur', 'Kyiv',
  'Libreville', 'Lima', 'Lisbon', 'London', 'Luanda', 'Madrid', 'Manila', 'Minsk', 'Mogadishu',
  'Montevideo', 'Moscow', 'Muscat', 'Nairobi', 'New Delhi', 'Oslo', 'Ottawa', 'Paris', 'Phnom Penh',
  'Port-au-Prince', 'Prague', 'Pretoria', 'Pyongyang', 'Quito', 'Rabat', 'Reykjavik', 'Riga', 'Riyadh',
  'Rome', 'San José', 'San Juan', 'San Salvador', 'Santo Domingo', 'Sarajevo', 'Seoul', 'Skopje',
  'Stockholm', 'Taipei', 'Tallinn', 'Tashkent', 'Tbilisi', 'Tegucigalpa', 'Tehran', 'Tirana', 'Tokyo',
  'Tripoli', 'Tunis', 'Ulan Bator', 'Vienna', 'Vilnius', 'Warsaw', 'Wellington', 'Windhoek', 'Yerevan',
  'Zagreb',
];

/** Last words of organisation names ("Velakor Council"). */
export const ORGANISATION_HEADS: readonly string[] = [
  'Council', 'Agency', 'Party', 'Bank', 'Institute', 'Foundation', 'Group', 'Commission', 'Federation', 'Corporation',
];
