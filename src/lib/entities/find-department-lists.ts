/**
 * Lists of departments under one head noun: "the Departments of State, Treasury, and Commerce" and
 * "the State and Defense Departments" name three and two registered departments.
 */
import type { CompiledAlias } from './compile-alias';
import type { RawMatch } from './scan-names';
import type { TokenTrie, TrieNode } from './token-trie';
import type { Token } from './tokenize';
import type { ArticleText } from './types';

const HEADS = new Set(['departments', 'ministries']);
const SINGULAR: Readonly<Record<string, string>> = { departments: 'department', ministries: 'ministry' };

/** The longest registered alias reached by walking `tokens` from `start` below `node`. */
function walk(node: TrieNode | undefined, tokens: readonly Token[], start: number): { alias: CompiledAlias; to: number } | undefined {
  let best: { alias: CompiledAlias; to: number } | undefined;
  let k = start;
  while (node) {
    const alias = node.aliases?.find((a) => a.entity >= 0 && !a.demonym && !a.conditional);
    if (alias && k > start) best = { alias, to: k };
    const t = tokens[k];
    if (!t || t.kind === 'break' || !node.next) break;
    node = node.next.get(t.key);
    k += 1;
  }
  return best;
}

/** Index after a list separator (",", "and", ", and", "&") at `k`, or -1. */
function skipSeparator(tokens: readonly Token[], k: number): number {
  let at = k;
  if (tokens[at]?.key === ',') at += 1;
  if (tokens[at]?.key === 'and' || tokens[at]?.key === '&') at += 1;
  return at > k ? at : -1;
}

/** "Departments of A, B and C": one match per listed department, the heading joined to the first. */
function listAfterHead(trie: TokenTrie, tokens: readonly Token[], head: number): RawMatch[] {
  const singular = SINGULAR[tokens[head]?.key ?? ''] ?? '';
  const base = trie.root.next?.get(singular)?.next?.get('of');
  const found: RawMatch[] = [];
  let k = head + 2;
  for (;;) {
    const start = tokens[k]?.key === 'the' ? k + 1 : k;
    if (!tokens[start]?.upper) break;
    const hit = walk(base, tokens, k) ?? walk(base, tokens, start);
    if (!hit) break;
    found.push({ alias: hit.alias, from: found.length === 0 ? head : k, to: hit.to });
    const next = skipSeparator(tokens, hit.to);
    if (next < 0) break;
    k = next;
  }
  return found;
}

/** "the State and Defense Departments": one match per department named before the plural head. */
function listBeforeHead(trie: TokenTrie, tokens: readonly Token[], head: number): RawMatch[] {
  const singular = SINGULAR[tokens[head]?.key ?? ''] ?? '';
  const found: RawMatch[] = [];
  let end = head;
  for (;;) {
    let hit: RawMatch | undefined;
    for (let from = end - 1; from >= Math.max(0, end - 4) && !hit; from--) {
      if (tokens[from]?.kind !== 'word' || !tokens[from]?.upper) continue;
      const keys = [...tokens.slice(from, end).map((t) => t.key), singular];
      let node: TrieNode | undefined = trie.root;
      for (const key of keys) node = node?.next?.get(key);
      const alias = node?.aliases?.find((a) => a.entity >= 0);
      if (alias) hit = { alias, from, to: end };
    }
    if (!hit) break;
    found.unshift(hit);
    let k = hit.from - 1;
    if (tokens[k]?.key === 'and' || tokens[k]?.key === '&') k -= 1;
    else if (tokens[k]?.key !== ',') break;
    if (tokens[k]?.key === ',') k -= 1;
    end = k + 1;
  }
  if (found.length < 2) return [];
  const last = found[found.length - 1];
  if (last) last.to = head + 1;
  return found;
}

/** Every department named in a list under a plural head, in text order. */
export function findDepartmentLists(trie: TokenTrie, tokens: readonly Token[]): RawMatch[] {
  const found: RawMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !t.upper || !HEADS.has(t.key)) continue;
    if (tokens[i + 1]?.key === 'of') found.push(...listAfterHead(trie, tokens, i));
    else found.push(...listBeforeHead(trie, tokens, i));
  }
  return found;
}

const LIST_HEADS = /Departments|Ministries/;

/** Scanner matches with the departments of lists ("the Departments of State and Defense") in place of what they overlap. */
export function withDepartmentLists(scanned: RawMatch[], trie: TokenTrie, tokens: readonly Token[], article: ArticleText): RawMatch[] {
  // Most articles list no departments: a plain text search spares them the token walk.
  if (![article.title, article.summary ?? '', article.body].some((text) => LIST_HEADS.test(text))) return scanned;
  const listed = findDepartmentLists(trie, tokens);
  if (listed.length === 0) return scanned;
  const overlaps = (m: RawMatch) => listed.some((l) => m.from < l.to && l.from < m.to);
  return [...scanned.filter((m) => !overlaps(m)), ...listed].sort((a, b) => a.from - b.from);
}
