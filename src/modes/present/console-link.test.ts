import { describe, expect, it } from 'vitest';
import { fromPartner, PRESENT_MESSAGE, readPresentMessage } from './console-link';
import { SLIDES } from './slides';

const type = PRESENT_MESSAGE;

describe('the messages between projector and console', () => {
  it('reads each message of the protocol', () => {
    const messages = [
      { type, kind: 'hello' },
      { type, kind: 'bye' },
      // The last slide of the show.
      { type, kind: 'state', slide: SLIDES.length - 1, paused: true, interval: 15 },
      { type, kind: 'step', by: -1 },
      { type, kind: 'step', by: 1 },
      { type, kind: 'go', slide: 0 },
      { type, kind: 'pause' },
    ];
    for (const m of messages) expect(readPresentMessage(m)).toEqual(m);
  });

  it('ignores anything else: another type or version, a wrong or extra field, a slide not in the deck', () => {
    const refused: unknown[] = [
      undefined,
      null,
      'hello',
      7,
      [type, 'go', 1],
      { kind: 'go', slide: 1 },
      { type: 'yrd-present:2', kind: 'go', slide: 1 },
      { type: 'yrd-dashboard:resize', panel: 'timeline', height: 500 },
      { type, kind: 'goto', slide: 1 },
      { type, kind: 'go' },
      { type, kind: 'go', slide: '1' },
      { type, kind: 'go', slide: 1.5 },
      { type, kind: 'go', slide: -1 },
      // One past the last slide.
      { type, kind: 'go', slide: SLIDES.length },
      { type, kind: 'go', slide: Number.NaN },
      { type, kind: 'go', slide: 1, from: 'somewhere' },
      { type, kind: 'step', by: 2 },
      { type, kind: 'step', by: 0 },
      { type, kind: 'state', slide: 1 },
      { type, kind: 'state', slide: 1, paused: 'yes', interval: 0 },
      { type, kind: 'state', slide: 1, paused: false, interval: 3601 },
      { type, kind: 'hello', slide: 1 },
      JSON.parse('{"type":"yrd-present:1","kind":"pause","__proto__":{"x":1}}'),
    ];
    for (const m of refused) expect(readPresentMessage(m), JSON.stringify(m)).toBeUndefined();
  });
});

describe('who may be heard', () => {
  const partner = {} as Window;
  const stranger = {} as Window;
  const origin = 'http://intranet.example';

  it('the partner window, from this page’s origin', () => {
    expect(fromPartner({ source: partner, origin }, [null, partner], origin)).toBe(true);
  });
  it('not another window, nor no window, nor the partner from another origin', () => {
    expect(fromPartner({ source: stranger, origin }, [null, partner], origin)).toBe(false);
    expect(fromPartner({ source: null, origin }, [null, partner], origin)).toBe(false);
    expect(fromPartner({ source: partner, origin: 'http://evil.example' }, [partner], origin)).toBe(
      false,
    );
    expect(fromPartner({ source: null, origin }, [null], origin)).toBe(false);
  });
  it('on file:// (origin "null", the same for every file) the window alone decides', () => {
    expect(fromPartner({ source: partner, origin: 'null' }, [partner], 'null')).toBe(true);
    expect(fromPartner({ source: stranger, origin: 'null' }, [partner], 'null')).toBe(false);
  });
});
