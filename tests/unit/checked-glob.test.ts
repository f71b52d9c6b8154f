import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'astro/zod';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as frontmatterModule from '../../src/lib/frontmatter.ts';
import { checkedGlob } from '../../src/content/checked-glob.ts';

interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
  digest?: string;
}

/** The parts of Astro's scoped data store the glob loader uses, logging each write. */
function fakeStore(log: string[]) {
  const entries = new Map<string, StoredEntry>();
  return {
    entries,
    store: {
      get: (id: string) => entries.get(id),
      has: (id: string) => entries.has(id),
      keys: () => [...entries.keys()],
      values: () => [...entries.values()],
      entries: () => [...entries],
      set: (entry: StoredEntry) => {
        log.push(`set ${entry.id}`);
        entries.set(entry.id, entry);
        return true;
      },
      delete: (id: string) => void entries.delete(id),
      clear: () => entries.clear(),
      addModuleImport: () => {},
      addAssetImport: () => {},
      addAssetImports: () => {},
    },
  };
}

const dirs: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'checked-glob-'));
  dirs.push(root);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, 'content/articles'), { recursive: true });
    writeFileSync(join(root, 'content/articles', name), text);
  }
  return root;
}

/** The part of the dev server's file watcher glob listens to; `fire` plays an editor saving a file. */
function fakeWatcher() {
  const listeners = new Map<string, (path: string) => Promise<void>>();
  return {
    add: () => {},
    on: (event: string, listener: (path: string) => Promise<void>) => void listeners.set(event, listener),
    fire: (event: string, path: string) => listeners.get(event)?.(path),
  };
}

async function load(root: string, store: ReturnType<typeof fakeStore>['store'], log: string[], watcher?: ReturnType<typeof fakeWatcher>) {
  const loader = checkedGlob({ pattern: '**/*.md', base: './content/articles', schema: z.object({ title: z.string() }), retainBody: false });
  const context = {
    collection: 'articles',
    store,
    meta: new Map(),
    logger: { warn: () => {}, error: () => {}, info: () => {}, debug: () => {} },
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
    parseData: ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      log.push(`parse ${id}`);
      return Promise.resolve(data);
    },
    generateDigest: (text: string) => createHash('sha1').update(text).digest('hex'),
    entryTypes: new Map([['.md', { getEntryInfo: () => Promise.reject(new Error('the checked loader reads frontmatter itself')) }]]),
    watcher,
  };
  await loader.load(context as unknown as Parameters<typeof loader.load>[0]);
}

const article = (title: string) => `---\ntitle: ${title}\n---\n\nBody.\n`;

describe('the checked content loader', () => {
  it('stores every article, and writes the store once, after reading them all', async () => {
    const root = project({ 'a.md': article('One'), 'b.md': article('Two'), 'c.md': article('Three') });
    const log: string[] = [];
    const { store, entries } = fakeStore(log);
    await load(root, store, log);
    expect([...entries.values()].map((e) => [e.id, e.data['title']]).sort()).toEqual([
      ['a', 'One'],
      ['b', 'Two'],
      ['c', 'Three'],
    ]);
    const firstSet = log.findIndex((line) => line.startsWith('set'));
    expect(log.slice(0, firstSet).every((line) => line.startsWith('parse'))).toBe(true);
    expect(log.slice(firstSet).every((line) => line.startsWith('set'))).toBe(true);
    expect(log.filter((line) => line.startsWith('set'))).toHaveLength(3);
  });

  it('reads the frontmatter again only of articles whose text changed since the last build', async () => {
    const root = project({ 'a.md': article('One'), 'b.md': article('Two') });
    const log: string[] = [];
    const { store, entries } = fakeStore(log);
    await load(root, store, log);
    writeFileSync(join(root, 'content/articles/b.md'), article('Two, corrected'));
    const spy = vi.spyOn(frontmatterModule, 'readFrontmatter');
    await load(root, store, log);
    expect(spy.mock.calls.map(([, file]) => file.split('/').at(-1))).toEqual(['b.md']);
    expect(entries.get('a')?.data['title']).toBe('One');
    expect(entries.get('b')?.data['title']).toBe('Two, corrected');
  });

  it('in the dev server, follows an edit and its undoing', async () => {
    const root = project({ 'a.md': article('One') });
    const log: string[] = [];
    const { store, entries } = fakeStore(log);
    // The store kept from the last run, as the dev server starts with it.
    await load(root, store, log);
    const watcher = fakeWatcher();
    await load(root, store, log, watcher);
    const file = join(root, 'content/articles/a.md');
    writeFileSync(file, article('One, edited'));
    await watcher.fire('change', file);
    expect(entries.get('a')?.data['title']).toBe('One, edited');
    writeFileSync(file, article('One'));
    await watcher.fire('change', file);
    expect(entries.get('a')?.data['title']).toBe('One');
  });

  it('still stops on a broken article that changed', async () => {
    const root = project({ 'a.md': article('One') });
    const log: string[] = [];
    const { store } = fakeStore(log);
    await load(root, store, log);
    writeFileSync(join(root, 'content/articles/a.md'), '---\nheadline: One\n---\n\nBody.\n');
    await expect(load(root, store, log)).rejects.toThrow(/a\.md.*title/s);
  });
});
