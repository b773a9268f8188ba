/** Resolves in a task of its own, after the browser has had its turn (input, a frame). */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((next) => setTimeout(next, 0));
}
