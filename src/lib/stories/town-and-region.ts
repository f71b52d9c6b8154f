/**
 * Two places a story's headlines write as a town and its region ("the Shooting in Lewiston,
 * Maine") name it that way, "Lewiston, Maine", not "Lewiston and Maine": one place, not two.
 */
export function joinSubjectNames(names: readonly string[], headlines: readonly string[]): string {
  const [a, b] = names;
  if (names.length !== 2 || a === undefined || b === undefined) return names.join(' and ');
  for (const [town, region] of [
    [a, b],
    [b, a],
  ] as const) {
    const written = headlines.filter((headline) => headline.includes(`${town}, ${region}`)).length;
    if (written * 2 > headlines.length) return `${town}, ${region}`;
  }
  return `${a} and ${b}`;
}
