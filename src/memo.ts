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
