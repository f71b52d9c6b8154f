const KEY = 'theme';

function current(): 'light' | 'dark' {
  const chosen = document.documentElement.dataset['theme'];
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Wires the theme button: shows it, reflects the theme, and remembers the reader's choice. */
export function initThemeToggle(): void {
  const button = document.getElementById('theme-toggle');
  if (!button) return;
  const show = () => button.setAttribute('aria-pressed', String(current() === 'dark'));
  button.hidden = false;
  show();
  button.addEventListener('click', () => {
    const next = current() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset['theme'] = next;
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Private modes may refuse storage; the switch still works for this page.
    }
    show();
  });
}
