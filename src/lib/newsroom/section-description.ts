/** What a section's pages and its feed say the section is. */

/** "The latest politics stories from Dateline.": the description of a section's pages and its RSS feed. */
export function describeSection(sectionName: string, siteName: string): string {
  return `The latest ${sectionName.toLowerCase()} stories from ${siteName}.`;
}
