import { afterEach, describe, expect, it } from 'vitest';
import { presentOpened, rememberFocus, restoreFocus } from './focus-return';

const page = (panelButton: boolean) => {
  document.body.innerHTML = `<header><button data-action="present">Present</button></header>
    <section data-panel="timeline">${panelButton ? '<button data-action="present">Present this</button>' : ''}</section>`;
};
const panelButton = () =>
  document.querySelector<HTMLElement>('[data-panel="timeline"] [data-action="present"]');

describe('focus after present mode', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('goes back to the panel button that opened the show, once its panel is back', async () => {
    page(true);
    panelButton()?.focus();
    rememberFocus();
    presentOpened();
    page(false); // the dashboard is back, its timeline panel still loading
    restoreFocus();
    expect(document.activeElement?.textContent).toBe('Present');
    const button = document.createElement('button');
    button.dataset.action = 'present';
    button.textContent = 'Present this';
    document.querySelector('[data-panel="timeline"]')?.replaceChildren(button);
    await new Promise((r) => setTimeout(r, 0));
    expect(document.activeElement).toBe(button);
  });

  it('goes to the Present button after a show that a link opened, and nowhere on a first load', () => {
    page(true);
    restoreFocus();
    expect(document.activeElement).toBe(document.body);
    presentOpened();
    restoreFocus();
    expect(document.activeElement?.textContent).toBe('Present');
  });
});
