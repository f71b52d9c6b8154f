/** Entity detection for one article, the pipeline: tokenise, match registered names, find unregistered ones, and count mentions. */
import type { EntityMention } from '../types.ts';
import { compareSalience } from './article-entities.ts';
import { markCitiesNamedAfter } from './city-named-after-place.ts';
import { closesOtherName, leavesBodyNameWhole } from './place-closing-a-name.ts';
import { withoutLoneHomeQualifier } from './home-country-qualifier.ts';
import { opensProgrammeName } from './place-in-event-name.ts';
import { isSpeakersOwnBody } from './speakers-own-body.ts';
import { isBodyActing } from './body-acting.ts';
import { type MatchContext, withDepartmentLists, keepHomeInstitutions, isRegisteredName, registeredIdOf, scanNames, type RawMatch } from './match-names.ts';
import { findNames, type NameGroup, toCandidates } from './find-names.ts';
import { TITLE_WORDS } from './lexicon.ts';
import { givenNamesAgree, swapNameOrder, type PersonNameKey } from './person-names.ts';
import { indexOrgNames, opensLongerOrgName, wordKeys } from './registered-inside-longer.ts';
import { registeredInOtherNumber } from './registered-in-other-number.ts';
import { bodyOfSitting } from './sitting-of-body.ts';
import type { Registry } from './registry.ts';
import { segmentArticle, TITLE_FIELD, type SegmentedArticle } from './tokenise.ts';
import type { ArticleText, EntityAnalysis, NameMatch } from './types.ts';

/** Counts matches per entity. */
function toMentions(matches: readonly NameMatch[], leadEnd: number): EntityMention[] {
  const byId = new Map<string, EntityMention>();
  for (const m of matches) {
    const mention = byId.get(m.id) ?? { id: m.id, count: 0, first: m.start, salient: false };
    mention.count += 1;
    mention.first = Math.min(mention.first, m.start);
    mention.salient ||= m.start < leadEnd;
    byId.set(m.id, mention);
  }
  return [...byId.values()].sort(compareSalience);
}

/** A token range as a match of entity `id`. */
function toMatch(seg: SegmentedArticle, id: string, from: number, to: number, conditional: boolean): NameMatch {
  return { id, from, to, conditional, start: seg.tokens[from]?.start ?? 0, end: seg.tokens[to - 1]?.end ?? 0 };
}

/** True when the name ending before token `to` runs on ("Prime Minister Han Duck-soo" is not "Han" of "Han Kang"). */
function runsOn(seg: SegmentedArticle, to: number): boolean {
  const next = seg.tokens[to];
  const last = seg.tokens[to - 1];
  if (!next || last?.possessive) return false;
  if (next.kind === 'punct') return next.key === '-' && next.start === last?.end;
  return next.kind === 'word' && next.upper && seg.headline[to] !== 1;
}

/** 1 for tokens inside an unregistered organisation's name. */
function markOrganisations(length: number, groups: readonly NameGroup[]): Uint8Array {
  const inOrg = new Uint8Array(groups.some((g) => g.type === 'organization') ? length : 0);
  for (const g of groups) if (g.type === 'organization') for (const [from, to] of g.ranges) inOrg.fill(1, from, to);
  return inOrg;
}

/** 1 for tokens inside any organisation's name, registered or not (`inOrg` marks the unregistered ones). */
function markBodies(length: number, inOrg: Uint8Array, matches: readonly NameMatch[], isOrganisation: (id: string) => boolean): Uint8Array {
  const registered = matches.filter((m) => isOrganisation(m.id));
  if (registered.length === 0) return inOrg;
  const bodies = new Uint8Array(length);
  bodies.set(inOrg);
  for (const m of registered) bodies.fill(1, m.from, m.to);
  return bodies;
}

/** 1 for tokens inside a registered place's name. */
function markPlaces(length: number, matches: readonly NameMatch[], isPlace: (id: string) => boolean): Uint8Array {
  const places = matches.filter((m) => isPlace(m.id));
  const at = new Uint8Array(places.length > 0 ? length : 0);
  for (const m of places) at.fill(1, m.from, m.to);
  return at;
}

/**
 * The registered person a two-word name names in the other order ("Kishida Fumio" for the registered
 * "Fumio Kishida"): Japanese and other names are written both ways in English copy.
 */
function registeredInOtherOrder(registry: Registry, key: PersonNameKey): string | undefined {
  const swapped = swapNameOrder(key);
  return swapped ? registry.peopleBySurname.get(swapped.surname)?.find((p) => p.given === swapped.given)?.id : undefined;
}

