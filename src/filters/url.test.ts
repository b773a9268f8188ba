import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from './filters';
import { DEFAULT_PRESENT } from './link-keys';
import { isHistoryStep, panelLink, parsePresent, parseView, serializeView } from './url';

describe('parseView / serializeView', () => {
  it('leaves every default out of the link', () => {
    expect(serializeView(DEFAULT_VIEW)).toBe('');
  });

  it('round-trips a full view with readable keys', () => {
    const view = {
      ...DEFAULT_VIEW,
      lang: 'en' as const,
      theme: 'dark' as const,
      from: 2018,
      to: 2020,
      categories: ['cold-cases' as const],
      regions: ['zhejiang' as const, 'anhui' as const],
      metric: 'homicides' as const,
    };
    const search = serializeView(view);
    expect(search).toBe(
      '?lang=en&theme=dark&from=2018&to=2020&cat=cold-cases&region=zhejiang,anhui&metric=homicides',
    );
    expect(parseView(search)).toEqual({ view, notices: [] });
  });

  it('ignores an invalid value with a notice and keeps the rest', () => {
    const { view, notices } = parseView('?lang=fr&from=2018&metric=robberies');
    expect(view).toEqual({ ...DEFAULT_VIEW, from: 2018 });
    expect(notices.map((n) => n.key)).toEqual(['lang', 'metric']);
    expect(notices[0]?.reason).toEqual({ code: 'one-of', values: ['zh', 'en'] });
  });

  it('drops a reversed year range and says why', () => {
    const { view, notices } = parseView('?from=2020&to=2010');
    expect(view.from).toBeUndefined();
    expect(view.to).toBeUndefined();
    expect(notices[0]?.reason).toEqual({ code: 'start-after-end' });
    // Named as typed: the notice reads `from=2020&to=2010`.
    expect(notices[0] && `${notices[0].key}=${notices[0].raw}`).toBe('from=2020&to=2010');
    expect(parseView('?to=2008&from=2020').notices[0]?.raw).toBe('2020&to=2008');
  });

  it('reports unknown keys and repeated keys, and never throws on odd input', () => {
    const { view, notices } = parseView(
      '?foo=1&region=anhui&region=jiangsu&%E0%A4%A=x&cat=%3Cscript%3E',
    );
    expect(view.regions).toEqual(['jiangsu']);
    expect(notices.map((n) => n.key)).toEqual(expect.arrayContaining(['foo', 'region', 'cat']));
  });

  it('keeps list values in the canonical order without duplicates', () => {
    expect(parseView('?region=anhui,shanghai,anhui').view.regions).toEqual(['shanghai', 'anhui']);
  });
});

