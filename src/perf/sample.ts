// Bounded value samples for percentiles (latency, header metrics). Exact while under the cap; past it a
// reservoir keeps a uniform random subset, so memory stays fixed however long a stage runs.

export const DEFAULT_SAMPLE_CAP = 100_000;

export class BoundedSample {
  private readonly values: Float64Array;
  private kept = 0;
  /** Every value offered, kept or not. */
  count = 0;
  max = -Infinity;
  min = Infinity;
  sum = 0;
  private sorted = true;

  constructor(
    readonly cap = DEFAULT_SAMPLE_CAP,
    private readonly random: () => number = Math.random,
  ) {
    this.values = new Float64Array(cap);
  }

  add(value: number): void {
    if (!Number.isFinite(value)) return;
    this.count++;
    this.sum += value;
    if (value > this.max) this.max = value;
    if (value < this.min) this.min = value;
    if (this.kept < this.cap) {
      this.values[this.kept++] = value;
    } else {
      // Reservoir sampling (Algorithm R): each value seen so far stays with equal probability.
      const slot = Math.floor(this.random() * this.count);
      if (slot >= this.cap) return;
      this.values[slot] = value;
    }
    this.sorted = false;
  }

  /** Nearest-rank percentile (p in 0..100); undefined when nothing was recorded. */
  percentile(p: number): number | undefined {
    if (this.kept === 0) return undefined;
    const view = this.values.subarray(0, this.kept);
    if (!this.sorted) {
      view.sort();
      this.sorted = true;
    }
    const rank = Math.ceil((p / 100) * this.kept);
    return view[Math.min(this.kept, Math.max(1, rank)) - 1]!;
  }

  mean(): number | undefined {
    return this.count === 0 ? undefined : this.sum / this.count;
  }
}
