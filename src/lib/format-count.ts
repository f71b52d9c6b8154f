/**
 * The nouns the site and its tools count, singular and plural: articles (one page each), stories
 * (threads of articles, or articles where the copy calls them stories), and what `npm run check`,
 * the link check and the build report (files, entity files, errors, warnings, drafts, problems) and
 * `npm run entities` (mentions), and the events a story's articles recall.
 */
const NOUNS = {
  article: ['article', 'articles'],
  story: ['story', 'stories'],
  file: ['file', 'files'],
  entityFile: ['entity file', 'entity files'],
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  draft: ['draft', 'drafts'],
  problem: ['problem', 'problems'],
  mention: ['mention', 'mentions'],
  event: ['event', 'events'],
} as const;

/** What a count counts. */
export type CountedNoun = keyof typeof NOUNS;

const rules = new Map<string, { plural: Intl.PluralRules; number: Intl.NumberFormat }>();

/** The one way a count reads on the site and in the tools: "1 article", "9 articles", "1,621 articles", "1 story", with `qualifier` "2 earlier stories". */
export function formatCount(count: number, noun: CountedNoun, locale = 'en-GB', qualifier?: string): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = { plural: new Intl.PluralRules(locale), number: new Intl.NumberFormat(locale) }));
  const [one, many] = NOUNS[noun];
  return [rule.number.format(count), qualifier, rule.plural.select(count) === 'one' ? one : many].filter(Boolean).join(' ');
}
