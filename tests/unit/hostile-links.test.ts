import { describe, expect, it } from 'vitest';
import { EVENT_CATEGORIES } from '../../src/data/timeline';
import {
  CRIME_METRICS,
  LANGS,
  REGION_FILTERS,
  THEMES,
  type ViewState,
  YEAR_BOUNDS,
} from '../../src/filters/filters';
import { LINK_KEY_NAMES } from '../../src/filters/link-keys';
import {
  type ParamNotice,
  type PresentState,
  parsePresent,
  parseView,
} from '../../src/filters/url';
import { REASON_CODES, reasonParts, reasonText } from '../../src/i18n/reasons';
import { type EmbedRequest, parseEmbed } from '../../src/modes/embed/embed-params';
import {
  hostileLinks,
  judgeLink,
  NAMED_UNKNOWN_KEYS,
  ORACLE_KEYS,
  PANEL_IDS,
  REAL_KEYS,
  type RealKey,
  SCRIPT_PAYLOADS,
} from '../fixtures/hostile-links';

/**
 * Every hostile link through the link parsers (parseView, parsePresent, and parseEmbed for the
 * embed's `actions`), checked against the tests' own oracle (tests/fixtures/hostile-links.ts).
 */
const LINKS = hostileLinks();

interface Parsed {
  view: ViewState;
  present: PresentState;
  embed: EmbedRequest;
  notices: ParamNotice[];
}

function parseAll(query: string): Parsed {
  const v = parseView(query);
  const p = parsePresent(query);
  const embed = parseEmbed(query);
  return {
    view: v.view,
    present: p.present,
    embed,
    notices: [...v.notices, ...p.notices, ...embed.notices],
  };
}

/**
 * Runs a check over every link; returns the failures as "[kind] query → problem" (the first 30,
 * then how many more), for a readable diff.
 */
function failures(check: (query: string, parsed: Parsed) => string[]): string[] {
  const out: string[] = [];
  for (const { query, kind } of LINKS) {
    for (const problem of check(query, parseAll(query)))
      out.push(`[${kind}] ${query.slice(0, 100)} → ${problem}`);
  }
  return out.length > 30 ? [...out.slice(0, 30), `… and ${out.length - 30} more`] : out;
}

const isOneOf = (list: readonly unknown[], v: unknown) => list.includes(v);
const isSubsetInOrder = (list: readonly string[], v: readonly string[]) =>
  v.every((x) => list.includes(x)) &&
  new Set(v).size === v.length &&
  v.join() === list.filter((x) => v.includes(x)).join();

describe(`the hostile-link generator`, () => {
  it('makes at least 500 distinct links, the same ones for the same seed', () => {
    expect(LINKS.length).toBeGreaterThanOrEqual(500);
    expect(new Set(LINKS.map((l) => l.query)).size).toBe(LINKS.length);
    expect(hostileLinks().map((l) => l.query)).toEqual(LINKS.map((l) => l.query));
    expect(hostileLinks(7).map((l) => l.query)).not.toEqual(LINKS.map((l) => l.query));
  });

  it('draws its keys from the table of link keys, and knows every one of them', () => {
    // A key added to src/filters/link-keys.ts is generated at once (the fixture throws on load
    // until the oracle knows it); one removed there must leave the oracle too.
    expect(REAL_KEYS).toEqual(LINK_KEY_NAMES);
    expect([...ORACLE_KEYS].sort()).toEqual([...LINK_KEY_NAMES].sort());
    expect(REAL_KEYS).toContain('console');
  });

  it('covers every real key with broken values, and every class of trick', () => {
    const kinds = new Set(LINKS.map((l) => l.kind));
    for (const key of REAL_KEYS)
      for (const k of ['near miss', 'script payload', 'encoding trick', 'huge value', 'repeated'])
        expect(kinds).toContain(`${key}: ${k}`);
    for (const k of ['unknown key', 'unicode', 'random mix', 'many unknown keys'])
      expect(kinds).toContain(k);
    const all = LINKS.map((l) => l.query).join('\n');
    for (const needle of [
      '%00',
      '%ED%A0%80',
      '%E0%A4%A',
      '%252B',
      '+',
      '%E2%80%AE',
      '%F0%9F%98%80',
    ])
      expect(all).toContain(needle);
    for (const p of SCRIPT_PAYLOADS) expect(all).toContain(encodeURIComponent(p));
    expect(Math.max(...LINKS.map((l) => l.query.length))).toBeGreaterThanOrEqual(10_240);
  });
});

