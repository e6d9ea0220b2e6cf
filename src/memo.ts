/**
 * A memo table that forgets everything once it holds `max` entries: cheaper than an LRU on hot paths,
 * and enough for Zipfian keys (words, names), whose frequent ones come straight back after a reset.
 */
export class CappedMemo<V> {
  private readonly values = new Map<string, V>();

  constructor(private readonly max: number) {}

  get(key: string, compute: () => V): V {
    let value = this.values.get(key);
    if (value === undefined) {
      if (this.values.size >= this.max) this.values.clear();
      this.values.set(key, (value = compute()));
    }
    return value;
  }
}

/**
 * One CappedMemo per scope (a language): the caller's string is the key itself, where a joined key
 * (`lang + word`) would build and hash a new string on every call, which at an ingest's millions of
 * lookups cost about a tenth of the analysis.
 */
export class ScopedMemo<S extends string, V> {
  private readonly memos = new Map<S, CappedMemo<V>>();

  constructor(private readonly maxPerScope: number) {}

  get(scope: S, key: string, compute: () => V): V {
    let memo = this.memos.get(scope);
    if (!memo) this.memos.set(scope, (memo = new CappedMemo<V>(this.maxPerScope)));
    return memo.get(key, compute);
  }
}
