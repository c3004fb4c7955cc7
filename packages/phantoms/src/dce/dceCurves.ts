// Analytic truth of the synthetic DCE-MRI series, computed independently of the engine: Parker 2006
// AIF (Table 1), tissue by the (extended) Tofts model integrated on a 0.01 s grid, SPGR signal equation.

/** Tracer-kinetic parameters of a tissue (extended Tofts; vp = 0 is plain Tofts). */
export interface DceTissue {
  readonly ktransPerMin: number;
  readonly ve: number;
  readonly vp: number;
}

const P = { a1: 0.809, a2: 0.33, t1: 0.17046, t2: 0.365, s1: 0.0563, s2: 0.132, alpha: 1.05, beta: 0.1685, s: 38.078, tau: 0.483 };

/** Parker 2006 blood concentration (mM) at t min after the arrival. */
export function parkerBlood(t: number): number {
  const g = (a: number, m: number, s: number) => (a / (s * Math.sqrt(2 * Math.PI))) * Math.exp(-((t - m) ** 2) / (2 * s * s));
  return g(P.a1, P.t1, P.s1) + g(P.a2, P.t2, P.s2) + (P.alpha * Math.exp(-P.beta * t)) / (1 + Math.exp(-P.s * (t - P.tau)));
}

/**
 * Concentration (mM) at the phase times. Tissue: vp Cp + Ktrans ∫ Cp e^(−kep (t − s)) ds (trapezoid
 * on 0.01 s, Cp = Parker Cb / (1 − hct), 0 before `batS`); 'blood': Parker Cb itself.
 */
export function tissueCurve(tissue: DceTissue | 'blood', timesS: readonly number[], batS: number, hct: number): number[] {
  const cp = (tS: number) => (tS < batS ? 0 : parkerBlood((tS - batS) / 60) / (1 - hct));
  if (tissue === 'blood') return timesS.map((t) => cp(t) * (1 - hct));
  const kep = tissue.ktransPerMin / tissue.ve, h = 0.01;
  const e = Math.exp((-kep * h) / 60);
  const out: number[] = [];
  let integral = 0, t = batS, prev = cp(batS);
  for (const tPhase of timesS) {
    if (tPhase < batS) {
      out.push(0);
      continue;
    }
    while (t + h <= tPhase + 1e-12) {
      const next = cp(t + h);
      integral = integral * e + ((h / 60) / 2) * (prev * e + next);
      prev = next;
      t += h;
    }
    // Remaining partial step to the phase time.
    const dt = tPhase - t;
    const ep = Math.exp((-kep * dt) / 60);
    const at = cp(tPhase);
    out.push(tissue.ktransPerMin * (integral * ep + ((dt / 60) / 2) * (prev * ep + at)) + tissue.vp * at);
  }
  return out;
}

/** SPGR signal (a.u.) for T1 = 1/(1/T10 + r1 C): M0 sin α (1 − E1)/(1 − cos α E1), E1 = exp(−TR/T1). */
export function spgrSignal(m0: number, faDeg: number, trMs: number, t10Ms: number, concMm: number, r1: number): number {
  const a = (faDeg * Math.PI) / 180;
  const e1 = Math.exp(-(trMs / 1000) * (1000 / t10Ms + r1 * concMm));
  return (m0 * Math.sin(a) * (1 - e1)) / (1 - Math.cos(a) * e1);
}
