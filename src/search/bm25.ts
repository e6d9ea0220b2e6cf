/**
 * Okapi BM25 over pre-computed term keys (see normalize.termsOf), built once per synced index:
 * the same terms the embedder and the relevance gate use.
 */
export class Bm25 {
  private postings = new Map<string, Map<string, number>>();
  private lengths = new Map<string, number>();
  private totalLength = 0;

  constructor(
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {}

  get size(): number {
    return this.lengths.size;
  }

  add(id: string, keys: string[]): void {
    for (const key of keys) {
      let posting = this.postings.get(key);
      if (!posting) this.postings.set(key, (posting = new Map()));
      posting.set(id, (posting.get(id) ?? 0) + 1);
    }
    this.lengths.set(id, keys.length);
    this.totalLength += keys.length;
  }

  /** How many documents contain a key. */
  df(key: string): number {
    return this.postings.get(key)?.size ?? 0;
  }

  has(key: string): boolean {
    return this.postings.has(key);
  }

  keys(): IterableIterator<string> {
    return this.postings.keys();
  }

  /** Inverse document frequency; a key no document has gets the highest value. */
  idf(key: string): number {
    const n = this.size;
    const df = this.df(key);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Scores documents against weighted query keys, best first. */
  search(query: Map<string, number>, k: number): Array<{ id: string; score: number }> {
    const avg = this.totalLength / (this.size || 1);
    const scores = new Map<string, number>();
    for (const [key, weight] of query) {
      const posting = this.postings.get(key);
      if (!posting) continue;
      const idf = this.idf(key);
      for (const [id, tf] of posting) {
        const norm = tf + this.k1 * (1 - this.b + (this.b * this.lengths.get(id)!) / avg);
        scores.set(id, (scores.get(id) ?? 0) + weight * idf * ((tf * (this.k1 + 1)) / norm));
      }
    }
    return [...scores]
      .map(([id, score]) => ({ id, score }))
      .sort((a, b) => b.score - a.score)
      .slice(0, k);
  }
}