describe(`${LINKS.length} hostile links through parseView / parsePresent / parseEmbed`, () => {
  it('never throws', () => {
    const thrown: string[] = [];
    for (const { query } of LINKS) {
      try {
        parseAll(query);
      } catch (e) {
        thrown.push(`${query.slice(0, 120)} → ${(e as Error).message}`);
      }
    }
    expect(thrown).toEqual([]);
  });

  it('gives every key a value that is valid for it', () => {
    const bad = failures((_q, { view, present, embed }) => {
      const p: string[] = [];
      if (!isOneOf(LANGS, view.lang)) p.push(`lang ${view.lang}`);
      if (!isOneOf(THEMES, view.theme)) p.push(`theme ${view.theme}`);
      if (typeof view.patterns !== 'boolean') p.push(`patterns ${view.patterns}`);
      for (const y of [view.from, view.to])
        if (
          y !== undefined &&
          !(Number.isInteger(y) && y >= YEAR_BOUNDS.min && y <= YEAR_BOUNDS.max)
        )
          p.push(`year ${y}`);
      if (view.from !== undefined && view.to !== undefined && view.from > view.to)
        p.push(`from ${view.from} > to ${view.to}`);
      if (!isSubsetInOrder(EVENT_CATEGORIES, view.categories)) p.push(`cat ${view.categories}`);
      if (!isSubsetInOrder(REGION_FILTERS, view.regions)) p.push(`region ${view.regions}`);
      if (!isOneOf(CRIME_METRICS, view.metric)) p.push(`metric ${view.metric}`);
      if (view.event !== undefined && !/^[a-z0-9][a-z0-9-]{0,80}$/.test(view.event))
        p.push(`event ${view.event}`);
      if (
        view.sentence !== undefined &&
        !/^[a-z0-9][a-z0-9-]{0,39}\.[1-9][0-9]{0,2}$/.test(view.sentence)
      )
        p.push(`sentence ${view.sentence}`);
      if (typeof present.active !== 'boolean') p.push(`mode ${present.active}`);
      if (present.slide !== undefined && !/^[a-z0-9-]{1,40}$/.test(present.slide))
        p.push(`slide ${present.slide}`);
      if (
        !Number.isInteger(present.interval) ||
        !(present.interval === 0 || (present.interval >= 5 && present.interval <= 3600))
      )
        p.push(`interval ${present.interval}`);
      if (typeof present.countdown !== 'boolean') p.push(`countdown ${present.countdown}`);
      if (typeof present.console !== 'boolean') p.push(`console ${present.console}`);
      if (typeof embed.actions !== 'boolean') p.push(`actions ${embed.actions}`);
      if (embed.entry && !PANEL_IDS.includes(embed.entry.id)) p.push(`panel ${embed.entry.id}`);
      if (embed.requested !== undefined && embed.requested.length > 60)
        p.push(`panel request of ${embed.requested.length} characters`);
      return p;
    });
    expect(bad).toEqual([]);
  });

  it('names every unusable key (unknown, wrong, too long, repeated) in a notice', () => {
    // (Of many unknown keys, the first ten by name; the rest may be summed up in one notice.)
    const bad = failures((query, { notices }) => {
      const { mustName, startAfterEnd } = judgeLink(query);
      const named = new Set(notices.map((n) => n.key));
      // `panel` is the embed's: a wrong one shows the embed's own error (tests/browser/embed), not a notice.
      const missing = mustName.filter((k) => k !== 'panel' && !named.has(k.slice(0, 40)));
      if (startAfterEnd && !named.has('from') && !named.has('to')) missing.push('from/to');
      return missing.map((k) => `no notice names ${JSON.stringify(k.slice(0, 40))}`);
    });
    expect(bad).toEqual([]);
  });

  it('uses every usable value, and names no key that was usable', () => {
    const bad = failures((query, { view, present, embed, notices }) => {
      const { usable, startAfterEnd } = judgeLink(query);
      const got: Record<RealKey, unknown> = {
        lang: view.lang,
        theme: view.theme,
        patterns: view.patterns,
        from: view.from,
        to: view.to,
        cat: view.categories,
        region: view.regions,
        metric: view.metric,
        event: view.event,
        sentence: view.sentence,
        mode: present.active,
        slide: present.slide,
        interval: present.interval,
        countdown: present.countdown,
        console: present.console,
        panel: embed.entry?.id,
        actions: embed.actions,
      };
      const p: string[] = [];
      for (const [key, want] of Object.entries(usable) as [RealKey, unknown][]) {
        if (startAfterEnd && (key === 'from' || key === 'to')) continue;
        if (JSON.stringify(got[key]) !== JSON.stringify(want))
          p.push(`${key}: wanted ${JSON.stringify(want)}, got ${JSON.stringify(got[key])}`);
        if (notices.some((n) => n.key === key)) p.push(`${key} is usable but named in a notice`);
      }
      return p;
    });
    expect(bad).toEqual([]);
  });

  it('keeps the notices short: each key, raw value and reason bounded, and few notices per link', () => {
    const bad = failures((_q, { notices }) => {
      const p: string[] = [];
      for (const n of notices) {
        if (n.key.length > 40) p.push(`key of ${n.key.length} characters`);
        if (n.raw.length > 201) p.push(`raw of ${n.raw.length} characters`);
        for (const lang of LANGS) {
          const length = reasonText(n.reason, lang).length;
          if (length > 400) p.push(`${lang} reason of ${length} characters`);
        }
      }
      // A link with hundreds of unknown keys must not become hundreds of lines above the dashboard:
      // at most two notices per real key (repeated, and unusable), the named unknown keys, one
      // line summing up the other unknown keys, and one for a reversed year range.
      const bound = 2 * REAL_KEYS.length + NAMED_UNKNOWN_KEYS + 2;
      if (notices.length > bound) p.push(`${notices.length} notices (at most ${bound})`);
      return p;
    });
    expect(bad).toEqual([]);
  });

  it('never repeats a notice (the same key, raw value and reason twice)', () => {
    const bad = failures((_q, { notices }) => {
      const ids = notices.map((n) => JSON.stringify([n.key, n.raw, n.reason]));
      return ids
        .filter((id, i) => ids.indexOf(id) !== i)
        .map((id) => `repeated ${id.slice(0, 60)}`);
    });
    expect(bad).toEqual([]);
  });

  it('keeps payloads as inert data: key and value are strings, the reason a known code with plain parameters', () => {
    const plain = (v: unknown) =>
      typeof v === 'string' ||
      typeof v === 'number' ||
      (Array.isArray(v) && v.every((x) => typeof x === 'string'));
    const bad = failures((_q, { notices }) =>
      notices
        .filter(
          (n) =>
            [n.key, n.raw].some((f) => typeof f !== 'string') ||
            !REASON_CODES.includes(n.reason.code) ||
            !Object.values(n.reason).every(plain),
        )
        .map((n) => `not inert: notice ${String(n.key)}`),
    );
    expect(bad).toEqual([]);
  });

  it("words every reason in the page's language, the link's spellings kept as typed", () => {
    // Outside the spellings (shown as code), a Chinese reason has no Latin letter and an English
    // one no Chinese character; the spellings themselves are what the link and the table say.
    const bad = failures((_q, { notices }) =>
      notices.flatMap((n) => {
        const p: string[] = [];
        for (const lang of LANGS) {
          const parts = reasonParts(n.reason, lang);
          const words = parts.filter((x) => typeof x === 'string').join(' ');
          if ((lang === 'zh' ? /[A-Za-z]/ : /\p{Script=Han}/u).test(words))
            p.push(`${n.key}: ${lang} words "${words.slice(0, 60)}"`);
          const literals = parts.flatMap((x) => (typeof x === 'string' ? [] : [x.literal]));
          if (literals.some((l) => l.length === 0)) p.push(`${n.key}: an empty spelling`);
        }
        return p;
      }),
    );
    expect(bad).toEqual([]);
  });
});
