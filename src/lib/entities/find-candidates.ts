/** Finds people, organisations and places the registry does not know, in one segmented article. */
import { buildNameSpans } from './build-name-spans';
import { classifySpan, type NamePart, type SpanContext } from './classify-span';
import { addShortMentions } from './count-short-forms';
import { findHeadlineOrganisations, findHeadlinePeople, findHeadlinePlaces } from './find-headline-names';
import { groupByWords, groupPeople, type NameGroup } from './group-names';
import { NON_ORG_ACRONYMS, ORG_HEADS } from './name-words';
import { initialsOf, mergeShortenedOrgs } from './org-groups';
import { givenNamesAgree } from './person-short-forms';
import type { SegmentedArticle } from './segment-article';
import type { Token } from './tokenize';

/** Names found outside the registry, grouped, before they become candidates. */
export interface FoundNames {
  groups: NameGroup[];
  /** People whose name matches a registered person: the registry id and where they were named. */
  absorbed: { id: string; ranges: [number, number][] }[];
}

/** What a person lookup in the registry needs. */
export type RegisteredPersonLookup = (surname: string, given: string) => string | undefined;

const LOWER_INITIAL = /^\p{Ll}/u;

/** Drops organisations named after a person in the article ("Biden Administration"). */
function isNamedAfterPerson(tokens: readonly Token[], group: NameGroup, personKeys: ReadonlySet<string>): boolean {
  const [from, to] = group.best;
  const words = tokens.slice(from, to).filter((t) => t.kind === 'word' && !ORG_HEADS.has(t.key) && t.upper);
  return words.length > 0 && words.every((t) => personKeys.has(t.key));
}

/** Finds and groups the unregistered names of an article. */
export function findNames(
  seg: SegmentedArticle,
  covered: Int32Array,
  registeredPersonKeys: ReadonlySet<string>,
  lookUpPerson: RegisteredPersonLookup,
): FoundNames {
  const { tokens } = seg;
  const lowercaseKeys = new Set<string>();
  for (const t of tokens) if (t.kind === 'word' && LOWER_INITIAL.test(t.core)) lowercaseKeys.add(t.key);
  const ctx: SpanContext = { tokens, covered, headline: seg.headline };
  const parts: NamePart[] = [...buildNameSpans(seg, lowercaseKeys).flatMap((span) => classifySpan(ctx, span)), ...findHeadlinePeople(ctx), ...findHeadlinePlaces(ctx), ...findHeadlineOrganisations(ctx)];
  const people = groupPeople(
    tokens,
    parts.filter((p) => p.type === 'person'),
    (a, b) => a.surname === b.surname && givenNamesAgree(a.given, b.given),
  );
  const absorbed: FoundNames['absorbed'] = [];
  const kept: NameGroup[] = [];
  for (const group of people) {
    const id = group.person ? lookUpPerson(group.person.surname, group.person.given) : undefined;
    if (id) absorbed.push({ id, ranges: group.ranges });
    else kept.push(group);
  }
  const orgs = mergeShortenedOrgs(tokens, covered, groupByWords(tokens, parts.filter((p) => p.type === 'organization'), 'organization'));
  for (const org of orgs) {
    for (const initials of initialsOf(tokens, org.best)) org.acronyms.add(initials);
    for (const a of org.acronyms) if (NON_ORG_ACRONYMS.has(a)) org.acronyms.delete(a);
  }
  const places = groupByWords(tokens, parts.filter((p) => p.type === 'place'), 'place');
  const groups = [...kept, ...orgs, ...places];
  addShortMentions(seg, covered, groups);
  const personKeys = new Set(registeredPersonKeys);
  for (const g of kept) for (const k of g.shortKeys) personKeys.add(k);
  return {
    groups: groups.filter((g) => g.type !== 'organization' || !isNamedAfterPerson(tokens, g, personKeys)),
    absorbed,
  };
}
