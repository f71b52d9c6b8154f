const PREFIX = 'reaction:';

/** Wires reaction buttons: one choice per article, kept in localStorage, pressed again to clear. */
export function initReactions(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-reactions]')) {
    const key = PREFIX + (box.dataset['reactions'] ?? '');
    const buttons = [...box.querySelectorAll<HTMLButtonElement>('[data-reaction]')];
    const status = box.querySelector<HTMLElement>('[data-reaction-status]');
    const read = (): string | null => {
      try {
        return localStorage.getItem(key);
      } catch {
        return null;
      }
    };
    const show = (chosen: string | null, announce: boolean) => {
      for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset['reaction'] === chosen));
      if (status && announce) {
        const label = buttons.find((b) => b.dataset['reaction'] === chosen)?.textContent?.trim();
        status.textContent = label ? `You reacted: ${label}. Saved on this device only.` : 'Reaction cleared.';
      }
    };
    box.hidden = false;
    show(read(), false);
    for (const button of buttons) {
      button.addEventListener('click', () => {
        const choice = read() === button.dataset['reaction'] ? null : (button.dataset['reaction'] ?? null);
        try {
          if (choice) localStorage.setItem(key, choice);
          else localStorage.removeItem(key);
        } catch {
          // Storage refused (private mode): the choice shows for this visit only.
        }
        show(choice, true);
      });
    }
  }
}
