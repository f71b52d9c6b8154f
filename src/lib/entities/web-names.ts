/** A company or group named by its web address ("Apartments.com", "Welcome.US", "Google.org") is a body, named on purpose. */
import { touches, type Token } from './tokenise.ts';

// Some companies and groups are called by their web address, which the tokeniser splits at its dot
// ("Apartments", ".", "com"), so the name finder sees a plural word and a lowercase one, not a body.
// Written whole and capitalised, the address is the body's own name, the way a brand is. A
// government site ("HealthCare.gov", "Vote.gov") is a website, not a body, and is left alone.

const BODY_DOMAINS: ReadonlySet<string> = new Set(['com', 'org', 'us', 'net', 'io', 'ai', 'co']);

/** True when the address runs on past its domain at `k` ("Tavri.com.au", "Tavri.com/jobs"); a comma or a sentence's full stop ends it. */
function goesOn(tokens: readonly Token[], k: number): boolean {
  const after = tokens[k];
  if (!touches(tokens[k - 1], after)) return false;
  if (after?.kind === 'word' || after?.key === '/' || after?.key === '-') return true;
  return after?.key === '.' && touches(after, tokens[k + 1]) && tokens[k + 1]?.kind === 'word';
}

/** True when the word at `k` is a body's domain written onto a name ("com" of "Apartments.com"). */
export function isDomainOfName(tokens: readonly Token[], k: number): boolean {
  const [name, dot, domain] = [tokens[k - 2], tokens[k - 1], tokens[k]];
  return (
    domain?.kind === 'word' &&
    BODY_DOMAINS.has(domain.key) &&
    dot?.key === '.' &&
    name?.kind === 'word' &&
    name.upper &&
    touches(name, dot) &&
    touches(dot, domain)
  );
}

/** The web addresses written as names ("AffordableHousing.com"), as [from, to) ranges, whole: not part of a longer address ("www.…"). */
export function findWebNames(tokens: readonly Token[]): [number, number][] {
  const found: [number, number][] = [];
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (!isDomainOfName(tokens, k + 2) || touches(tokens[k - 1], tokens[k]) || goesOn(tokens, k + 3)) continue;
    found.push([k, k + 3]);
  }
  return found;
}
