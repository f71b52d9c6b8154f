/** A trie over token keys: finds every registered name starting at a token in one walk. */
import type { CompiledAlias } from './compile-alias';

/** One node: the aliases that end here and the next token keys. */
export interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  aliases: CompiledAlias[] | undefined;
}

/** A token trie; build it once per registry and share it across articles. */
export class TokenTrie {
  readonly root: TrieNode = { next: new Map(), aliases: undefined };
  size = 0;

  /** Adds an alias under its token keys. */
  add(alias: CompiledAlias): void {
    let node = this.root;
    for (const key of alias.keys) {
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) {
        child = { next: undefined, aliases: undefined };
        node.next.set(key, child);
      }
      node = child;
    }
    node.aliases ??= [];
    const same = node.aliases.find(
      (a) => a.entity === alias.entity && a.caseMode === alias.caseMode && a.conditional === alias.conditional && a.demonym === alias.demonym && a.rule === alias.rule && a.home === alias.home,
    );
    if (same && same.pattern.join() === alias.pattern.join()) return;
    node.aliases.push(alias);
    this.size += 1;
  }
}
