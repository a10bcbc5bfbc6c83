// Hits per line number, stored densely: source lines run from 1 to a few thousand with few gaps, so a
// Float64Array indexed by line number holds them in 8 bytes each where a Map takes about 40 and rehashes as it
// grows. A typed array's contents also sit outside the objects the garbage collector scans and copies: a
// million hit counts in plain arrays were copied each time the collector moved what survived.
// At 10,000 files and 1,000,000 lines that is the difference between the read fitting in 150 MB or not.
// It is a Map<number, number> to every caller; iteration is in line order.
import { float64s } from './slab.js';

/** Shared by every store not yet grown (a typed array and a buffer per new store: 60,000 objects of garbage). */
const EMPTY: Float64Array = new Float64Array(0);

/** Marks a line with no DA record (hits are never negative in the dense store). */
const ABSENT = -1;

export class LineHits implements Map<number, number> {
  private hits: Float64Array = EMPTY;
  /** One past the highest line stored. */
  private end = 0;
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
    if (!(line >= 0 && line < this.end)) return undefined;
    const h = this.hits[line]!;
    return h === ABSENT ? undefined : h;
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
    if (line >= this.hits.length) this.grow(line);
    if (line >= this.end) this.end = line + 1;
    if (this.hits[line] === ABSENT) this.count++;
    this.hits[line] = hits;
    return this;
  }

  /** Doubling, so a file of n lines costs a handful of copies; new slots start ABSENT. */
  private grow(line: number): void {
    const next = float64s(Math.max(128, line + 1, this.hits.length * 2)).fill(ABSENT);
    next.set(this.hits);
    this.hits = next;
  }

  /** Adds hits to a line (a DA record): the reader's hot path, one bounds check in the common case. */
  add(line: number, hits: number): void {
    if (!this.sparse && line < this.hits.length && line >= 0 && hits >= 0) {
      const had = this.hits[line]!;
      if (had !== ABSENT) {
        this.hits[line] = had + hits;
        return;
      }
      this.count++;
      this.hits[line] = hits;
      if (line >= this.end) this.end = line + 1;
      return;
    }
    const had = this.get(line);
    this.set(line, had === undefined ? hits : had + hits);
  }

  delete(line: number): boolean {
    if (this.sparse) return this.sparse.delete(line);
    if (!this.has(line)) return false;
    this.hits[line] = ABSENT;
    this.count--;
    return true;
  }

  clear(): void {
    this.sparse = undefined;
    this.hits = EMPTY;
    this.end = 0;
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
    for (let i = 0; i < this.end; i++) if (hits[i]! > 0) covered++;
    return { covered, total: this.count };
  }

  *entries(): MapIterator<[number, number]> {
    if (this.sparse) {
      yield* [...this.sparse].sort((a, b) => a[0] - b[0]);
      return;
    }
    const hits = this.hits;
    for (let i = 0; i < this.end; i++) if (hits[i] !== ABSENT) yield [i, hits[i]!];
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
    this.hits = EMPTY;
    this.end = 0;
    this.count = 0;
    return map;
  }
}
