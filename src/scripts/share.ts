/** Shows the copy and native-share buttons where the browser supports them, and wires them up. */
export function initShareLinks(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-share]')) {
    const url = box.dataset['url'] ?? location.href;
    const title = box.dataset['title'] ?? document.title;
    const status = box.querySelector<HTMLElement>('[data-share-status]');
    const copy = box.querySelector<HTMLButtonElement>('[data-share-copy]');
    const native = box.querySelector<HTMLButtonElement>('[data-share-native]');
    if (copy && navigator.clipboard) {
      copy.hidden = false;
      copy.addEventListener('click', async () => {
        try {
          await navigator.clipboard.writeText(url);
          if (status) status.textContent = 'Link copied.';
        } catch {
          if (status) status.textContent = `Copy this link: ${url}`;
        }
      });
    }
    if (native && typeof navigator.share === 'function') {
      native.hidden = false;
      native.addEventListener('click', () => {
        navigator.share({ title, url }).catch(() => {
          // The reader closed the share sheet; nothing to report.
        });
      });
    }
  }
}
