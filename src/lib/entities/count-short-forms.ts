/** Counts the short forms of names found in an article: surnames, acronyms and repeats of the full form. */
import type { NameGroup } from './group-names';
import { isMonth } from './name-lexicon';
import { MONTH_CUES } from './name-words';
import type { SegmentedArticle } from './segment-article';
import type { Token } from './tokenize';

/** True when a month-like surname ("May") is used as a date here ("in May", "May 5"). */
function isDateUse(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !isMonth(t.key)) return false;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  return (next?.kind === 'word' && /^\d/.test(next.core)) || (prev?.kind === 'word' && MONTH_CUES.has(prev.key));
}

/** Counts repeats of a group's full form that were not recognised on their own ("Georgian Dream has denied…"). */
function addRepeats(seg: SegmentedArticle, groups: NameGroup[], used: Uint8Array): void {
  const { tokens } = seg;
  const byFirst = new Map<string, { keys: string[]; group: NameGroup }[]>();
  for (const g of groups) {
    const keys = tokens.slice(g.best[0], g.best[1]).filter((t) => t.kind === 'word').map((t) => t.key);
    if (keys.length < 2 || !keys[0]) continue;
    byFirst.set(keys[0], [...(byFirst.get(keys[0]) ?? []), { keys, group: g }]);
  }
  if (byFirst.size === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'word' || !t.upper || used[i] === 1) continue;
    for (const { keys, group } of byFirst.get(t.key) ?? []) {
      let k = i;
      let matched = 0;
      while (k < tokens.length && matched < keys.length) {
        const w = tokens[k];
        if (!w || w.kind === 'break') break;
        if (w.kind === 'word') {
          if (w.key !== keys[matched] || used[k] === 1) break;
          matched += 1;
        }
        k += 1;
      }
      if (matched === keys.length) {
        group.ranges.push([i, k]);
        used.fill(1, i, k);
        break;
      }
    }
  }
}

/** Counts standalone surnames and acronyms as mentions of the group they belong to. */
export function addShortMentions(seg: SegmentedArticle, covered: Int32Array, groups: NameGroup[]): void {
  const byKey = new Map<string, NameGroup>();
  const byAcronym = new Map<string, NameGroup>();
  for (const g of groups) {
    for (const k of g.shortKeys) if (!byKey.has(k)) byKey.set(k, g);
    for (const a of g.acronyms) byAcronym.set(a, g);
  }
  const used = new Uint8Array(seg.tokens.length);
  for (const g of groups) for (const [from, to] of g.ranges) used.fill(1, from, to);
  addRepeats(seg, groups, used);
  if (byKey.size === 0 && byAcronym.size === 0) return;
  seg.tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !t.upper || used[i] === 1 || covered[i] !== -1) return;
    const acronymGroup = t.allCaps ? byAcronym.get(t.core) : undefined;
    // "Korean Central News Agency (KCNA)": the acronym in brackets is the same mention.
    if (acronymGroup && seg.tokens[i - 1]?.key === '(' && acronymGroup.ranges.some(([, to]) => to === i - 1)) return;
    const group = acronymGroup ?? byKey.get(t.key);
    if (!group || (group.type === 'person' && isDateUse(seg.tokens, i))) return;
    // A short form inside a longer capitalised name is part of that name ("Nobel Prize", "Biden Administration").
    const next = seg.tokens[i + 1];
    if (seg.headline[i] !== 1 && !t.possessive && next?.kind === 'word' && next.upper) return;
    group.ranges.push([i, i + 1]);
  });
}

