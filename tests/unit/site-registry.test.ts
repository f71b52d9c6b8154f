import { describe, expect, it } from 'vitest';
import { loadSiteRegistry } from '../../src/content/registry.ts';

describe('loadSiteRegistry', () => {
  it('compiles the registry once and hands the Markdown pipeline and the newsroom the same one', () => {
    const first = loadSiteRegistry();
    expect(loadSiteRegistry()).toBe(first);
    expect(first.entities.get('antony-blinken')).toMatchObject({ name: 'Antony Blinken', type: 'person' });
  });
});
