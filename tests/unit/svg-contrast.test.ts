// The contrast reader itself (tests/support/svg-contrast.ts), on SVGs small enough to work out by hand.
import { describe, expect, it } from 'vitest';
import {
  contrast,
  markContrasts,
  parseColour,
  readSvg,
  textContrasts,
} from '../support/svg-contrast';

const WHITE = { r: 255, g: 255, b: 255 };
const svg = (body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">${body}</svg>`;
const text = (x: number, y: number, fill: string, t: string, extra = '') =>
  `<text dominant-baseline="central" style="font-size:13px;" x="${x}" y="${y}" fill="${fill}"${extra}>${t}</text>`;

describe('the contrast reader', () => {
  it('gives WCAG’s ratios', () => {
    expect(contrast({ r: 0, g: 0, b: 0 }, WHITE)).toBeCloseTo(21, 5);
    expect(contrast(parseColour('#777') as never, WHITE)).toBeCloseTo(4.48, 2);
  });

  it('reads a text on the background where nothing is under it, and on the shape under its box', () => {
    const d = readSvg(
      svg(
        `<path d="M0 0l100 0l0 40l-100 0Z" fill="#0068a8"></path>${text(10, 20, '#1b2230', '96.1%')}${text(120, 20, '#1b2230', 'beside')}`,
      ),
    );
    const [inside, beside] = textContrasts(d, WHITE);
    expect(inside?.bg).toBe('#0068a8');
    expect(inside?.ratio).toBeCloseTo(2.69, 2);
    expect(beside?.bg).toBe('#ffffff');
    expect(beside?.ratio).toBeGreaterThan(15);
  });

  it('counts only what is painted before the text, through the group and element transforms', () => {
    const d = readSvg(
      svg(
        `<g transform="translate(100 0)">${text(10, 20, '#1b2230', 'x', ' transform="translate(0 40)"')}</g><path d="M100 50l100 0l0 20l-100 0Z" fill="#1b2230"></path>`,
      ),
    );
    expect(textContrasts(d, WHITE)[0]?.bg).toBe('#ffffff');
    const under = readSvg(
      svg(
        `<path d="M100 50l100 0l0 20l-100 0Z" fill="#1b2230"></path><g transform="translate(100 0)">${text(10, 20, '#ffffff', 'x', ' transform="translate(0 40)"')}</g>`,
      ),
    );
    expect(textContrasts(under, WHITE)[0]?.bg).toBe('#1b2230');
  });

  it('composites translucent fills, and a pattern both with and without its marks', () => {
    const d = readSvg(
      svg(
        `<defs><pattern id="p" width="4" height="4" patternUnits="userSpaceOnUse"><path d="M0 0l2 0l0 2l-2 0Z" fill="rgb(0,0,0)" fill-opacity="0.2"></path></pattern></defs>` +
          `<path d="M0 0l100 0l0 40l-100 0Z" fill="rgb(180,180,180)" fill-opacity="0.2"></path>` +
          `<path d="M0 0l100 0l0 40l-100 0Z" fill="url(#p)"></path>${text(10, 20, '#000000', 'x')}`,
      ),
    );
    const t = textContrasts(d, WHITE)[0];
    // The track alone is #f0f0f0; under the pattern's marks, 20 % black over it: #c0c0c0.
    expect(t?.bg).toBe('#c0c0c0');
  });

  it('leaves out what a clip path hides', () => {
    const d = readSvg(
      svg(
        `<g clip-path="url(#c)"><path d="M0 0l200 0l0 100l-200 0Z" fill="#000000"></path></g>${text(150, 50, '#ffffff', 'x')}<defs><clipPath id="c"><path d="M0 0l100 0l0 100l-100 0Z"></path></clipPath></defs>`,
      ),
    );
    expect(textContrasts(d, WHITE)[0]?.ratio).toBe(1);
  });

  it('reads a mark against what is behind the marks', () => {
    const d = readSvg(
      svg(
        `<path d="M0 0l100 0l0 20l-100 0Z" fill="#dddddd"></path><path d="M0 0l50 0l0 20l-50 0Z" fill="#eeeeee" ecmeta_ssr_type="chart"></path>` +
          `<path d="M0 50L100 50" fill="none" stroke="#0068a8" stroke-width="10"></path><circle cx="0" cy="50" r="6" fill="#0068a8" ecmeta_ssr_type="chart"></circle>`,
      ),
    );
    const [bar, line, dot] = markContrasts(d, WHITE, ['#0068a8']);
    expect(bar?.bg).toBe('#dddddd');
    expect(bar?.ratio).toBeLessThan(1.2);
    expect(line?.ratio).toBeCloseTo(5.92, 2);
    // The line under the dot is the same mark, not its backdrop.
    expect(dot?.bg).toBe('#ffffff');
  });
});
