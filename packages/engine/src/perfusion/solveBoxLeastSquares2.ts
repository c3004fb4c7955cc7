/**
 * min over a ∈ [aLo, aHi], b ∈ [bLo, bHi] of ‖a x + b z − y‖², given the Gram entries
 * sxx = x·x, sxz = x·z, szz = z·z, sxy = x·y, szy = z·y, syy = y·y. The unconstrained solution when
 * it is inside the box, else the best of the solutions with one variable on each bound (the other
 * clamped): for a convex quadratic the box minimum lies on one of them. Writes [a, b, sse] into out.
 */
export function solveBoxLeastSquares2(
  sxx: number, sxz: number, szz: number, sxy: number, szy: number, syy: number,
  aLo: number, aHi: number, bLo: number, bHi: number, out: Float64Array,
): Float64Array {
  const det = sxx * szz - sxz * sxz;
  if (det > 1e-14 * sxx * szz) {
    const a = (sxy * szz - szy * sxz) / det, b = (szy * sxx - sxy * sxz) / det;
    if (a >= aLo && a <= aHi && b >= bLo && b <= bHi) {
      out[0] = a;
      out[1] = b;
      out[2] = Math.max(0, sse(a, b, sxx, sxz, szz, sxy, szy, syy));
      return out;
    }
  }
  let best = Infinity;
  for (let e = 0; e < 4; e++) {
    let a: number, b: number;
    if (e < 2) {
      a = e === 0 ? aLo : aHi;
      b = szz > 0 ? clamp((szy - a * sxz) / szz, bLo, bHi) : bLo;
    } else {
      b = e === 2 ? bLo : bHi;
      a = sxx > 0 ? clamp((sxy - b * sxz) / sxx, aLo, aHi) : aLo;
    }
    const s = sse(a, b, sxx, sxz, szz, sxy, szy, syy);
    if (s < best) {
      best = s;
      out[0] = a;
      out[1] = b;
    }
  }
  out[2] = Math.max(0, best);
  return out;
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

function sse(a: number, b: number, sxx: number, sxz: number, szz: number, sxy: number, szy: number, syy: number): number {
  return syy - 2 * (a * sxy + b * szy) + a * a * sxx + 2 * a * b * sxz + b * b * szz;
}
