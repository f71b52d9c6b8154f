const PREFIX = 'reaction:';
const REACTIONS = [
  { id: 'great', label: 'Great' },
  { id: 'sad', label: 'Sad' },
  { id: 'angry', label: 'Angry' },
  { id: 'recommend', label: 'Recommend' },
];

/** Adds the reaction buttons and a status line to a box. */
function addControls(box: HTMLElement): { buttons: HTMLButtonElement[]; status: HTMLElement } {
  const group = document.createElement('div');
  group.className = 'mt-3 flex flex-wrap gap-2';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', 'Your reaction');
  const buttons = REACTIONS.map(({ id, label }) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'reaction';
    button.dataset['reaction'] = id;
    button.setAttribute('aria-pressed', 'false');
    button.textContent = label;
    return button;
  });
  group.append(...buttons);
  const status = document.createElement('p');
  status.className = 'mt-2 text-xs text-muted';
  status.setAttribute('aria-live', 'polite');
  box.append(group, status);
  return { buttons, status };
}

/** Adds and wires reaction buttons: one choice per article, kept in localStorage, pressed again to clear. */
export function initReactions(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-reactions]')) {
    const key = PREFIX + (box.dataset['reactions'] ?? '');
    const { buttons, status } = addControls(box);
    const read = (): string | null => {
      try {
        return localStorage.getItem(key);
      } catch {
        return null;
      }
    };
    const show = (chosen: string | null, announce: boolean) => {
      for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset['reaction'] === chosen));
      if (announce) {
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
