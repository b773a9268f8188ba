/** Why a panel is empty: the filter after which nothing was left, and the ones it takes with it. */
export interface EmptyCause<R extends string> {
  /** The first filter, in the order given, after which no item is left. */
  by: R;
  /**
   * The filters before it that leave nothing only together with it: each of them, and `by`, alone
   * leaves items (a province that has events, a category that has events, but no event of that
   * category in that province). Empty when `by` alone leaves nothing.
   */
  with: R[];
}

type Filter<T, R> = readonly [R, (item: T) => boolean];

/**
 * Why a panel is empty, applying its filters in the order given (the order a reader asks "why is it
 * empty?": province, years, category); undefined when some item passes them all. Saying only the
 * last filter would be wrong when it leaves items on its own: the cause is the filters together.
 */
export function emptyCause<T, R extends string>(
  items: readonly T[],
  filters: readonly Filter<T, R>[],
): EmptyCause<R> | undefined {
  const anyPasses = (fs: readonly Filter<T, R>[]) =>
    items.some((item) => fs.every(([, passes]) => passes(item)));
  for (let i = 0; i < filters.length; i++) {
    const last = filters[i] as Filter<T, R>;
    if (anyPasses(filters.slice(0, i + 1))) continue;
    // Of the filters before it, keep only those without which something would pass.
    let needed = filters.slice(0, i);
    for (const f of filters.slice(0, i)) {
      const without = needed.filter((g) => g !== f);
      if (!anyPasses([...without, last])) needed = without;
    }
    return { by: last[0], with: needed.map(([reason]) => reason) };
  }
  return undefined;
}
