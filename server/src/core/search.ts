/** Index of the first item for which `ok` holds, in a list where it holds from some point on (else the length). */
export function firstIndex<T>(list: readonly T[], ok: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ok(list[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
