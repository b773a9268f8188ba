import { expect, it } from 'vitest';
import { chartsDrawn, describeBrowser, panelsSettled, useApp } from '../support/browser-env';
import { search } from '../support/pages';

const crimeSummary = (page: import('playwright-core').Page) =>
  page.locator('[data-chart="crime-trend"]').getAttribute('aria-label');

describeBrowser('filters, links and cross-filtering in Chromium', () => {
  const app = useApp();

  it('a filter change through the UI updates the URL and the affected panel', async () => {
    const { page, context } = await app.open();
    await panelsSettled(page);
    await chartsDrawn(page);
    expect(await crimeSummary(page)).toContain('刑事案件总量');
    await page.getByRole('radio', { name: '命案' }).check();
    await page.waitForFunction(
      () =>
        !document
          .querySelector('[data-chart="crime-trend"]')
          ?.getAttribute('aria-label')
          ?.includes('刑事案件总量'),
    );
    expect(search(page.url())).toBe('?metric=homicides');
    expect(await crimeSummary(page)).toMatch(/^命案:2008年 54,2019年 7。/);
    await page.locator('[data-filter="region"] [data-value="zhejiang"]').click();
    expect(search(page.url())).toBe('?region=zhejiang&metric=homicides');
    await context.close();
  });

  it('a pasted link restores the view, and back/forward walk through filter changes', async () => {
    const { page, context } = await app.open(
      '?lang=en&metric=criminal-cases&cat=cold-cases&from=2008&to=2019',
    );
    await panelsSettled(page);
    await expect(page.getByRole('radio', { name: 'Criminal cases' }).isChecked()).resolves.toBe(
      true,
    );
    await expect(
      page.locator('[data-filter="cat"] [data-value="cold-cases"]').getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await expect(page.locator('[data-filter="from"]').inputValue()).resolves.toBe('2008');
    await chartsDrawn(page);
    expect(await crimeSummary(page)).toMatch(/^Criminal cases: 2010 43,000, 2019 15,000\./);

    await page.locator('[data-filter="to"]').selectOption('2018');
    await page.waitForURL(/to=2018/);
    await page.goBack();
    await page.waitForURL(/to=2019/);
    await expect(page.locator('[data-filter="to"]').inputValue()).resolves.toBe('2019');
    await page.goForward();
    await page.waitForURL(/to=2018/);
    await expect(page.locator('[data-filter="to"]').inputValue()).resolves.toBe('2018');
    await context.close();
  });

  it('an invalid value in a link is ignored with a visible notice, never a crash', async () => {
    const { page, context, pageErrors } = await app.open(
      '?lang=fr&from=20x0&metric=homicides&region=mars',
    );
    await panelsSettled(page);
    const notice = page.locator('[data-notice="url"]');
    await expect(notice.isVisible()).resolves.toBe(true);
    const text = await notice.textContent();
    expect(text).toContain('lang=fr');
    expect(text).toContain('from=20x0');
    expect(text).toContain('region=mars');
    // The valid part of the link still applies.
    await expect(page.getByRole('radio', { name: '命案' }).isChecked()).resolves.toBe(true);
    await chartsDrawn(page);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it.each([
    // `lang=fr` is itself the bad value: the page is in the default language, and so is the notice.
    ['zh', '?lang=fr&from=20x0&to=1890&metric=robberies&region=mars&colour=red&mode=show'],
    ['en', '?lang=en&from=20x0&to=1890&metric=robberies&region=mars&colour=red&mode=show&to=2020'],
  ])(
    'the notice of a page in %s gives its reasons in that language, the link as typed',
    async (lang, query) => {
      const { page, context } = await app.open(query);
      await panelsSettled(page);
      const notice = page.locator('[data-notice="url"]');
      await notice.waitFor();
      const read = await notice.evaluate((box) => {
        const words = box.cloneNode(true) as HTMLElement;
        for (const code of words.querySelectorAll('code')) code.remove();
        const items = [...box.querySelectorAll('li')];
        return {
          lines: items.map((li) => li.textContent ?? ''),
          words: words.textContent ?? '',
          /** Per line, what stands as code: the key and value typed, then the spellings named. */
          codes: items.map((li) => [...li.querySelectorAll('code')].map((c) => c.textContent)),
        };
      });
      // Every bad key is named, with its value as typed.
      for (const typed of [
        'from=20x0',
        'to=1890',
        'metric=robberies',
        'region=mars',
        'colour=red',
        'mode=show',
      ])
        expect(read.lines.some((l) => l.startsWith(typed))).toBe(true);
      // What the link and the table spell stands as code, in either language: the unknown item as
      // typed, then the values the key takes.
      expect(read.codes).toContainEqual([
        'region=mars',
        'mars',
        'shanghai',
        'jiangsu',
        'zhejiang',
        'anhui',
        'jiangxi',
      ]);
      // Outside it: not one Latin letter on a Chinese page (the reasons were English sentences
      // there), not one Chinese character on an English one.
      if (lang === 'zh') {
        expect(read.words).not.toMatch(/[A-Za-z]/);
        expect(read.lines).toContain(
          'region=mars:无法识别 mars;可选的值为 shanghai、jiangsu、zhejiang、anhui、jiangxi',
        );
        expect(read.lines).toContain('lang=fr:应为 zh、en 之一');
      } else {
        expect(read.words).not.toMatch(/\p{Script=Han}/u);
        expect(read.lines).toContain('from=20x0: expected a four-digit year');
        expect(read.lines).toContain('to=1890: given more than once; the last value is used');
      }
      await context.close();
    },
  );

  it('the theme switch keeps the filters and the drawn charts', async () => {
    const { page, context } = await app.open('?metric=homicides&region=zhejiang');
    await panelsSettled(page);
    await chartsDrawn(page);
    await page.click('[data-action="theme"]');
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    expect(search(page.url())).toBe('?theme=dark&region=zhejiang&metric=homicides');
    await expect(page.getByRole('radio', { name: '命案' }).isChecked()).resolves.toBe(true);
    expect(await crimeSummary(page)).toMatch(/^命案/);
    await context.close();
  });

  it('a click on a reported year in the crime chart shows its detail; its "filter to this" sets the year filter for the other panels', async () => {
    const { page, context } = await app.open();
    await panelsSettled(page);
    await chartsDrawn(page);
    const at = await page.evaluate(() =>
      window.__yrdCharts?.pixel('crime-trend', { seriesIndex: 0 }, [2019, 15000]),
    );
    expect(at).toBeDefined();
    await page.mouse.click(at?.[0] as number, at?.[1] as number);
    await page.locator('[data-point-year="2019"]').waitFor();
    expect(search(page.url())).toBe('');
    await page.locator('[data-action="filter-to-point"]').click();
    await page.waitForURL(/from=2019&to=2019/);
    await expect(page.locator('[data-filter="from"]').inputValue()).resolves.toBe('2019');
    await context.close();
  });

  it('clear all filters resets the link to the defaults but keeps language and theme', async () => {
    const { page, context } = await app.open('?lang=en&theme=dark&metric=homicides&cat=cold-cases');
    await panelsSettled(page);
    // By the keyboard: the button is disabled once there is nothing to clear, and the focus stays
    // in the filters (on the first of them), not dropped on the page's body.
    await page.focus('[data-action="clear-filters"]');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => search(u.toString()) === '?lang=en&theme=dark');
    await expect(page.locator('[data-action="clear-filters"]').isDisabled()).resolves.toBe(true);
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('data-filter')),
    ).resolves.toBe('from');
    await context.close();
  });
});
