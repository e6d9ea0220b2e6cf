/**
 * A Map with a size cap: reading or writing a key makes it most recent; the least recent key is
 * evicted past the cap. A doubly linked list keeps the recency order, so every operation is O(1).
 * (Re-inserting into a plain Map and evicting via `map.keys().next()` is not: V8 leaves deleted
 * entries at the front of the table until it rehashes, and each new iterator walks past them;
 * at a cap of 10,000 that cost ~15 µs per call.)
 */
interface Node<K, V> {
  key: K;
  value: V;
  /** Towards the least recent end. */
  prev: Node<K, V> | undefined;
  /** Towards the most recent end. */
  next: Node<K, V> | undefined;
}

export class LruMap<K, V> {
  private readonly map = new Map<K, Node<K, V>>();
  /** Least recently used. */
  private oldest: Node<K, V> | undefined;
  /** Most recently used. */
  private newest: Node<K, V> | undefined;

  constructor(private readonly max: number) {
    if (!Number.isInteger(max) || max < 1) throw new RangeError('LruMap max must be a positive integer');
  }

  get(key: K): V | undefined {
    const node = this.map.get(key);
    if (!node) return undefined;
    this.moveToNewest(node);
    return node.value;
  }

  set(key: K, value: V): void {
    const existing = this.map.get(key);
    if (existing) {
      existing.value = value;
      this.moveToNewest(existing);
      return;
    }
    const node: Node<K, V> = { key, value, prev: this.newest, next: undefined };
    if (this.newest) this.newest.next = node;
    else this.oldest = node;
    this.newest = node;
    this.map.set(key, node);
    while (this.map.size > this.max && this.oldest) this.remove(this.oldest);
  }

  delete(key: K): boolean {
    const node = this.map.get(key);
    if (!node) return false;
    this.remove(node);
    return true;
  }

  /** Does not change the recency order. */
  has(key: K): boolean {
    return this.map.has(key);
  }

  get size(): number {
    return this.map.size;
  }

  private unlink(node: Node<K, V>): void {
    if (node.prev) node.prev.next = node.next;
    else this.oldest = node.next;
    if (node.next) node.next.prev = node.prev;
    else this.newest = node.prev;
    node.prev = node.next = undefined;
  }

  private remove(node: Node<K, V>): void {
    this.unlink(node);
    this.map.delete(node.key);
  }

  private moveToNewest(node: Node<K, V>): void {
    if (this.newest === node) return;
    this.unlink(node);
    node.prev = this.newest;
    if (this.newest) this.newest.next = node;
    else this.oldest = node;
    this.newest = node;
  }
}
