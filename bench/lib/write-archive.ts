import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFrontmatter } from '../../src/lib/frontmatter.ts';
import { formatIsoInZone } from '../../src/lib/time/parse-date-time.ts';
import type { ArticleRecord } from '../../src/lib/types.ts';
import { formatEntityFile, type SyntheticEntity } from './synthetic-entities.ts';

/** How `writeArchive` writes files. */
export interface WriteArchiveOptions {
  /** Time zone `published` is written in (IANA name or a fixed `UTC+9`). Default `UTC+9` (+09:00, Seoul's offset). */
  timeZone?: string;
  /** Files written at once; bounded so 50,000 articles do not open 50,000 files together. Default 64. */
  concurrency?: number;
}

// Seoul's offset, fixed: the archive's dates read the same whatever the zone's history.
const ARCHIVE_ZONE = 'UTC+9';

/** The Markdown file (YAML frontmatter per the content contract, then the body) for one article. */
export function formatArticleFile(record: ArticleRecord, timeZone = ARCHIVE_ZONE): string {
  const data: Record<string, unknown> = {
    title: record.title,
    summary: record.summary,
    published: formatIsoInZone(record.published, timeZone),
    section: record.section,
    tags: record.tags,
  };
  if (record.updated) data['updated'] = formatIsoInZone(record.updated, timeZone);
  if (record.entities.length > 0) data['entities'] = record.entities;
  if (record.story) data['story'] = record.story;
  if (record.featured) data['featured'] = true;
  if (record.draft) data['draft'] = true;
  return writeFrontmatter(data, record.body);
}

/** Writes `files` (path under `dir` → text) a bounded number at a time, folders first. */
async function writeFiles(dir: string, files: ReadonlyArray<readonly [string, string]>, concurrency: number): Promise<string[]> {
  const paths = files.map(([path]) => join(dir, path));
  await Promise.all([...new Set(paths.map((path) => dirname(path)))].map((folder) => mkdir(folder, { recursive: true })));
  for (let at = 0; at < files.length; at += concurrency) {
    await Promise.all(files.slice(at, at + concurrency).map(([, text], k) => writeFile(paths[at + k] ?? '', text)));
  }
  return paths;
}

/**
 * Writes each record to `<dir>/<id>.md` — with generated ids that is `<dir>/<yyyy>/<mm>/<slug>.md`
 * — ready to be used as a `content/articles/` folder. Returns the paths written.
 */
export async function writeArchive(records: readonly ArticleRecord[], dir: string, options: WriteArchiveOptions = {}): Promise<string[]> {
  const { timeZone = ARCHIVE_ZONE, concurrency = 64 } = options;
  return writeFiles(
    dir,
    records.map((record) => [`${record.id}.md`, formatArticleFile(record, timeZone)] as const),
    concurrency,
  );
}

/** Writes `content/entities/<id>.md` for the entities editors registered by file. Returns the paths written. */
export async function writeEntityFiles(entities: readonly SyntheticEntity[], dir: string): Promise<string[]> {
  const registered = entities.filter((e) => e.registered === 'file');
  return writeFiles(
    dir,
    registered.map((e) => [`${e.id}.md`, formatEntityFile(e)] as const),
    64,
  );
}

/**
 * The same articles for Hugo: the same title, date and body, with the ids of the entities each
 * article names as its tags, so Hugo's related content works from what Dateline's detector finds.
 */
export async function writeHugoArchive(records: readonly ArticleRecord[], dir: string): Promise<string[]> {
  const file = (record: ArticleRecord): string => {
    const data = {
      title: record.title,
      published: formatIsoInZone(record.published, ARCHIVE_ZONE),
      tags: record.mentions.map((m) => m.id),
      draft: record.draft,
    };
    return writeFrontmatter(data, record.body);
  };
  return writeFiles(
    dir,
    records.map((record) => [`${record.id}.md`, file(record)] as const),
    64,
  );
}
