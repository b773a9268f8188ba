import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStructural } from './use-structural';

describe('useStructural', () => {
  it('keeps the last object while the content is the same, and takes a changed one', () => {
    const first = { metrics: [{ year: 2010, value: 43_000 }], empty: false };
    const { result, rerender } = renderHook(({ v }) => useStructural(v).value, {
      initialProps: { v: first },
    });
    expect(result.current).toBe(first);

    rerender({ v: { metrics: [{ year: 2010, value: 43_000 }], empty: false } });
    expect(result.current).toBe(first);

    const changed = { metrics: [{ year: 2010, value: 43_001 }], empty: false };
    rerender({ v: changed });
    expect(result.current).toBe(changed);

    rerender({ v: undefined as unknown as typeof first });
    expect(result.current).toBeUndefined();
  });

  it('gives the content as JSON, the key of what was drawn from it', () => {
    const { result } = renderHook(() => useStructural({ year: 2010, value: 43_000 }));
    expect(result.current.json).toBe('{"year":2010,"value":43000}');
  });
});