/** Finds every registered entity and every unregistered name in an article. */
export function analyseEntities(article: ArticleText, registry: Registry): EntityAnalysis {
  const seg = segmentArticle(article);
  const { tokens } = seg;
  const { ids, rulesById } = registry.matcher;
  let keys: Set<string> | undefined;
  const ctx: MatchContext = {
    tokens,
    headline: seg.headline,
    articleKeys: () => (keys ??= new Set(tokens.map((t) => t.key))),
    rejected: new Set(),
    demonyms: new Map(),
  };
  const idOf = (m: RawMatch): string => ids[m.alias.entity] ?? '';
  const scanned = withDepartmentLists(scanNames(registry.matcher, ctx), registry.matcher.trie, tokens, article);
  const isPlace = (id: string): boolean => registry.entities.get(id)?.type === 'place';
  const evidence = () => ({
    // Demonyms of a name context turned down ("Georgians" in Atlanta copy) are no evidence.
    demonyms: new Map([...(ctx.demonyms ?? [])].filter(([entity]) => !ctx.rejected.has(entity)).map(([entity, n]) => [ids[entity] ?? '', n])),
    inTitle: new Set(scanned.filter((m) => seg.field[m.from] === TITLE_FIELD && m.alias.entity >= 0).map(idOf)),
    own: new Set(scanned.filter((m) => isSpeakersOwnBody(tokens, m.from, m.to, seg.field[m.from] === TITLE_FIELD)).map((m) => m.from)),
  });
  const headlined = new Set(scanned.filter((m) => seg.field[m.from] === TITLE_FIELD).map((m) => m.alias.entity));
  const raw = keepHomeInstitutions(scanned, idOf, isPlace, evidence, registry.matcher.countryOf, registry.matcher.home, registry.matcher.stateless).filter(
    (m) => {
      if (m.alias.entity < 0) return false;
      const rule = registry.matcher.rules[m.alias.entity];
      // Where no headline names it, only the body acting counts ("White House officials", "the White House released"), not the longer names it opens.
      if (rule?.onlyWhereHeadlineNames && !headlined.has(m.alias.entity) && !isBodyActing(tokens, m.from, m.to, rule)) return false;
      // One sense per article: a "Georgia" that was the US state once is the state throughout.
      if (!rule?.oneSensePerArticle || !ctx.rejected.has(m.alias.entity)) return true;
      const articleKeys = ctx.articleKeys();
      return (rule.unless ?? []).some((k) => articleKeys.has(k));
    },
  );
  const named = new Set(raw.filter((m) => !m.alias.conditional).map(idOf));
  const titled = (m: RawMatch): boolean => TITLE_WORDS.has(tokens[m.from - 1]?.key ?? '') && !runsOn(seg, m.to);
  const accepted = raw.filter((m) => !m.alias.conditional || named.has(idOf(m)) || titled(m));
  const acceptedSet = new Set(accepted);
  const pending = raw.filter((m) => !acceptedSet.has(m));

  const covered = new Int32Array(tokens.length).fill(-1);
  const coveredByOrg = new Uint8Array(tokens.length);
  const personKeys = new Set<string>();
  accepted.forEach((m, index) => {
    // "the Consumer Federation of America": the body's whole name is the name finder's to read.
    if (!m.alias.demonym && isPlace(idOf(m)) && leavesBodyNameWhole(tokens, m.from, m.to)) return;
    covered.fill(index, m.from, m.to);
    const type = registry.entities.get(idOf(m))?.type;
    if (type === 'organization') coveredByOrg.fill(1, m.from, m.to);
    if (type === 'person') for (let k = m.from; k < m.to; k++) personKeys.add(tokens[k]?.key ?? '');
  });
  const found = findNames(
    seg,
    { covered, coveredByOrg },
    personKeys,
    (surname, given) =>
      registry.peopleBySurname.get(surname)?.find((p) => givenNamesAgree(p.given, given))?.id ?? registeredInOtherOrder(registry, { surname, given }),
  );

  const absorbedAt = new Uint8Array(tokens.length);
  // "Investing in America agenda", "Consumer Federation of America", "the Black Sea Grain Initiative": a place closing or opening
  // another name is no tag (in a programme's name it keeps its words from the name finder).
  const matches: NameMatch[] = accepted
    .filter(
      (m) => m.alias.demonym || !isPlace(idOf(m)) || !(closesOtherName(tokens, m.from, m.to, seg.headline) || opensProgrammeName(tokens, m.to, seg.headline)),
    )
    .map((m) => toMatch(seg, idOf(m), m.from, m.to, m.alias.conditional));
  for (const { id, ranges } of found.absorbed) {
    named.add(id);
    for (const [from, to] of ranges) {
      absorbedAt.fill(1, from, to);
      matches.push(toMatch(seg, id, from, to, false));
    }
  }
  // "Pacific Island Forum" is no entity of its own: its mentions count for the registered "Pacific Islands Forum".
  for (const g of found.groups) {
    if (g.type === 'person') continue;
    const keys = tokens
      .slice(g.best[0], g.best[1])
      .filter((t) => t.kind === 'word')
      .map((t) => t.key);
    const id = registeredInOtherNumber(keys, (other) => registeredIdOf(registry.matcher, other));
    if (!id) continue;
    named.add(id);
    for (const [from, to] of g.ranges) matches.push(toMatch(seg, id, from, to, false));
  }
  // "a Joint Meeting of Congress" in copy about Israel: the sitting names the registered body, even where context turned its name down.
  const sittings = new Set<NameGroup>();
  for (const g of found.groups) {
    if (g.type !== 'organization') continue;
    const body = bodyOfSitting(tokens, g.best[0], g.best[1]);
    const id = body < 0 ? undefined : registeredIdOf(registry.matcher, wordKeys(tokens, body, g.best[1]));
    if (!id || registry.entities.get(id)?.type !== 'organization') continue;
    sittings.add(g);
    named.add(id);
    for (const [from, to] of g.ranges) {
      const at = bodyOfSitting(tokens, from, to);
      if (at >= 0) matches.push(toMatch(seg, id, at, to, false));
    }
  }
  const groups = sittings.size === 0 ? found.groups : found.groups.filter((g) => !sittings.has(g));
  for (const m of pending) {
    if (named.has(idOf(m)) && absorbedAt[m.from] !== 1) matches.push(toMatch(seg, idOf(m), m.from, m.to, true));
  }

  // A place that is also a given name ("Chad", "Jordan") does not count where it is part of a person's name here.
  const personWords = new Set<string>();
  for (const g of found.groups) {
    if (g.type !== 'person' || g.best[1] - g.best[0] < 2) continue;
    for (let k = g.best[0]; k < g.best[1]; k++) personWords.add(tokens[k]?.key ?? '');
  }
  const inOrg = markOrganisations(tokens.length, groups);
  const inCity = markCitiesNamedAfter(tokens, groups);
  const { orgEnds, orgNames } = indexOrgNames(tokens, groups);
  const kept = matches
    .filter((m) => {
      const rule = rulesById.get(m.id);
      if (rule?.personName && m.to - m.from === 1 && personWords.has(tokens[m.from]?.key ?? '')) return false;
      // "Mexico City", "Kuwait City": a place named after a registered one is no mention of it.
      if (inCity[m.from] === 1 && inCity[m.to] === 1 && isPlace(m.id)) return false;
      const isOrganisation = registry.entities.get(m.id)?.type === 'organization';
      // "Democratic" of a "Democratic Unionist Party" the article writes in full is that other body's first word.
      if (isOrganisation && opensLongerOrgName(tokens, m.from, m.to, orgEnds, orgNames)) return false;
      // "Hawaiian National Guard" is the state's guard: the registered "National Guard" inside a longer name does not count.
      return !(
        inOrg[m.from] === 1 &&
        inOrg[m.to - 1] === 1 &&
        (inOrg[m.from - 1] === 1 || inOrg[m.to] === 1) &&
        registry.entities.get(m.id)?.type === 'organization'
      );
    })
    .sort((a, b) => a.start - b.start);
  const tagged = withoutLoneHomeQualifier(seg, kept, registry.matcher.home, (k) => inOrg[k] === 1);

  return {
    mentions: toMentions(tagged, seg.leadEnd),
    // A registered name that context turned down ("Washington" alone) is not a new entity either.
    unregistered: toCandidates(
      seg,
      groups,
      (id, keys) =>
        registry.entities.has(id) ||
        isRegisteredName(registry.matcher, keys) ||
        registeredInOtherNumber(keys, (other) => registeredIdOf(registry.matcher, other)) !== undefined,
      markBodies(tokens.length, inOrg, kept, (id) => registry.entities.get(id)?.type === 'organization'),
      markPlaces(tokens.length, kept, isPlace),
      coveredByOrg,
    ),
    matches: tagged,
    bodyOffset: seg.bodyOffset,
  };
}

/** Registered entities named in an article, most salient first. */
export function detectEntities(article: ArticleText, registry: Registry): EntityMention[] {
  return analyseEntities(article, registry).mentions;
}
