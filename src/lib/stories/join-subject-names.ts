/**
 * How a story's one or two subjects are joined in its name: "Turkey and Syria", but two places the
 * headlines write as a town and its state ("the Shooting in Lewiston, Maine") as one place,
 * "Lewiston, Maine". Headline style also writes "Israel, Hamas agree …" for "and": only two places
 * written so in most headlines are a town and its region.
 */
export function joinSubjectNames(names: readonly string[], headlines: readonly string[], isPlace: (name: string) => boolean): string {
  const [a, b] = names;
  if (names.length !== 2 || a === undefined || b === undefined) return names.join(' and ');
  if (!isPlace(a) || !isPlace(b)) return `${a} and ${b}`;
  for (const [town, region] of [
    [a, b],
    [b, a],
  ] as const) {
    const written = headlines.filter((headline) => headline.includes(`${town}, ${region}`)).length;
    if (written * 2 > headlines.length) return `${town}, ${region}`;
  }
  return `${a} and ${b}`;
}
