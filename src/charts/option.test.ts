import { describe, expect, it } from 'vitest';
import { finishOption } from './option';

describe('finishOption', () => {
  it("keeps ECharts' aria on for the patterns but never its generated description", () => {
    for (const patterns of [false, true]) {
      const aria = finishOption(
        { aria: { enabled: true } },
        { reducedMotion: false, patterns },
      ).aria;
      expect(aria).toEqual({ enabled: true, label: { enabled: false }, decal: { show: patterns } });
    }
  });
});
