import { expect, it } from 'vitest';
import {
  describeEachOld,
  NO_PROBLEMS,
  PANEL_IDS,
  problems,
  useOldApp,
  waitUntil,
} from '../support/old-browser-env';

const SIZES = [
  ['desktop', { width: 1440, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const;

/**
 * A link to a panel (`#<panel id>`, what "copy link" gives) lands on that panel once it has its
 * height, in Chromium 86 and 109 too: its top within 80 px of the viewport's top (issue 20, item 4).
 */
describeEachOld('a link to a panel lands on it', (version) => {
  const app = useOldApp(version);

  it.each(SIZES)(
    '%s: every panel, with its top at the top of the viewport',
    async (_name, viewport) => {
      for (const id of PANEL_IDS) {
        const o = await app.open(`?region=anhui#${id}`, { viewport });
        await waitUntil(o, `the landing on #${id} to end`, () =>
          o.page.evaluate(() =>
            ['done', 'cancelled'].includes(document.documentElement.dataset.landing ?? ''),
          ),
        );
        // At the top, or as high as the page lets it (a short last panel: the page is at its end).
        const [how, top, atEnd] = await o.page.evaluate(
          (id) =>
            [
              document.documentElement.dataset.landing,
              document.getElementById(id)?.getBoundingClientRect().top ?? Number.NaN,
              window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1,
            ] as const,
          id,
        );
        expect({ id, how, landed: top >= -1 && (top <= 80 || atEnd) }).toEqual({
          id,
          how: 'done',
          landed: true,
        });
        expect(problems(o)).toEqual(NO_PROBLEMS);
        await o.context.close();
      }
    },
    180_000,
  );
});
