/** A share button placed before the status line; only made where the browser can do what it offers. */
function addButton(box: HTMLElement, label: string, status: HTMLElement | null): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'btn';
  button.textContent = label;
  box.insertBefore(button, status);
  return button;
}

/** Adds the copy and native-share buttons where the browser supports them, and wires them up. */
export function initShareLinks(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-share]')) {
    // The page's head already names its canonical address and headline; the box need not repeat them.
    const url = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
    const title = document.querySelector<HTMLMetaElement>('meta[property="og:title"]')?.content ?? document.title;
    const status = box.querySelector<HTMLElement>('[data-share-status]');
    if (navigator.clipboard) {
      // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the handler catches its own failure
      addButton(box, 'Copy link', status).addEventListener('click', async () => {
        try {
          await navigator.clipboard.writeText(url);
          if (status) status.textContent = 'Link copied.';
        } catch {
          if (status) status.textContent = `Copy this link: ${url}`;
        }
      });
    }
    if (typeof navigator.share === 'function') {
      addButton(box, 'Share…', status).addEventListener('click', () => {
        navigator.share({ title, url }).catch(() => {
          // The reader closed the share sheet; nothing to report.
        });
      });
    }
  }
}
