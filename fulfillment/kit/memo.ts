/**
 * A function remembered for its recent arguments, for work that is pure but not free (an
 * HMAC, a hash) and asked again and again for the same few values. At most `size` results
 * are kept; when full, the oldest half is forgotten, so memory stays bounded whatever comes in.
 */
export function memoize<R>(compute: (key: string) => R, size = 4096): (key: string) => R {
  const kept = new Map<string, R>();
  return (key) => {
    const hit = kept.get(key);
    if (hit !== undefined) return hit;
    const result = compute(key);
    if (kept.size >= size) {
      let drop = kept.size >> 1;
      for (const old of kept.keys()) {
        if (drop-- <= 0) break;
        kept.delete(old);
      }
    }
    kept.set(key, result);
    return result;
  };
}
