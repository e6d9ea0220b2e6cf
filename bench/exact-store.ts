import hnswlib from 'hnswlib-node';
import type { HnswStore } from '../src/search/hnsw-store.js';

/**
 * The store as the retriever sees it, with its graph search (HnswStore.nearest) answered exhaustively by hnswlib's
 * own BruteforceSearch over the same vectors, whatever breadth is asked for: the baseline for "same top-6 as exact".
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
          const { neighbors, distances } = exactIndex.searchKnn(query, Math.min(k, ids.length));
          return neighbors.map((label, i) => ({ id: ids[label]!, score: 1 - distances[i]! }));
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  }) as HnswStore;
}
