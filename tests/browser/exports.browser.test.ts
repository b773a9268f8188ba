import { expect, it } from 'vitest';
import { describeBrowser, useApp } from '../support/browser-env';
import { ready } from '../support/pages';
import { PANEL_IDS } from '../support/panel-ids';
import { downloadedSvg } from '../support/svg-export';

describeBrowser('every panel’s SVG download, laid out as an image viewer draws it', () => {
  const app = useApp();

  it.each([
    ['zh', ''],
    ['en', '?lang=en'],
  ])('in %s: no text touches the image’s edges', async (_lang, query) => {
    const { page, context } = await app.open(query);
    await ready(page);
    for (const id of PANEL_IDS) {
      const drawn = await downloadedSvg(page, context, id);
      expect(drawn.texts.length, id).toBeGreaterThan(3);
      // The image's own inset is 16 px (title, source line); a chart's edge labels keep 8.
      for (const t of drawn.texts) {
        expect(t.left, `${id}: ${t.text}`).toBeGreaterThanOrEqual(8);
        expect(drawn.width - t.right, `${id}: ${t.text}`).toBeGreaterThanOrEqual(8);
      }
    }
    await context.close();
  });
});
