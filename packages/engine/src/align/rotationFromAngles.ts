/**
 * Row-major 3×3 rotation Rz(γ)·Ry(β)·Rx(α) (radians, right-handed about the patient LPS axes:
 * x first, then y, then z). Writes into `out` when given (the optimiser reuses one buffer).
 */
export function rotationFromAngles(alpha: number, beta: number, gamma: number, out: number[] | Float64Array = new Array<number>(9)): number[] | Float64Array {
  const ca = Math.cos(alpha), sa = Math.sin(alpha), cb = Math.cos(beta), sb = Math.sin(beta), cg = Math.cos(gamma), sg = Math.sin(gamma);
  out[0] = cg * cb;
  out[1] = cg * sb * sa - sg * ca;
  out[2] = cg * sb * ca + sg * sa;
  out[3] = sg * cb;
  out[4] = sg * sb * sa + cg * ca;
  out[5] = sg * sb * ca - cg * sa;
  out[6] = -sb;
  out[7] = cb * sa;
  out[8] = cb * ca;
  return out;
}
