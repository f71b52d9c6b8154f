import { formatCount } from '../lib/format-count.ts';

/** Narrows the timeline to one section and/or entity in place; without JavaScript the full list stays. */
export function initTimelineFilters(): void {
  const box = document.querySelector<HTMLElement>('[data-timeline-filters]');
  if (!box) return;
  const section = box.querySelector<HTMLSelectElement>('select[name="section"]')!;
  const entity = box.querySelector<HTMLSelectElement>('select[name="entity"]')!;
  const count = box.querySelector<HTMLElement>('[data-timeline-count]')!;
  const entries = [...document.querySelectorAll<HTMLElement>('[data-entry]')];
  const days = [...document.querySelectorAll<HTMLElement>('[data-day]')];
  box.hidden = false;
  const apply = () => {
    let shown = 0;
    for (const entry of entries) {
      const match =
        (!section.value || entry.dataset['section'] === section.value) &&
        (!entity.value || (entry.dataset['entities'] ?? '').split(' ').includes(entity.value));
      entry.hidden = !match;
      if (match) shown += 1;
    }
    for (const day of days) day.hidden = !day.querySelector('[data-entry]:not([hidden])');
    count.textContent =
      section.value || entity.value ? `${shown} of ${formatCount(entries.length, 'article', document.documentElement.lang || undefined)} shown` : '';
  };
  section.addEventListener('change', apply);
  entity.addEventListener('change', apply);
}
