import { describe, expect, it } from 'vitest';
import { entityRarity, isBackground } from '../../src/lib/stories/document-frequency.ts';

describe('background entities', () => {
  it.each([
    { name: 'an entity on 87% of a large archive (United States in a White House archive)', documents: 1684, frequency: 1465, background: true },
    { name: 'an entity on a fifth of a large archive', documents: 1684, frequency: 337, background: true },
    { name: 'a country at war on 15% of the archive', documents: 1684, frequency: 247, background: false },
    { name: 'the main subject of a small archive (16 of 63 articles)', documents: 63, frequency: 16, background: false },
  ])('$name: background $background', ({ documents, frequency, background }) => {
    expect(isBackground(documents, frequency)).toBe(background);
    expect(entityRarity(documents, frequency) === 0).toBe(background);
  });
});
