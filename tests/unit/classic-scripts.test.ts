import { readFileSync } from 'node:fs';
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';

// The two classic scripts must run where the app cannot: browser-check.js must reach IE 11 and old
// kernels to tell them so, and embed.js runs on host pages we do not control. Both stay ES5.
describe.each(['public/browser-check.js', 'public/embed.js'])('%s', (file) => {
  const text = readFileSync(file, 'utf8');

  it('parses as ES5 (IE 11 runs it)', () => {
    expect(() => parse(text, { ecmaVersion: 5 })).not.toThrow();
  });

  it('evaluates nothing from strings and writes no markup (strict CSP, untrusted hosts)', () => {
    expect(text).not.toMatch(/\beval\(|new Function|innerHTML|document\.write/);
  });
});
