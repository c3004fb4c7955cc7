import type { Vec3 } from '@caliper/core';
import type { Shape } from './shape';

export interface Lobe {
  /** Unit vector (LPS) the lobe points along. */
  readonly direction: Vec3;
  /** Relative radial bump at the lobe's apex (0.3 = +30 % of the base radius). */
  readonly amplitude: number;
  /** Angular sharpness κ: the bump falls as exp(κ (cos θ − 1)). */
  readonly sharpness: number;
}

export interface LobulatedOptions {
  readonly centre: Vec3;
  readonly baseRadius: number;
  readonly lobes: readonly Lobe[];
}

/** Radius (mm) of the star-shaped solid along unit vector u. */
export function lobulatedRadius(o: LobulatedOptions, ux: number, uy: number, uz: number): number {
  let f = 1;
  for (const l of o.lobes) {
    const cos = ux * l.direction[0] + uy * l.direction[1] + uz * l.direction[2];
    f += l.amplitude * Math.exp(l.sharpness * (cos - 1));
  }
  return o.baseRadius * f;
}

/**
 * Volume of a star-shaped solid, V = ∮ r(u)^3 / 3 dΩ, by the midpoint rule in (cos θ, φ) on a
 * 600 × 1200 grid (smooth integrand: relative error below 1e-6).
 */
export function lobulatedVolumeMm3(o: LobulatedOptions): number {
  const nMu = 600;
  const nPhi = 1200;
  let sum = 0;
  for (let a = 0; a < nMu; a++) {
    const mu = -1 + ((a + 0.5) * 2) / nMu;
    const sinT = Math.sqrt(1 - mu * mu);
    for (let b = 0; b < nPhi; b++) {
      const phi = ((b + 0.5) * 2 * Math.PI) / nPhi;
      const r = lobulatedRadius(o, sinT * Math.cos(phi), sinT * Math.sin(phi), mu);
      sum += r * r * r;
    }
  }
  return (sum / 3) * (2 / nMu) * ((2 * Math.PI) / nPhi);
}

/** A smooth lobulated (irregular) lesion: a sphere with Gaussian-like radial bumps. */
export function createLobulated(o: LobulatedOptions): Shape {
  const c = o.centre;
  const rMax = o.baseRadius * (1 + o.lobes.reduce((acc, l) => acc + l.amplitude, 0));
  let volume: number | null = null;
  return {
    bounds: { min: [c[0] - rMax, c[1] - rMax, c[2] - rMax], max: [c[0] + rMax, c[1] + rMax, c[2] + rMax] },
    // Lazy: the quadrature costs ~0.2 s and only the lesion itself (not its search VOI) needs it.
    get analyticVolumeMm3() {
      volume ??= lobulatedVolumeMm3(o);
      return volume;
    },
    contains(x, y, z) {
      const dx = x - c[0];
      const dy = y - c[1];
      const dz = z - c[2];
      const rho = Math.sqrt(dx * dx + dy * dy + dz * dz);
      if (rho === 0) return true;
      if (rho > rMax) return false;
      return rho <= lobulatedRadius(o, dx / rho, dy / rho, dz / rho);
    },
    describe: () => ({ kind: 'lobulated', centre_mm: c, baseRadius_mm: o.baseRadius, lobes: o.lobes }),
  };
}
