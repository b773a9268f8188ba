/**
 * Why a panel is empty: the first of its filters, applied in the order given (the order a reader
 * asks "why is it empty?": province, years, category), after which no item is left; undefined when
 * some item passes them all.
 */
export function emptiedBy<T, R extends string>(
  items: readonly T[],
  filters: readonly (readonly [R, (item: T) => boolean])[],
): R | undefined {
  let left = items;
  for (const [reason, passes] of filters) {
    left = left.filter(passes);
    if (left.length === 0) return reason;
  }
  return undefined;
}
