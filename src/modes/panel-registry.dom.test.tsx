import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { nextTask } from '../data/next-task';
import { PANELS, panelFileQuery, prefetchPanelData } from './panel-registry';

// What the entry asks for before the first render: every panel's file, once each; on a page being
// hydrated (its figures already on screen) one per task, so no task holds a slow CPU for long.
describe('prefetchPanelData', () => {
  const files = [...new Set(PANELS.map((p) => p.meta.dataset))];
  const keys = files.map((f) => JSON.stringify(panelFileQuery(f).queryKey));
  const watched = () => {
    const client = new QueryClient();
    const prefetch = vi.spyOn(client, 'prefetchQuery').mockResolvedValue(undefined);
    return { client, asked: () => prefetch.mock.calls.map(([o]) => JSON.stringify(o.queryKey)) };
  };

  it('asks for every file at once on a page rendered anew', () => {
    const { client, asked } = watched();
    prefetchPanelData(client, PANELS);
    expect(files.length).toBeGreaterThan(2);
    expect(asked()).toEqual(keys);
  });

  it('asks for the first file at once and each other one in a task of its own when hydrating', async () => {
    const { client, asked } = watched();
    prefetchPanelData(client, PANELS, { spread: true });
    expect(asked()).toEqual(keys.slice(0, 1));
    await nextTask();
    expect(asked()).toEqual(keys.slice(0, 2));
    for (let i = 2; i < files.length; i++) await nextTask();
    expect(asked()).toEqual(keys);
  });
});
