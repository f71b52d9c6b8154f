import type { HotFragment } from '../lib/hot/hot-fragment.ts';

/** Items shown beside an article: the box is sized for this many. */
const SHOWN = 7;

/** Fills each article page's "Hot news now" box from the list the build wrote; on any failure the link to the home page stays. */
export function initHotNews(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-hot-src]')) void fill(box);
}

async function fill(box: HTMLElement): Promise<void> {
  let fragment: HotFragment;
  try {
    const response = await fetch(box.dataset['hotSrc'] ?? '');
    if (!response.ok) return;
    fragment = (await response.json()) as HotFragment;
  } catch {
    return;
  }
  const pattern = box.querySelector<HTMLTemplateElement>('template[data-hot-item]')?.content.firstElementChild;
  const body = box.querySelector<HTMLElement>('[data-hot-body]');
  const asOf = box.querySelector<HTMLElement>('[data-hot-as-of]');
  const items = fragment.items.filter((item) => item.id !== box.dataset['hotExcept']).slice(0, SHOWN);
  if (!pattern || !body || items.length === 0) return;
  const list = document.createElement('ol');
  list.className = 'space-y-3';
  items.forEach((item, index) => {
    const line = pattern.cloneNode(true) as HTMLElement;
    line.dataset['hot'] = item.basis;
    const rank = line.querySelector('[data-hot-rank]');
    const link = line.querySelector('a');
    const meta = line.querySelector('[data-hot-meta]');
    if (rank) rank.textContent = String(index + 1);
    if (link) {
      link.href = item.url;
      link.textContent = item.title;
    }
    if (meta) meta.textContent = `${item.section} · ${item.label}`;
    list.append(line);
  });
  body.replaceChildren(list);
  const time = asOf?.querySelector('time');
  if (asOf && time) {
    time.dateTime = fragment.asOf.datetime;
    time.textContent = fragment.asOf.text;
    asOf.classList.remove('invisible');
  }
}
