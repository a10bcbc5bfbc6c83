// lcov functions of one file (FN:<line>,<name> and FNDA:<hits>,<name>), stored as a list of names and one
// Float64Array of start lines and hits rather than a "line,name" key, a Counter object and a Map entry each:
// like the branches, those objects lived through the whole read and were copied by every garbage collection.
// Writers list FN in line order and then FNDA in the same order, and that is all the compact form takes:
// an FN whose line does not come after the last one, or an FNDA that is not the next function's, is refused,
// and the reader then goes through the Map interface, which turns the store into a plain Map for good.
// It is a Map<string, Counter> ("line,name" -> counter) to every caller, iterated in the order of the FN.
import type { Counter } from './detail.js';
import { CompactCounterMap } from './compact-map.js';
import { float64s } from './slab.js';

/** Shared by every store not yet grown (a typed array and a buffer per new store: 60,000 objects of garbage). */
const EMPTY: Float64Array = new Float64Array(0);

export class FunctionHits extends CompactCounterMap {
  private names: string[] = [];
  /** Per function: start line, hits. */
  private nums: Float64Array = EMPTY;
  /** The function the next FNDA is expected to name. */
  private nextFnda = 0;

  get [Symbol.toStringTag](): string {
    return 'FunctionHits';
  }

  /** True while the functions are held compactly (the reader's fast path may be used). */
  get compact(): boolean {
    return this.map === undefined;
  }

  /** The compact functions in order, and how many FNDA have been paired: the reader rebuilds its state from them. */
  listed(): { names: readonly string[]; keys: string[]; fndaPaired: number } {
    const keys = this.names.map((name, i) => `${this.nums[2 * i]},${name}`);
    return { names: this.names, keys, fndaPaired: this.nextFnda };
  }

  /** FN: false when it does not start after the last function (it might repeat one). */
  appendFn(line: number, name: string): boolean {
    if (this.map) return false;
    const i = this.names.length;
    if (i > 0 && !(line > this.nums[2 * i - 2]!)) return false;
    if (2 * i + 2 > this.nums.length) {
      const next = float64s(Math.max(16, this.nums.length * 2));
      next.set(this.nums);
      this.nums = next;
    }
    this.names.push(name);
    this.nums[2 * i] = line;
    this.nums[2 * i + 1] = 0;
    return true;
  }

  /** FNDA: false unless it names the function after the last one paired. */
  addFnda(name: string, hits: number): boolean {
    if (this.map) return false;
    const i = this.nextFnda;
    if (i >= this.names.length || this.names[i] !== name) return false;
    this.nums[2 * i + 1] += hits;
    this.nextFnda = i + 1;
    return true;
  }

  /** The name the next FNDA is expected to give while compact, so the reader can compare bytes with it. */
  nextFndaName(): string | undefined {
    return this.map ? undefined : this.names[this.nextFnda];
  }

  /** FNDA of the function `nextFndaName` gave. */
  addNextFnda(hits: number): void {
    this.nums[2 * this.nextFnda + 1] += hits;
    this.nextFnda++;
  }

  /** Functions listed and functions run at least once, without an object per function. */
  metric(): { covered: number; total: number } {
    let covered = 0;
    if (this.map) {
      for (const f of this.map.values()) if (f.hits > 0) covered++;
      return { covered, total: this.map.size };
    }
    for (let i = 0; i < this.names.length; i++) if (this.nums[2 * i + 1]! > 0) covered++;
    return { covered, total: this.names.length };
  }

  protected compactSize(): number {
    return this.names.length;
  }

  protected *compactEntries(): Generator<[string, Counter]> {
    for (let i = 0; i < this.names.length; i++) {
      const name = this.names[i]!;
      const line = this.nums[2 * i]!;
      yield [`${line},${name}`, { line, hits: this.nums[2 * i + 1]!, name }];
    }
  }

  protected resetCompact(): void {
    this.names = [];
    this.nums = EMPTY;
    this.nextFnda = 0;
  }
}
