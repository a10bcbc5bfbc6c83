// What the compact per-file stores (BranchHits, FunctionHits) share: they are a Map<string, Counter> to every
// caller, hold their entries in typed arrays while records come in the order writers use, and turn into a
// plain Map once, for good, when anything else happens (a repeat, a record out of order, a change made
// through the Map interface). A store says how big its compact form is, lists its entries, and drops them.
import type { Counter } from './detail.js';

export abstract class CompactCounterMap implements Map<string, Counter> {
  /** Set once the compact form cannot hold the entries any more. */
  protected map: Map<string, Counter> | undefined;

  abstract get [Symbol.toStringTag](): string;

  /** Entries held compactly (only read while `map` is unset). */
  protected abstract compactSize(): number;

  /** The compact entries, in the order they were added (only read while `map` is unset). */
  protected abstract compactEntries(): Generator<[string, Counter]>;

  /** Lets go of the compact form's storage: it was copied into `map`, or the store is cleared. */
  protected abstract resetCompact(): void;

  get size(): number {
    return this.map ? this.map.size : this.compactSize();
  }

  protected asMap(): Map<string, Counter> {
    if (this.map) return this.map;
    const map = new Map<string, Counter>();
    for (const [key, counter] of this.compactEntries()) map.set(key, counter);
    this.map = map;
    this.resetCompact();
    return map;
  }

  // Reads go through the Map too: callers may change the Counter they get, which must then stick.
  get(key: string): Counter | undefined {
    return this.asMap().get(key);
  }

  has(key: string): boolean {
    return this.asMap().has(key);
  }

  set(key: string, counter: Counter): this {
    this.asMap().set(key, counter);
    return this;
  }

  delete(key: string): boolean {
    return this.asMap().delete(key);
  }

  clear(): void {
    this.map = undefined;
    this.resetCompact();
  }

  *entries(): MapIterator<[string, Counter]> {
    if (this.map) {
      yield* this.map.entries();
      return;
    }
    yield* this.compactEntries();
  }

  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<Counter> {
    for (const [, counter] of this.entries()) yield counter;
  }

  [Symbol.iterator](): MapIterator<[string, Counter]> {
    return this.entries();
  }

  forEach(callback: (value: Counter, key: string, map: Map<string, Counter>) => void, thisArg?: unknown): void {
    for (const [key, counter] of this.entries()) callback.call(thisArg, counter, key, this);
  }
}
