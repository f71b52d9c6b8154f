/** Parses and validates one `content/entities/<id>.md` file into an Entity. */
import { parse as parseYaml } from 'yaml';
import type { Entity, EntityType } from '../types';
import { slugify } from '../slugify';

const TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'topic', 'event'];
const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const QID = /^Q[1-9]\d*$/;

/** A problem in an entity file, naming the file and the field. */
export class EntityFileError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    problem: string,
  ) {
    super(`${file}: field "${field}" ${problem}`);
    this.name = 'EntityFileError';
  }
}

/** Splits a Markdown file into its YAML frontmatter text and body. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string } | undefined {
  const match = FRONTMATTER.exec(source);
  if (!match) return undefined;
  return { frontmatter: match[1] ?? '', body: source.slice(match[0].length) };
}

/** Validates entity frontmatter data (already parsed) and builds the Entity. */
export function toEntity(id: string, data: unknown, body: string, file: string): Entity {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new EntityFileError(file, 'frontmatter', 'must be a YAML mapping');
  }
  const fields = data as Record<string, unknown>;
  const { name, type, aliases, wikidata } = fields;
  if (typeof name !== 'string' || name.trim() === '') throw new EntityFileError(file, 'name', 'is required and must be a non-empty string');
  if (type !== undefined && (typeof type !== 'string' || !TYPES.includes(type as EntityType))) {
    throw new EntityFileError(file, 'type', `must be one of ${TYPES.join(', ')} (got ${JSON.stringify(type)})`);
  }
  if (aliases !== undefined && (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string' || a.trim() === ''))) {
    throw new EntityFileError(file, 'aliases', 'must be a list of non-empty strings');
  }
  if (wikidata !== undefined && wikidata !== null && (typeof wikidata !== 'string' || !QID.test(wikidata))) {
    throw new EntityFileError(file, 'wikidata', `must be a Wikidata id like Q423 (got ${JSON.stringify(wikidata)})`);
  }
  if (slugify(id) !== id) throw new EntityFileError(file, 'id', `file name must be a lowercase kebab-case slug (try "${slugify(id)}")`);
  const description = body.trim();
  return {
    id,
    name: name.trim(),
    type: (type as EntityType | undefined) ?? 'topic',
    aliases: ((aliases as string[] | undefined) ?? []).map((a) => a.trim()),
    wikidata: typeof wikidata === 'string' ? wikidata : undefined,
    description: description === '' ? undefined : description,
  };
}

/** Parses the text of `content/entities/<id>.md`; throws EntityFileError naming the file and field. */
export function parseEntityFile(source: string, file: string): Entity {
  const base = file.split(/[\\/]/).pop() ?? file;
  const id = base.replace(/\.md$/, '');
  const parts = splitFrontmatter(source);
  if (!parts) throw new EntityFileError(file, 'frontmatter', 'is missing (the file must start with ---)');
  let data: unknown;
  try {
    data = parseYaml(parts.frontmatter);
  } catch (error) {
    throw new EntityFileError(file, 'frontmatter', `is not valid YAML: ${(error as Error).message}`);
  }
  return toEntity(id, data ?? {}, parts.body, file);
}
