// Small Float64Arrays carved out of shared 1 MiB buffers. The lcov reader keeps three typed arrays per
// file (line hits, functions, branches); at 10,000 files each with a buffer of its own, allocating and later
// sweeping 30,000 separate backing stores cost more than filling them. Views of one buffer cost an object each.
// A view dropped when its array grows leaves its slot unused until the whole slab is collected; the reader
// doubles, so that is at most the size of what it keeps.

const SLAB_DOUBLES = 128 * 1024;

let slab: ArrayBuffer | undefined;
let used = 0;

/** A zero-filled Float64Array of `length`, from the current slab when it is small. */
export function float64s(length: number): Float64Array<ArrayBuffer> {
  if (length > SLAB_DOUBLES / 8) return new Float64Array(length);
  if (!slab || used + length > SLAB_DOUBLES) {
    slab = new ArrayBuffer(SLAB_DOUBLES * 8);
    used = 0;
  }
  const view = new Float64Array(slab, used * 8, length);
  used += length;
  return view;
}
