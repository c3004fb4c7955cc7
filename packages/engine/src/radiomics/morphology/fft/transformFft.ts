import type { FftPlan } from './planFft';

/**
 * In-place DFT of one complex line (re, im), X[k] = Σ x[t]·e^(∓2πikt/n) (− forward, + inverse; the
 * inverse is not scaled). Mixed-radix decimation in time: the input is read in the plan's digit-
 * reversed order into (tr, ti), then each stage combines p child DFTs of size m into one of size
 * p·m in place: X[k + r·m] = Σ_q W_{pm}^{qk} W_p^{qr} C_q[k].
 */
export function transformFft(plan: FftPlan, re: Float64Array, im: Float64Array, tr: Float64Array, ti: Float64Array, inverse: boolean): void {
  const { n, factors, perm, cos, sin } = plan;
  for (let q = 0; q < n; q++) {
    tr[q] = re[perm[q]];
    ti[q] = im[perm[q]];
  }
  const sgn = inverse ? -1 : 1;
  let m = 1;
  const xr = new Float64Array(5), xi = new Float64Array(5);
  for (let level = factors.length - 1; level >= 0; level--) {
    const p = factors[level];
    const size = p * m, step = n / size;
    for (let g = 0; g < n; g += size)
      for (let k = 0; k < m; k++) {
        // Twiddled children.
        for (let q = 0; q < p; q++) {
          const a = tr[g + k + q * m], b = ti[g + k + q * m];
          const e = ((q * k) % size) * step;
          const c = cos[e], s = sgn * sin[e];
          xr[q] = a * c - b * s;
          xi[q] = a * s + b * c;
        }
        if (p === 2) {
          tr[g + k] = xr[0] + xr[1];
          ti[g + k] = xi[0] + xi[1];
          tr[g + k + m] = xr[0] - xr[1];
          ti[g + k + m] = xi[0] - xi[1];
        } else if (p === 4) {
          const ar = xr[0] + xr[2], ai = xi[0] + xi[2], br = xr[0] - xr[2], bi = xi[0] - xi[2];
          const cr = xr[1] + xr[3], ci = xi[1] + xi[3];
          // −i·(x1 − x3) forward, +i inverse
          const dr = sgn * (xi[1] - xi[3]), di = -sgn * (xr[1] - xr[3]);
          tr[g + k] = ar + cr;
          ti[g + k] = ai + ci;
          tr[g + k + m] = br + dr;
          ti[g + k + m] = bi + di;
          tr[g + k + 2 * m] = ar - cr;
          ti[g + k + 2 * m] = ai - ci;
          tr[g + k + 3 * m] = br - dr;
          ti[g + k + 3 * m] = bi - di;
        } else {
          const pstep = n / p;
          for (let r = 0; r < p; r++) {
            let sr = 0, si = 0;
            for (let q = 0; q < p; q++) {
              const e = ((q * r) % p) * pstep;
              const c = cos[e], s = sgn * sin[e];
              sr += xr[q] * c - xi[q] * s;
              si += xr[q] * s + xi[q] * c;
            }
            tr[g + k + r * m] = sr;
            ti[g + k + r * m] = si;
          }
        }
      }
    m = size;
  }
  re.set(tr.subarray(0, n));
  im.set(ti.subarray(0, n));
}
