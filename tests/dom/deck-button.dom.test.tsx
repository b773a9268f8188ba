import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_VIEW } from '../../src/filters/filters';
import { replaceView } from '../../src/filters/store';
import { DeckButton } from '../../src/modes/deck/deck-button';

// The deck's builder fails as a browser's would, with an English message of its own.
const failure = new TypeError("Cannot read properties of undefined (reading 'addSlide')");
vi.mock('../../src/modes/deck/deck-pptx', () => ({
  buildDeck: vi.fn(async () => {
    throw failure;
  }),
}));

function renderButton() {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <DeckButton />
    </QueryClientProvider>,
  );
}

describe('the deck button when the slides cannot be built (DOM)', () => {
  let consoleError: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    consoleError.mockRestore();
    replaceView(DEFAULT_VIEW);
  });

  it.each([
    ['zh', '下载演示文稿 (PPTX)', /[A-Za-z]/],
    ['en', 'Download slides (PPTX)', /\p{Script=Han}/u],
  ] as const)(
    'in %s: a sentence in the page’s language, the error itself in the console',
    async (lang, name, foreign) => {
      replaceView({ ...DEFAULT_VIEW, lang });
      const { container } = renderButton();
      await userEvent.click(screen.getByRole('button', { name }));
      const status = await vi.waitFor(() => {
        const found = container.querySelector('[data-deck-status="failed"]');
        expect(found?.textContent).toBeTruthy();
        return found;
      });
      const text = status?.textContent ?? '';
      // No English message in a Chinese sentence (it said 演示文稿生成失败:Cannot read properties…),
      // and no Chinese on an English page.
      expect(text).not.toMatch(foreign);
      expect(text).not.toContain(failure.message);
      expect(text).toMatch(lang === 'zh' ? /^演示文稿生成失败/ : /^The slides could not be built/);
      expect(status?.getAttribute('role')).toBe('status');
      // The technical error is there for whoever opens the console.
      expect(consoleError).toHaveBeenCalledWith(expect.any(String), failure);
      // And the button is there to try again.
      expect(screen.getByRole('button', { name })).toBeEnabled();
    },
  );
});
