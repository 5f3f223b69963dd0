/** A small map that forgets everything when full: the hit path's caches (bounded memory). */
export class BoundedCache<V> {
  private map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    return this.map.get(key);
  }
  set(key: string, value: V): V {
    if (this.map.size >= this.max) this.map.clear();
    this.map.set(key, value);
    return value;
  }
  delete(key: string): void {
    this.map.delete(key);
  }
}
