import type { FftPlan } from './planFft';

const C3 = -0.5, S3 = Math.sqrt(3) / 2;
const C51 = Math.cos((2 * Math.PI) / 5), C52 = Math.cos((4 * Math.PI) / 5), S51 = Math.sin((2 * Math.PI) / 5), S52 = Math.sin((4 * Math.PI) / 5);

/**
 * In-place DFT of `batch` complex lines at once, X[k] = Σ x[t]·e^(∓2πikt/n) (− forward, + inverse,
 * unscaled). Element t of line b sits at base + b + t·stride (lines interleaved element by
 * element, so the innermost loops run over contiguous memory). Mixed-radix decimation in time: the
 * lines are read in the plan's digit-reversed order into (tr, ti) (length ≥ n·batch), then each
 * stage combines p child DFTs of size m in place: X[k + r·m] = Σ_q W_{pm}^{qk} W_p^{qr} C_q[k].
 */
export function transformFftLines(plan: FftPlan, re: Float64Array, im: Float64Array, base: number, stride: number, batch: number, tr: Float64Array, ti: Float64Array, inverse: boolean): void {
  const { n, perm, stages } = plan;
  const B = batch;
  for (let t = 0; t < n; t++) {
    const src = base + perm[t] * stride, dst = t * B;
    for (let b = 0; b < B; b++) {
      tr[dst + b] = re[src + b];
      ti[dst + b] = im[src + b];
    }
  }
  const sg = inverse ? -1 : 1;
  for (const { p, m, cos, sin } of stages) {
    const size = p * m;
    for (let g = 0; g < n; g += size)
      for (let k = 0; k < m; k++) {
        const o0 = (g + k) * B, om = m * B;
        if (p === 2) {
          const wr = cos[k], wi = sg * sin[k];
          for (let b = 0; b < B; b++) {
            const a0 = o0 + b, a1 = a0 + om;
            const xr = tr[a1] * wr - ti[a1] * wi, xi = tr[a1] * wi + ti[a1] * wr;
            tr[a1] = tr[a0] - xr;
            ti[a1] = ti[a0] - xi;
            tr[a0] += xr;
            ti[a0] += xi;
          }
        } else if (p === 4) {
          const w1r = cos[k], w1i = sg * sin[k], w2r = cos[m + k], w2i = sg * sin[m + k], w3r = cos[2 * m + k], w3i = sg * sin[2 * m + k];
          for (let b = 0; b < B; b++) {
            const a0 = o0 + b, a1 = a0 + om, a2 = a1 + om, a3 = a2 + om;
            const x0r = tr[a0], x0i = ti[a0];
            const x1r = tr[a1] * w1r - ti[a1] * w1i, x1i = tr[a1] * w1i + ti[a1] * w1r;
            const x2r = tr[a2] * w2r - ti[a2] * w2i, x2i = tr[a2] * w2i + ti[a2] * w2r;
            const x3r = tr[a3] * w3r - ti[a3] * w3i, x3i = tr[a3] * w3i + ti[a3] * w3r;
            const sr = x0r + x2r, si = x0i + x2i, dr = x0r - x2r, di = x0i - x2i;
            const ur = x1r + x3r, ui = x1i + x3i;
            // ∓i·(x1 − x3)
            const vr = sg * (x1i - x3i), vi = -sg * (x1r - x3r);
            tr[a0] = sr + ur;
            ti[a0] = si + ui;
            tr[a1] = dr + vr;
            ti[a1] = di + vi;
            tr[a2] = sr - ur;
            ti[a2] = si - ui;
            tr[a3] = dr - vr;
            ti[a3] = di - vi;
          }
        } else if (p === 3) {
          const w1r = cos[k], w1i = sg * sin[k], w2r = cos[m + k], w2i = sg * sin[m + k];
          const s3 = -sg * S3;
          for (let b = 0; b < B; b++) {
            const a0 = o0 + b, a1 = a0 + om, a2 = a1 + om;
            const x0r = tr[a0], x0i = ti[a0];
            const x1r = tr[a1] * w1r - ti[a1] * w1i, x1i = tr[a1] * w1i + ti[a1] * w1r;
            const x2r = tr[a2] * w2r - ti[a2] * w2i, x2i = tr[a2] * w2i + ti[a2] * w2r;
            const sr = x1r + x2r, si = x1i + x2i, dr = x1r - x2r, di = x1i - x2i;
            const mr = x0r + C3 * sr, mi = x0i + C3 * si;
            tr[a0] = x0r + sr;
            ti[a0] = x0i + si;
            // W_3 = e^(∓2πi/3): ±i·sin part applied to the difference.
            tr[a1] = mr - s3 * di;
            ti[a1] = mi + s3 * dr;
            tr[a2] = mr + s3 * di;
            ti[a2] = mi - s3 * dr;
          }
        } else {
          const w1r = cos[k], w1i = sg * sin[k], w2r = cos[m + k], w2i = sg * sin[m + k];
          const w3r = cos[2 * m + k], w3i = sg * sin[2 * m + k], w4r = cos[3 * m + k], w4i = sg * sin[3 * m + k];
          const s1 = -sg * S51, s2 = -sg * S52;
          for (let b = 0; b < B; b++) {
            const a0 = o0 + b, a1 = a0 + om, a2 = a1 + om, a3 = a2 + om, a4 = a3 + om;
            const x0r = tr[a0], x0i = ti[a0];
            const x1r = tr[a1] * w1r - ti[a1] * w1i, x1i = tr[a1] * w1i + ti[a1] * w1r;
            const x2r = tr[a2] * w2r - ti[a2] * w2i, x2i = tr[a2] * w2i + ti[a2] * w2r;
            const x3r = tr[a3] * w3r - ti[a3] * w3i, x3i = tr[a3] * w3i + ti[a3] * w3r;
            const x4r = tr[a4] * w4r - ti[a4] * w4i, x4i = tr[a4] * w4i + ti[a4] * w4r;
            const p1r = x1r + x4r, p1i = x1i + x4i, m1r = x1r - x4r, m1i = x1i - x4i;
            const p2r = x2r + x3r, p2i = x2i + x3i, m2r = x2r - x3r, m2i = x2i - x3i;
            const c1r = x0r + C51 * p1r + C52 * p2r, c1i = x0i + C51 * p1i + C52 * p2i;
            const c2r = x0r + C52 * p1r + C51 * p2r, c2i = x0i + C52 * p1i + C51 * p2i;
            // i·(s·m) terms: e^(∓2πiq/5) = cos ∓ i·sin.
            const d1r = -(s1 * m1i + s2 * m2i), d1i = s1 * m1r + s2 * m2r;
            const d2r = -(s2 * m1i - s1 * m2i), d2i = s2 * m1r - s1 * m2r;
            tr[a0] = x0r + p1r + p2r;
            ti[a0] = x0i + p1i + p2i;
            tr[a1] = c1r + d1r;
            ti[a1] = c1i + d1i;
            tr[a4] = c1r - d1r;
            ti[a4] = c1i - d1i;
            tr[a2] = c2r + d2r;
            ti[a2] = c2i + d2i;
            tr[a3] = c2r - d2r;
            ti[a3] = c2i - d2i;
          }
        }
      }
  }
  for (let t = 0; t < n; t++) {
    const dst = base + t * stride, src = t * B;
    for (let b = 0; b < B; b++) {
      re[dst + b] = tr[src + b];
      im[dst + b] = ti[src + b];
    }
  }
}
