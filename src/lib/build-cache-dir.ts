/**
 * The folder one build variant keeps its caches in (Astro's content store, its incremental-build
 * manifest and page copies, share cards): `.cache/astro/<BUILD_VARIANT>/`, `default` when unset.
 * Variants differ in site, base path or output folder, and any of those makes Astro clear its
 * store, so two variants sharing one folder would clear each other's on every run.
 */
export function buildCacheDir(env: Record<string, string | undefined>): string {
  const variant = env['BUILD_VARIANT'] || 'default';
  if (!/^[a-z0-9][a-z0-9-]*$/.test(variant)) throw new Error(`BUILD_VARIANT "${variant}" must be a lowercase folder name such as news or pages`);
  return `./.cache/astro/${variant}/`;
}