describe('parsePresent', () => {
  it('reads mode, slide, interval and countdown, and leaves the defaults out of the link', () => {
    const { present, notices } = parsePresent(
      '?mode=present&slide=timeline&interval=15&countdown=0',
    );
    expect(present).toEqual({
      active: true,
      slide: 'timeline',
      interval: 15,
      countdown: false,
      console: false,
    });
    expect(notices).toEqual([]);
    expect(serializeView(DEFAULT_VIEW, present)).toBe(
      '?mode=present&slide=timeline&interval=15&countdown=0',
    );
    expect(serializeView(DEFAULT_VIEW, { ...present, interval: 0, countdown: true })).toBe(
      '?mode=present&slide=timeline',
    );
    // On the dashboard no present key is written, whatever the presenter chose before.
    expect(serializeView(DEFAULT_VIEW, { ...present, active: false })).toBe('');
  });

  it('takes countdown=true and countdown=false, as patterns and actions do', () => {
    expect(parsePresent('?countdown=false')).toEqual({
      present: { ...DEFAULT_PRESENT, countdown: false },
      notices: [],
    });
    expect(parsePresent('?countdown=true')).toEqual({ present: DEFAULT_PRESENT, notices: [] });
    expect(parsePresent('?countdown=0').present.countdown).toBe(false);
    expect(parsePresent('?countdown=1').present.countdown).toBe(true);
    // Anything else is still named, with the same words as before.
    expect(parsePresent('?countdown=off').notices).toEqual([
      { key: 'countdown', raw: 'off', reason: { code: 'countdown-switch' } },
    ]);
  });

  it('reads console=1, the presenter console, and writes it only while it presents', () => {
    const { present, notices } = parsePresent('?mode=present&slide=governance&console=1');
    expect(present).toEqual({
      ...DEFAULT_PRESENT,
      active: true,
      slide: 'governance',
      console: true,
    });
    expect(notices).toEqual([]);
    expect(serializeView(DEFAULT_VIEW, present)).toBe('?mode=present&slide=governance&console=1');
    // The projector's own link leaves it out (the default), and the dashboard writes no present key.
    expect(serializeView(DEFAULT_VIEW, { ...present, console: false })).toBe(
      '?mode=present&slide=governance',
    );
    expect(serializeView(DEFAULT_VIEW, { ...present, active: false })).toBe('');
    expect(parsePresent('?console=yes').notices).toEqual([
      {
        key: 'console',
        raw: 'yes',
        reason: { code: 'console-switch' },
      },
    ]);
  });

  it('takes the last of a repeated key and says so, as every key does', () => {
    const { present, notices } = parsePresent('?slide=title&slide=sources');
    expect(present.slide).toBe('sources');
    expect(notices).toEqual([{ key: 'slide', raw: 'title', reason: { code: 'repeated' } }]);
  });
});

describe('keys of the other views', () => {
  it('the view parser names none of the present or embed keys', () => {
    const link =
      '?mode=present&slide=x&interval=5&countdown=0&console=1&panel=timeline&actions=0&lang=en';
    expect(parseView(link)).toEqual({ view: { ...DEFAULT_VIEW, lang: 'en' }, notices: [] });
  });
});

describe('isHistoryStep', () => {
  const at = (view = DEFAULT_VIEW, present = DEFAULT_PRESENT) => ({ view, present });
  it('a filter, the opened event, entering or leaving present mode are steps', () => {
    expect(isHistoryStep(at(), at({ ...DEFAULT_VIEW, regions: ['anhui'] }))).toBe(true);
    expect(isHistoryStep(at(), at({ ...DEFAULT_VIEW, from: 2018 }))).toBe(true);
    expect(isHistoryStep(at(), at({ ...DEFAULT_VIEW, event: 'x' }))).toBe(true);
    expect(isHistoryStep(at(), at(DEFAULT_VIEW, { ...DEFAULT_PRESENT, active: true }))).toBe(true);
  });
  it('the language, the look, the slide and the interval are not', () => {
    const presenting = { ...DEFAULT_PRESENT, active: true };
    expect(isHistoryStep(at(), at({ ...DEFAULT_VIEW, lang: 'en', theme: 'dark' }))).toBe(false);
    expect(isHistoryStep(at(), at({ ...DEFAULT_VIEW, patterns: true }))).toBe(false);
    expect(
      isHistoryStep(
        at(DEFAULT_VIEW, presenting),
        at(DEFAULT_VIEW, { ...presenting, slide: 'timeline', interval: 30, countdown: false }),
      ),
    ).toBe(false);
    // A new but equal list is no step either.
    expect(isHistoryStep(at(), at({ ...DEFAULT_VIEW, regions: [] }))).toBe(false);
  });
});

describe('panelLink (copy link)', () => {
  it('on the dashboard: the address as it is, with the panel as fragment', () => {
    expect(
      panelLink('https://x.example/yrd/?lang=en&region=anhui,jiangxi#old', 'timeline', false),
    ).toBe('https://x.example/yrd/?lang=en&region=anhui,jiangxi#timeline');
  });
  it('from an embed: the dashboard beside it on the same view, without the embed keys', () => {
    expect(
      panelLink(
        'https://x.example/yrd/embed.html?panel=governance&lang=en&actions=0&theme=dark',
        'governance',
        true,
      ),
    ).toBe('https://x.example/yrd/?lang=en&theme=dark#governance');
  });
});
