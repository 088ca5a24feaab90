// Medians and their 95 % confidence intervals by the percentile bootstrap, and the ratio of two
// medians with its interval from resampling the pairs of interleaved loads (see bench/README.md).

/** @param {readonly number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A seeded generator (mulberry32), so that a run's intervals can be reproduced from its samples. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))))];

/**
 * Compares paired samples: `a[i]` and `b[i]` were measured next to each other (one round).
 *
 * @param {readonly number[]} a
 * @param {readonly number[]} b
 * @param {number} [resamples]
 * @returns {{ a: Interval, b: Interval, ratio: Interval, n: number }}
 * @typedef {{ median: number, low: number, high: number }} Interval
 */
export function comparePaired(a, b, resamples = 4000) {
  if (a.length !== b.length || a.length === 0) throw new Error('comparePaired needs two equally long, non-empty lists');
  const n = a.length;
  const next = random(0x5e001);
  const ma = [];
  const mb = [];
  const ratios = [];
  const ra = new Array(n);
  const rb = new Array(n);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) {
      const pick = Math.floor(next() * n);
      ra[i] = a[pick];
      rb[i] = b[pick];
    }
    const x = median(ra);
    const y = median(rb);
    ma.push(x);
    mb.push(y);
    ratios.push(x / y);
  }
  const interval = (point, list) => {
    list.sort((p, q) => p - q);
    return { median: point, low: percentile(list, 0.025), high: percentile(list, 0.975) };
  };
  return {
    n,
    a: interval(median(a), ma),
    b: interval(median(b), mb),
    ratio: interval(median(a) / median(b), ratios),
  };
}
