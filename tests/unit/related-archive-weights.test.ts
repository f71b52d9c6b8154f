import { describe, expect, it } from 'vitest';
import { computeRelated } from '../../src/lib/related/index.ts';
import { findHeadlineTemplates, isSpeakerIn } from '../../src/lib/text/headline-templates.ts';
import { EVERY_LINK, filler, makeArchive, unrelatedArticles } from '../fixtures/related/make-article.ts';

const linkFrom = (related: ReturnType<typeof computeRelated>, from: string, to: string) => related.get(from)?.find((l) => l.id === to);

describe('what an archive says weighs what it is worth', () => {
  it('links nothing through an entity named on nearly every page', () => {
    const archive = makeArchive(
      Array.from({ length: 12 }, (_, k) => ({
        id: `a${k}`,
        title: filler(k, 4),
        body: filler(100 + k),
        published: `2024-03-${String(k + 1).padStart(2, '0')}T00:00:00Z`,
        entities: ['united-states*'],
      })),
    );
    const related = computeRelated(archive, { ...EVERY_LINK, timeZone: 'UTC' });
    expect([...related.values()].flat()).toEqual([]);
  });
});

describe('recurring headline templates', () => {
  const spokesperson = ['the floods in Libya', 'the earthquake in Morocco', 'the election in Nigeria', 'the wildfires in Canada', 'the summit in Bali'].map(
    (subject) => `Statement from NSC Spokesperson Adrienne Watson on ${subject}`,
  );
  const calls = Array.from({ length: 5 }, () => "Readout of President Biden's Call with Prime Minister Netanyahu of Israel");
  const templates = findHeadlineTemplates([...spokesperson, ...calls, 'Storm closes schools across the coast']);

  it('takes the speaker and the format as template, up to the joining word', () => {
    expect([...(templates[0] ?? [])]).toEqual(['statement', 'from', 'nsc', 'spokesperson', 'adrienne', 'watson', 'on']);
  });

  it('keeps a recurring subject after the joining word: the Netanyahu calls still share Netanyahu', () => {
    expect([...(templates[5] ?? [])]).toEqual(['readout', 'of', 'president', 'biden', 'call', 'with']);
  });

  it('finds no template in a one-off headline', () => {
    expect(templates[10]?.size).toBe(0);
  });

  it.each([
    { name: 'the spokesperson before "on" is the speaker', template: 0, words: ['adrienne', 'watson'], speaker: true },
    { name: 'the subject after the joining word is not', template: 5, words: ['benjamin', 'netanyahu'], speaker: false },
  ])('$name', ({ template, words, speaker }) => {
    expect(isSpeakerIn(templates[template], words)).toBe(speaker);
  });

  it('names in a headline that recurs whole are its subject, not a speaker', () => {
    const whole = findHeadlineTemplates(Array.from({ length: 6 }, () => 'Gaza ceasefire talks resume in Doha'));
    expect(isSpeakerIn(whole[0], ['gaza'])).toBe(false);
  });

  it('does not link two statements by the same spokesperson on unrelated news', () => {
    const archive = [
      ...makeArchive(
        spokesperson.map((title, k) => ({
          id: `s${k}`,
          title,
          body: filler(200 + k),
          published: `2024-05-0${k + 1}T00:00:00Z`,
          entities: ['adrienne-watson*'],
        })),
      ),
      ...unrelatedArticles(20),
    ];
    const related = computeRelated(archive, { timeZone: 'UTC', entityNames: { 'adrienne-watson': 'Adrienne Watson' } });
    expect(related.get('s4')).toEqual([]);
  });

  it('does not count a shared given name as a shared subject ("Mitch" McConnell and "Mitch" Landrieu)', () => {
    const archive = [
      ...makeArchive([
        { id: 'mcconnell', title: 'Statement on Mitch McConnell', body: filler(300), published: '2024-02-01T00:00:00Z', entities: ['mitch-mcconnell*'] },
        { id: 'landrieu', title: 'Statement on Mitch Landrieu', body: filler(301), published: '2024-02-02T00:00:00Z', entities: ['mitch-landrieu*'] },
      ]),
      ...unrelatedArticles(10),
    ];
    const names = { 'mitch-mcconnell': 'Mitch McConnell', 'mitch-landrieu': 'Mitch Landrieu' };
    const related = computeRelated(archive, { ...EVERY_LINK, timeZone: 'UTC', entityNames: names });
    expect(linkFrom(related, 'landrieu', 'mcconnell')?.sharedTerms).not.toContain('mitch');
    expect(computeRelated(archive, { timeZone: 'UTC', entityNames: names }).get('landrieu')).toEqual([]);
  });
});

describe('fewer links rather than weak ones', () => {
  it('shows no link when the best candidate shares only a word or two', () => {
    const archive = [
      ...makeArchive([
        { id: 'subject', title: 'Bridge reopens after repairs', body: `Engineers reopened the bridge. ${filler(400, 40)}`, published: '2024-04-02T00:00:00Z' },
        { id: 'weak', title: 'Award for young architects', body: `Engineers were among the guests. ${filler(401, 40)}`, published: '2024-04-01T00:00:00Z' },
      ]),
      ...unrelatedArticles(10),
    ];
    expect(computeRelated(archive, { timeZone: 'UTC' }).get('subject')).toEqual([]);
    expect(
      computeRelated(archive, { ...EVERY_LINK, timeZone: 'UTC' })
        .get('subject')
        ?.map((l) => l.id),
    ).toEqual(['weak']);
  });

  it('still shows the next step of the same story', () => {
    const body =
      'North Korea fired a ballistic missile into the sea off its east coast on Tuesday, the military said. The missile flew about 1,000 kilometres before it fell outside Japan’s exclusive economic zone.';
    const reaction =
      'Seoul, Tokyo and Washington condemned the ballistic missile launch by North Korea and called it a threat to peace. Japan said the missile fell into the sea outside its economic zone after flying about 1,000 kilometres.';
    const archive = [
      ...makeArchive([
        {
          id: 'launch',
          title: 'North Korea fires ballistic missile into the sea',
          body,
          published: '2024-03-01T01:00:00Z',
          entities: ['north-korea*', 'japan'],
        },
        {
          id: 'condemned',
          title: 'Allies condemn North Korean ballistic missile launch',
          body: reaction,
          published: '2024-03-02T01:00:00Z',
          entities: ['north-korea*', 'japan'],
        },
      ]),
      ...unrelatedArticles(10),
    ];
    expect(
      computeRelated(archive, { timeZone: 'UTC' })
        .get('condemned')
        ?.map((l) => l.id),
    ).toEqual(['launch']);
  });
});
