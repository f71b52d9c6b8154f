/** schema.org WebSite for the home page, with the search page as its SearchAction (the sitelinks search box). */
export function buildWebSiteJsonLd(input: { name: string; homeUrl: string; searchUrl: string }): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: input.name,
    url: input.homeUrl,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${input.searchUrl}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}
