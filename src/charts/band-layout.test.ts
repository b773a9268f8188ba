import { describe, expect, it } from 'vitest';
import { nameLabelLines } from './band-layout';

describe('nameLabelLines', () => {
  it('counts Chinese by the character and English by the word, on the safe side', () => {
    expect(nameLabelLines('矛盾纠纷化解率', 200, 13)).toBe(1);
    expect(nameLabelLines('矛盾纠纷化解率矛盾纠纷化解率', 100, 13)).toBe(2);
    expect(nameLabelLines('矛盾纠纷化解率矛盾纠纷化解率矛', 100, 13)).toBe(3);
    expect(nameLabelLines('Work-safety accidents, year on year', 400, 13)).toBe(1);
    expect(nameLabelLines('Work-safety accidents, year on year', 120, 13)).toBeGreaterThanOrEqual(
      3,
    );
  });
});
