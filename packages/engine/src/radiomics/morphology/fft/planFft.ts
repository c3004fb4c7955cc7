/** A precomputed mixed-radix (2, 3, 5) FFT of one length. */
export interface FftPlan {
  readonly n: number;
  /** Radices, outermost first. */
  readonly factors: readonly number[];
  /** Input index of each position before the butterfly stages (decimation in time). */
  readonly perm: Int32Array;
  /** cos/sin of −2πe/n, e = 0…n−1. */
  readonly cos: Float64Array;
  readonly sin: Float64Array;
}

/** Smallest m ≥ n whose only prime factors are 2, 3 and 5. */
export function nextSmoothSize(n: number): number {
  for (let m = Math.max(1, n); ; m++) {
    let r = m;
    for (const p of [2, 3, 5]) while (r % p === 0) r /= p;
    if (r === 1) return m;
  }
}

/** Plan for a length whose prime factors are 2, 3, 5 (see nextSmoothSize). */
export function planFft(n: number): FftPlan {
  const factors: number[] = [];
  let r = n;
  for (const p of [4, 2, 3, 5])
    while (r % p === 0) {
      factors.push(p);
      r /= p;
    }
  if (r !== 1) throw new Error(`planFft: ${n} has a prime factor other than 2, 3, 5`);
  const perm = new Int32Array(n);
  let w = 0;
  const rec = (offset: number, stride: number, level: number): void => {
    if (level === factors.length) {
      perm[w++] = offset;
      return;
    }
    const p = factors[level];
    for (let q = 0; q < p; q++) rec(offset + q * stride, stride * p, level + 1);
  };
  rec(0, 1, 0);
  const cos = new Float64Array(n), sin = new Float64Array(n);
  for (let e = 0; e < n; e++) {
    cos[e] = Math.cos((-2 * Math.PI * e) / n);
    sin[e] = Math.sin((-2 * Math.PI * e) / n);
  }
  return { n, factors, perm, cos, sin };
}
