import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PanelActions } from '../../src/components/panel-actions';

// The exporter fails as a browser's would, with an English message of its own.
const failure = new TypeError('Failed to fetch dynamically imported module: http://host/export.js');
vi.mock('../../src/charts/export', () => ({
  chartToSvg: vi.fn(async () => {
    throw failure;
  }),
  svgToPng: vi.fn(),
}));

describe('a panel download that fails (DOM)', () => {
  let consoleError: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => consoleError.mockRestore());

  it.each([
    ['zh', 'svg', /^导出失败/, /[A-Za-z]/],
    ['en', 'svg', /^Export failed/, /\p{Script=Han}/u],
    ['zh', 'png', /^导出失败/, /[A-Za-z]/],
  ] as const)(
    'in %s, %s: says so in the page’s language, the error itself in the console',
    async (lang, format, said, foreign) => {
      const { container } = render(
        <PanelActions
          id="crime-trend"
          lang={lang}
          kicker="Crime trend"
          sources={[]}
          exportChart={() => ({ option: { series: [] }, height: 480 })}
          showTable={false}
          onToggleTable={() => {}}
        />,
      );
      await userEvent.click(container.querySelector(`[data-action="${format}"]`) as HTMLElement);
      const status = container.querySelector('[role="status"]');
      await vi.waitFor(() => expect(status?.textContent).toMatch(said));
      // It said 导出失败: Failed to fetch… — a browser's English in a Chinese sentence.
      expect(status?.textContent).not.toMatch(foreign);
      expect(consoleError).toHaveBeenCalledWith(expect.any(String), failure);
    },
  );
});
