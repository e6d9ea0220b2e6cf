import hnswlib from 'hnswlib-node';
import type { HnswStore } from '../src/search/hnsw-store.js';

/**
 * The store as the retriever sees it, with its search (HnswStore.nearest) answered exhaustively by hnswlib's
 * own BruteforceSearch over the same vectors, whatever breadth is asked for: the baseline for "same top-6 as exact".
 * The neighbours' scores are the store's own (similarities(), double precision), as its exact scan gives them, so
 * two chunks a float32 rounding apart fall in the same order on both sides.
 */
export function exactSearchOf(store: HnswStore): HnswStore {
  const ids = [...store.ids()];
  const exactIndex = new hnswlib.BruteforceSearch('cosine', store.dims);
  exactIndex.initIndex(ids.length);
  ids.forEach((id, label) => exactIndex.addPoint(store.vectorOf(id)!, label));
  return new Proxy(store, {
    get(target, prop) {
      if (prop === 'nearest') {
        return (query: number[], k: number) => {
          const { neighbors } = exactIndex.searchKnn(query, Math.min(k, ids.length));
          const scores = store.similarities(query, neighbors.map((label) => ids[label]!));
          return neighbors.map((label) => ({ id: ids[label]!, score: scores.get(ids[label]!)! })).sort((a, b) => b.score - a.score);
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  }) as HnswStore;
}
