import { describe, expect, it } from 'vitest';
import { analyseEntities, buildRegistry } from '../../src/lib/entities/index';
import { isInnerCapitalBrand } from '../../src/lib/entities/brand-names.ts';
import { tokeniseWithOffsets } from '../../src/lib/entities/tokenise.ts';

const registry = buildRegistry({ files: [] });

/** Unregistered names of one article, as "name (type)". */
function names(body: string, title = 'Briefing'): string[] {
  return analyseEntities({ title, body }, registry).unregistered.map((c) => `${c.name} (${c.type})`);
}

describe('a one-word brand written with a capital inside', () => {
  it.each([
    ['a company named alone', 'KelvaTech shipped its first ferries on Monday. KelvaTech said more would follow.', 'KelvaTech (organization)'],
    ['a company in the headline', 'The booster landed on its tower.', 'HarbourX (organization)', 'HarbourX lands its booster'],
  ])('finds %s', (_, body, expected, title = 'Briefing') => {
    expect(names(body, title)).toContain(expected);
  });

  it.each([
    ['a surname with a prefix', 'The report by MacArdle was clear, and MacArdle signed it.', 'MacArdle (organization)'],
    ['an abbreviation', 'She holds a PhD in ferry design and a PhD in law.', 'PhD (organization)'],
    ['a hashtag', 'Share it with #KeepFerriesRunning today, #KeepFerriesRunning again.', 'KeepFerriesRunning (organization)'],
    ['a web address', 'Apply at FerryHelp.gov today, or visit FerryHelp.gov later.', 'FerryHelp (organization)'],
    ['a given name paired with another', 'I spoke with KayLynn and Rodney Vell. KayLynn and Rodney Vell thanked me.', 'KayLynn (organization)'],
  ])('takes no body from %s', (_, body, wrong) => {
    expect(names(body)).not.toContain(wrong);
  });
});

describe('a word with a capital inside that is a person’s or a place’s', () => {
  it.each([
    ['a given name the lexicon knows', 'MaryAnn Vell spoke. MaryAnn said yes.', 'MaryAnn (organization)'],
    ['a town before its region', 'The games were held in PyeongHarbour, South Korea, and in PyeongHarbour again.', 'PyeongHarbour (organization)'],
  ])('takes no body from %s', (_, body, wrong) => {
    expect(names(body)).not.toContain(wrong);
  });
});

describe('a surname written beside a given name elsewhere in the article', () => {
  it('is no brand where it stands alone', () => {
    expect(isInnerCapitalBrand(tokeniseWithOffsets('VerHagen voted no. Rep. Scott VerHagen of Nordland had said so.'), 0)).toBe(false);
    expect(isInnerCapitalBrand(tokeniseWithOffsets('KelvaTech voted no. Its chief had said so.'), 0)).toBe(true);
  });
});
