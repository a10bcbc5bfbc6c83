// lcov branches (BRDA:<line>,<block>,<branch>,<taken>) of one file, stored as numbers in one Float64Array
// rather than a "line,block,branch" string, a Counter object and a Map entry each: at 100,000 branches those
// objects were kept alive through the whole read and copied by every garbage collection.
// Writers list a file's branches in order, so a record that sorts after the last one cannot repeat an earlier
// one and is appended without a lookup. Anything else (a repeat, a key that is not three numbers, a call
// through the Map interface that changes entries) turns the store into a plain Map once, and it stays one.
// It is a Map<string, Counter> to every caller, iterated in the order the branches were added.
import type { Counter } from './detail.js';
import { CompactCounterMap } from './compact-map.js';
import { float64s } from './slab.js';

/** Shared by every store not yet grown (a typed array and a buffer per new store: 60,000 objects of garbage). */
const EMPTY: Float64Array = new Float64Array(0);

/** Numbers per branch: line, block, branch, hits (-1: never evaluated, lcov's '-'). */
const STRIDE = 4;

export class BranchHits extends CompactCounterMap {
  private nums: Float64Array = EMPTY;
  private count = 0;

  get [Symbol.toStringTag](): string {
    return 'BranchHits';
  }

  /**
   * The lcov reader's way in: false when the branch does not sort after the last one (it may repeat one),
   * and the caller then goes through `get`/`set` with the string key.
   */
  append(line: number, block: number, branch: number, hits: number): boolean {
    if (this.map) return false;
    const n = this.count * STRIDE;
    if (n > 0) {
      const nums = this.nums;
      const dl = line - nums[n - 4]!;
      const db = block - nums[n - 3]!;
      if (!(dl > 0 || (dl === 0 && (db > 0 || (db === 0 && branch > nums[n - 2]!))))) return false;
    }
    if (n + STRIDE > this.nums.length) {
      const next = float64s(Math.max(16 * STRIDE, this.nums.length * 2));
      next.set(this.nums);
      this.nums = next;
    }
    this.nums[n] = line;
    this.nums[n + 1] = block;
    this.nums[n + 2] = branch;
    this.nums[n + 3] = hits;
    this.count++;
    return true;
  }

  /** Branches listed and branches taken at least once, without making an object per branch. */
  metric(): { covered: number; total: number } {
    if (this.map) {
      let covered = 0;
      for (const b of this.map.values()) if (b.hits > 0) covered++;
      return { covered, total: this.map.size };
    }
    let covered = 0;
    for (let i = 3; i < this.count * STRIDE; i += STRIDE) if (this.nums[i]! > 0) covered++;
    return { covered, total: this.count };
  }

  protected compactSize(): number {
    return this.count;
  }

  protected *compactEntries(): Generator<[string, Counter]> {
    const nums = this.nums;
    for (let i = 0; i < this.count * STRIDE; i += STRIDE) {
      yield [`${nums[i]},${nums[i + 1]},${nums[i + 2]}`, { line: nums[i]!, hits: nums[i + 3]! }];
    }
  }

  protected resetCompact(): void {
    this.nums = EMPTY;
    this.count = 0;
  }
}
