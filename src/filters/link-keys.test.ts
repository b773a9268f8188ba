import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PRESENT,
  DEFAULT_VIEW,
  EMBED_KEYS,
  type KeySpec,
  type KeySpecs,
  keysNotReadBy,
  LINK_KEY_NAMES,
  PRESENT_KEYS,
  type PresentState,
  VIEW_KEYS,
  type ViewState,
} from './link-keys';

const PARTS = { view: VIEW_KEYS, present: PRESENT_KEYS, embed: EMBED_KEYS };
const specsOf = (part: object) => Object.values(part) as KeySpec<unknown>[];

describe('the table of link keys', () => {
  it('has every key of a link once, and nothing else', () => {
    // Written out here (the README's key tables), not taken from the table under test.
    expect([...LINK_KEY_NAMES].sort()).toEqual(
      [
        'lang',
        'theme',
        'patterns',
        'from',
        'to',
        'cat',
        'region',
        'metric',
        'event',
        'sentence',
        'mode',
        'slide',
        'interval',
        'countdown',
        'console',
        'panel',
        'actions',
      ].sort(),
    );
    expect(new Set(LINK_KEY_NAMES).size).toBe(LINK_KEY_NAMES.length);
  });

  it('has one entry per field of the view, present and embed states', () => {
    expect(Object.keys(VIEW_KEYS)).toEqual([
      'lang',
      'theme',
      'patterns',
      'from',
      'to',
      'categories',
      'regions',
      'metric',
      'event',
      'sentence',
    ]);
    expect(Object.keys(PRESENT_KEYS)).toEqual([
      'active',
      'slide',
      'interval',
      'countdown',
      'console',
    ]);
    expect(Object.keys(EMBED_KEYS)).toEqual(['panel', 'actions']);
  });

  it('is checked by TypeScript: a field without an entry, an extra entry or a wrong parser does not compile', () => {
    // These lines are for `tsc`, which fails if any of them compiles; at run time they do nothing.
    const { event: _dropped, ...withoutEvent } = VIEW_KEYS;
    // @ts-expect-error `event` has no entry
    withoutEvent satisfies KeySpecs<ViewState>;
    // @ts-expect-error an entry for a field the state does not have
    ({ ...PRESENT_KEYS, speed: PRESENT_KEYS.interval }) satisfies KeySpecs<PresentState>;
    const wrongParser = { ...VIEW_KEYS.metric, parse: VIEW_KEYS.theme.parse };
    // @ts-expect-error `metric`'s parser gives a theme, not a metric
    ({ ...VIEW_KEYS, metric: wrongParser }) satisfies KeySpecs<ViewState>;
    expect(withoutEvent).not.toHaveProperty('event');
  });

  it('reads back what it writes, and leaves every default out', () => {
    for (const [part, specs] of Object.entries(PARTS))
      for (const spec of specsOf(specs)) {
        const written = spec.write(spec.default);
        if (written === undefined) continue;
        const parsed = spec.parse(written);
        expect(parsed, `${part}: ${spec.name}=${written}`).toEqual({
          status: 'valid',
          value: spec.default,
        });
      }
    expect(DEFAULT_VIEW).toEqual({
      lang: 'zh',
      theme: 'light',
      patterns: false,
      from: undefined,
      to: undefined,
      categories: [],
      regions: [],
      metric: 'both',
      event: undefined,
      sentence: undefined,
    });
    expect(DEFAULT_PRESENT).toEqual({
      active: false,
      slide: undefined,
      interval: 0,
      countdown: true,
      console: false,
    });
  });

  it('says which views read each key; the lists of kept and dropped keys follow from it', () => {
    for (const spec of specsOf(VIEW_KEYS))
      expect(spec.views, spec.name).toEqual(['dashboard', 'present', 'embed']);
    expect([...keysNotReadBy('embed')]).toEqual([
      'mode',
      'slide',
      'interval',
      'countdown',
      'console',
    ]);
    expect([...keysNotReadBy('dashboard', 'present')]).toEqual(['panel', 'actions']);
  });

  it('takes true and false for every switch: patterns, countdown, console, actions', () => {
    const switches = [
      VIEW_KEYS.patterns,
      PRESENT_KEYS.countdown,
      PRESENT_KEYS.console,
      EMBED_KEYS.actions,
    ];
    for (const spec of switches) {
      expect(spec.parse('1'), spec.name).toEqual({ status: 'valid', value: true });
      expect(spec.parse('true'), spec.name).toEqual({ status: 'valid', value: true });
      expect(spec.parse('0'), spec.name).toEqual({ status: 'valid', value: false });
      expect(spec.parse('false'), spec.name).toEqual({ status: 'valid', value: false });
      expect(spec.parse('TRUE').status, spec.name).toBe('invalid');
    }
  });
});
