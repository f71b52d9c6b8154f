/**
 * The demonym rule: "Russian troops", "the French government" and "Chinese officials" name the
 * country; "(In French.)", "Palestinian Americans", "Spanish speakers" and "Russians" do not.
 */
import type { Token } from './tokenize';

/** Nouns for a state, its people in office, its forces and its institutions. */
const STATE_ACTORS = new Set([
  'government', 'governments', 'administration', 'authorities', 'authority', 'state', 'regime', 'officials',
  'official', 'leader', 'leaders', 'leadership', 'president', 'presidency', 'prime', 'premier', 'minister',
  'ministers', 'ministry', 'ministries', 'chancellor', 'king', 'queen', 'emir', 'crown', 'monarch', 'emperor',
  'cabinet', 'counterpart', 'counterparts', 'delegation', 'embassy', 'embassies', 'consulate', 'ambassador',
  'envoy', 'diplomat', 'diplomats', 'negotiators', 'spokesperson', 'spokesman', 'spokeswoman', 'side',
  'parliament', 'legislature', 'lawmakers', 'legislators', 'congress', 'senate', 'court', 'courts',
  'judiciary', 'military', 'army', 'navy', 'forces', 'troops', 'soldiers', 'marines', 'police', 'guard',
  'guards', 'intelligence', 'coast', 'warships', 'jets', 'aircraft', 'missile', 'missiles', 'drones',
  'nuclear', 'invasion', 'aggression', 'occupation', 'attack', 'attacks', 'strikes', 'war', 'foreign', 'defense', 'defence', 'interior', 'security', 'secretary', 'general', 'commander',
  'media', 'agency', 'central', 'airstrikes', 'shelling', 'bombardment',
  'communist', 'junta', 'sanctions', 'economy', 'territory', 'border', 'sovereignty', 'independence',
  'elections', 'election', 'constitution', 'republic', 'kingdom', 'federation',
]);

/** Adjectives that may stand between the demonym and the actor ("Russian armed forces", "Chinese state media"). */
const MODIFIERS = new Set([
  'armed', 'special', 'senior', 'top', 'federal', 'national', 'regional', 'local', 'provincial', 'naval',
  'air', 'former', 'new', 'then', 'acting', 'deputy', 'vice', 'supreme', 'military', 'state', 'occupying',
  'occupation', 'full-scale', 'brutal', 'unprovoked', 'illegal', 'continued', 'ongoing', 'latest',
  'democratically', 'elected', 'transitional', 'interim', 'royal', 'imperial', 'high',
]);

/** Nouns after a demonym that make it a language, an ethnicity or a diaspora, never the state. */
const NOT_STATE = new Set([
  'american', 'americans', 'language', 'languages', 'speakers', 'speaking', 'translation', 'version',
  'descent', 'origin', 'heritage', 'community', 'communities', 'diaspora', 'ancestry', 'cuisine', 'food',
  'restaurant', 'restaurants', 'students', 'immigrants', 'refugees', 'migrants',
]);

/** True when the demonym ending at token `to` (exclusive) modifies a state actor. */
export function modifiesStateActor(tokens: readonly Token[], to: number): boolean {
  const demonym = tokens[to - 1];
  if (demonym?.possessive) return false;
  let k = to;
  // "Russian-installed authorities", "Chinese-flagged vessels": a hyphenated modifier is one word here.
  if (tokens[k]?.key === '-' && tokens[k]?.start === demonym?.end) {
    const joined = tokens[k + 1];
    if (!joined || joined.kind !== 'word' || NOT_STATE.has(joined.key)) return false;
    k += 2;
  }
  for (let seen = 0; seen < 5; seen++, k++) {
    const t = tokens[k];
    if (!t || (t.kind !== 'word' && t.key !== ',')) return false;
    if (t.key === ',' && tokens[k + 1]?.upper) continue;
    if (NOT_STATE.has(t.key)) return false;
    // "Russian and Chinese officials": the actor follows the second demonym.
    if ((t.key === 'and' || t.key === 'or') && tokens[k + 1]?.upper) continue;
    if (STATE_ACTORS.has(t.key)) return true;
    // Capitalised words run on to the institution's head ("Canadian Space Agency").
    if (!MODIFIERS.has(t.key) && !t.upper) return false;
  }
  return false;
}
