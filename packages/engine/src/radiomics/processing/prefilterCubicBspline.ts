/** Pole of the cubic B-spline interpolation prefilter. */
const Z = Math.sqrt(3) - 2;
/** Terms kept in the causal initialisation sum (|z|^k < 1e-16 beyond). */
const HORIZON = Math.ceil(Math.log(1e-16) / Math.log(-Z));

/**
 * In place: samples → cubic B-spline coefficients along one axis of an i-fastest block, for every
 * line along that axis (Unser's recursive filter, mirror boundaries, as scipy's `spline_filter1d`
 * with mode "mirror"). Interpolating the coefficients with cubic B-spline weights reproduces the
 * samples exactly at the grid points (IBSI "tricubic spline interpolation").
 */
export function prefilterCubicBspline(data: Float64Array, dims: readonly [number, number, number], axis: 0 | 1 | 2): void {
  const n = dims[axis];
  if (n < 2) return;
  const stride = axis === 0 ? 1 : axis === 1 ? dims[0] : dims[0] * dims[1];
  const line = new Float64Array(n);
  const lines: number[] = [];
  for (let k = 0; k < (axis === 2 ? 1 : dims[2]); k++)
    for (let j = 0; j < (axis === 1 ? 1 : dims[1]); j++)
      for (let i = 0; i < (axis === 0 ? 1 : dims[0]); i++) lines.push(i + dims[0] * (j + dims[1] * k));
  for (const base of lines) {
    for (let q = 0; q < n; q++) line[q] = 6 * data[base + q * stride];
    line[0] = initialCausal(line);
    for (let q = 1; q < n; q++) line[q] += Z * line[q - 1];
    line[n - 1] = (Z / (Z * Z - 1)) * (Z * line[n - 2] + line[n - 1]);
    for (let q = n - 2; q >= 0; q--) line[q] = Z * (line[q + 1] - line[q]);
    for (let q = 0; q < n; q++) data[base + q * stride] = line[q];
  }
}

/** c⁺(0) for mirror-symmetric extension of the (gain-scaled) samples. */
function initialCausal(c: Float64Array): number {
  const n = c.length;
  if (HORIZON < n) {
    let zn = Z, sum = c[0];
    for (let q = 1; q < HORIZON; q++) {
      sum += zn * c[q];
      zn *= Z;
    }
    return sum;
  }
  let zn = Z;
  const iz = 1 / Z;
  let z2n = Math.pow(Z, n - 1);
  let sum = c[0] + z2n * c[n - 1];
  z2n *= z2n * iz;
  for (let q = 1; q <= n - 2; q++) {
    sum += (zn + z2n) * c[q];
    zn *= Z;
    z2n *= iz;
  }
  return sum / (1 - zn * zn);
}
