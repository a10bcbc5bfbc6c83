// Hits per line number, stored densely: source lines run from 1 to a few thousand with few gaps, so an array
// indexed by line number (V8 keeps small integers unboxed in it) holds them in a few bytes each where a Map
// takes about 40 and rehashes as it grows.
// At 10,000 files and 1,000,000 lines that is the difference between the read fitting in 150 MB or not.
// It is a Map<number, number> to every caller; iteration is in line order.


export class LineHits implements Map<number, number> {
  private hits: (number | undefined)[] = [];
  private count = 0;
  /** Past this a file is too sparse for an array (a generated file's line 900,000): a Map takes over. */
  private sparse: Map<number, number> | undefined;

  get size(): number {
    return this.sparse ? this.sparse.size : this.count;
  }

  get [Symbol.toStringTag](): string {
    return 'LineHits';
  }

  get(line: number): number | undefined {
    if (this.sparse) return this.sparse.get(line);
    return this.hits[line];
  }

  has(line: number): boolean {
    return this.get(line) !== undefined;
  }

  set(line: number, hits: number): this {
    if (this.sparse) {
      this.sparse.set(line, hits);
      return this;
    }
    if (!Number.isInteger(line) || line < 0 || hits < 0 || line > 8 * this.count + 4096) {
      this.toSparse().set(line, hits);
      return this;
    }
    // Filling the gap keeps the array packed (holes would make V8 fall back to slower elements).
    while (this.hits.length < line) this.hits.push(undefined);
    if (this.hits[line] === undefined) this.count++;
    this.hits[line] = hits;
    return this;
  }

  delete(line: number): boolean {
    if (this.sparse) return this.sparse.delete(line);
    if (!this.has(line)) return false;
    this.hits[line] = undefined;
    this.count--;
    return true;
  }

  clear(): void {
    this.sparse = undefined;
    this.hits = [];
    this.count = 0;
  }

  /** Lines with at least one hit, and lines listed: the line metric without iterating through a generator. */
  metric(): { covered: number; total: number } {
    if (this.sparse) {
      let covered = 0;
      for (const h of this.sparse.values()) if (h > 0) covered++;
      return { covered, total: this.sparse.size };
    }
    let covered = 0;
    const hits = this.hits;
    for (let i = 0; i < hits.length; i++) if (hits[i]! > 0) covered++;
    return { covered, total: this.count };
  }

  *entries(): MapIterator<[number, number]> {
    if (this.sparse) {
      yield* [...this.sparse].sort((a, b) => a[0] - b[0]);
      return;
    }
    const hits = this.hits;
    for (let i = 0; i < hits.length; i++) if (hits[i] !== undefined) yield [i, hits[i]!];
  }

  *keys(): MapIterator<number> {
    for (const [line] of this.entries()) yield line;
  }

  *values(): MapIterator<number> {
    for (const [, hits] of this.entries()) yield hits;
  }

  [Symbol.iterator](): MapIterator<[number, number]> {
    return this.entries();
  }

  forEach(callback: (value: number, key: number, map: Map<number, number>) => void, thisArg?: unknown): void {
    for (const [line, hits] of this.entries()) callback.call(thisArg, hits, line, this);
  }

  private toSparse(): Map<number, number> {
    const map = new Map<number, number>();
    for (const [line, hits] of this.entries()) map.set(line, hits);
    this.sparse = map;
    this.hits = [];
    this.count = 0;
    return map;
  }
}
