/** A precomputed mixed-radix (2, 3, 4, 5) FFT of one length. */
export interface FftPlan {
  readonly n: number;
  /** Radices, outermost first. */
  readonly factors: readonly number[];
  /** Input index of each position before the butterfly stages (decimation in time). */
  readonly perm: Int32Array;
  /** Per stage (innermost first): radix p, child size m, and twiddles W_{pm}^{q·k} (forward sign)
   *  for q = 1…p−1, k = 0…m−1 at [(q − 1)·m + k]. */
  readonly stages: readonly { readonly p: number; readonly m: number; readonly cos: Float64Array; readonly sin: Float64Array }[];
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
  const stages = [];
  let m = 1;
  for (let level = factors.length - 1; level >= 0; level--) {
    const p = factors[level], size = p * m;
    const cos = new Float64Array((p - 1) * m), sin = new Float64Array((p - 1) * m);
    for (let q = 1; q < p; q++)
      for (let k = 0; k < m; k++) {
        const a = (-2 * Math.PI * q * k) / size;
        cos[(q - 1) * m + k] = Math.cos(a);
        sin[(q - 1) * m + k] = Math.sin(a);
      }
    stages.push({ p, m, cos, sin });
    m = size;
  }
  return { n, factors, perm, stages };
}
