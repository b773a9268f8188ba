import { describe, expect, it } from 'vitest';
import { browserName } from './browser-name';
import { errorLine } from './error-line';

describe('browserName', () => {
  it('names the Chromium kernel and its version', () => {
    expect(
      browserName(
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/86.0.4240.0 Safari/537.36',
      ),
    ).toBe('Chromium 86.0.4240.0');
    expect(
      browserName(
        'Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36 Edg/109.0.1518.78',
      ),
    ).toBe('Chromium 109.0.0.0 (Edge 109.0.1518.78)');
  });

  it('gives any other browser in its own words', () => {
    const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
    expect(browserName(firefox)).toBe(firefox);
    expect(browserName('')).toBe('unknown browser');
  });
});

describe('errorLine', () => {
  it('gives the kind and the message', () => {
    expect(errorLine(new TypeError('Object.hasOwn is not a function'))).toBe(
      'TypeError: Object.hasOwn is not a function',
    );
    expect(errorLine('boom')).toBe('boom');
  });
});
