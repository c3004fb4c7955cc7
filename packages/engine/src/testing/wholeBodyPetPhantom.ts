import type { Geometry } from '@caliper/core';
import { makeGeometry } from './fixtures';

/** An ellipsoid (a sphere when the radii are equal) painted with one value, or a two-value checkerboard. */
export interface PhantomShape {
  readonly name: string;
  readonly centerMm: readonly [number, number, number];
  readonly radiiMm: readonly [number, number, number];
  /** SUVbw; a pair alternates by the parity of i + j + k (a liver with a known SD). */
  readonly value: number | readonly [number, number];
  /** A physiological organ (what `--exclude auto` should find), else a lesion part. */
  readonly organ?: string;
}

export interface WholeBodyPetPhantom {
  readonly geometry: Geometry;
  /** SUVbw per voxel; values are exact multiples of 0.001 (stored × 0.001 in the DICOM writer). */
  readonly data: Float32Array;
  /** Painted in order (later shapes overwrite earlier ones). */
  readonly shapes: readonly PhantomShape[];
  readonly liverCenterMm: readonly [number, number, number];
  readonly bloodCenterMm: readonly [number, number, number];
}

const sphere = (name: string, c: readonly [number, number, number], r: number, value: number, organ?: string): PhantomShape => ({ name, centerMm: c, radiiMm: [r, r, r], value, ...(organ ? { organ } : {}) });

/**
 * A small synthetic whole-body PET (54 × 40 × 100 voxels of 6 mm, patient LPS: x −159…159, y −117…117,
 * z −597…−3, head up) for burden tests, with no blur and no noise so every voxel value is known:
 * body 0.8; liver 1.5/1.7 (FDG) or 4.8/5.2 (PSMA) checkerboard; aorta 1.3; lesions
 * L1 core 10 in a rim of 3.2, L2 5.0, L3 3.5, L4 2.8 in a halo of 1.3, L5 one voxel of 6.0;
 * FDG: brain 7, kidneys 6, bladder 20; PSMA: kidneys 20, bladder 30, spleen 7, parotids 12,
 * submandibular glands 9 (no brain uptake). Thresholds 2.5/3/4, the PERCIST and qPSMA liver
 * thresholds and each 41 % level lie at least 0.15 SUV from every voxel value.
 */
export function wholeBodyPetPhantom(tracer: 'FDG' | 'PSMA'): WholeBodyPetPhantom {
  const geometry = makeGeometry([54, 40, 100], [6, 6, 6], [-159, -117, -597]);
  const psma = tracer === 'PSMA';
  const liverCenterMm = [-70, 0, -300] as const;
  const bloodCenterMm = [15, 27, -261] as const;
  const shapes: PhantomShape[] = [
    { name: 'aorta', centerMm: [15, 27, -265], radiiMm: [9, 9, 65], value: 1.3 },
    { name: 'liver', centerMm: liverCenterMm, radiiMm: [70, 60, 60], value: psma ? [4.8, 5.2] : [1.5, 1.7], ...(psma ? { organ: 'Liver' } : {}) },
    sphere('right kidney', [-75, 45, -420], 36, psma ? 20 : 6, 'Right kidney'),
    sphere('left kidney', [75, 45, -420], 36, psma ? 20 : 6, 'Left kidney'),
    sphere('bladder', [0, -20, -520], 30, psma ? 30 : 20, 'Urinary bladder'),
    ...(psma
      ? [
          sphere('spleen', [90, 40, -300], 35, 7, 'Spleen'),
          sphere('right parotid', [-55, 10, -140], 15, 12, 'Salivary glands'),
          sphere('left parotid', [55, 10, -140], 15, 12, 'Salivary glands'),
          sphere('right submandibular', [-40, -30, -170], 10, 9, 'Salivary glands'),
          sphere('left submandibular', [40, -30, -170], 10, 9, 'Salivary glands'),
        ]
      : [{ name: 'brain', centerMm: [0, 5, -80], radiiMm: [65, 80, 60], value: 7, organ: 'Brain' } as PhantomShape]),
    sphere('L1 rim', [70, -40, -250], 24, 3.2),
    sphere('L1', [70, -40, -250], 12, 10),
    sphere('L2', [-60, -30, -450], 15, 5),
    sphere('L3', [90, 0, -230], 12, 3.5),
    sphere('L4 halo', [20, -50, -560], 24, 1.3),
    sphere('L4', [20, -50, -560], 12, 2.8),
    sphere('L5', [-123, 3, -351], 2, 6),
  ];
  const [ni, nj, nk] = geometry.dimensions;
  const data = new Float32Array(ni * nj * nk);
  const pos = (i: number, d: 0 | 1 | 2) => geometry.origin[d] + i * geometry.spacing[d];
  for (let k = 0, n = 0; k < nk; k++)
    for (let j = 0; j < nj; j++)
      for (let i = 0; i < ni; i++, n++) {
        const x = pos(i, 0), y = pos(j, 1), z = pos(k, 2);
        if (!inBody(x, y, z)) continue;
        let v = 0.8;
        for (const s of shapes) if (inShape(s, x, y, z)) v = typeof s.value === 'number' ? s.value : s.value[(i + j + k) % 2];
        data[n] = v;
      }
  return { geometry, data, shapes, liverCenterMm, bloodCenterMm };
}

/** Torso (z ≤ −180), neck and head of the phantom, patient LPS mm. */
function inBody(x: number, y: number, z: number): boolean {
  const torso = z <= -180 && (x / 150) ** 2 + (y / 100) ** 2 <= 1;
  const neck = z >= -200 && z <= -150 && x * x + y * y <= 55 * 55;
  const head = (x / 80) ** 2 + (y / 95) ** 2 + ((z + 100) / 90) ** 2 <= 1;
  return torso || neck || head;
}

function inShape(s: PhantomShape, x: number, y: number, z: number): boolean {
  const [cx, cy, cz] = s.centerMm, [rx, ry, rz] = s.radiiMm;
  return ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 + ((z - cz) / rz) ** 2 <= 1 + 1e-9;
}

/** Where a point of the phantom is: the last shape painted there, 'body', or null outside the body. */
export function phantomTissueAt(ph: WholeBodyPetPhantom, x: number, y: number, z: number): string | null {
  if (!inBody(x, y, z)) return null;
  let t = 'body';
  for (const s of ph.shapes) if (inShape(s, x, y, z)) t = s.name;
  return t;
}

/** Default CT values (HU) of the phantom's tissues by shape name (lesions 45 HU, body 40 HU). */
export const PHANTOM_HU: Readonly<Record<string, number>> = {
  body: 40, aorta: 150, liver: 60, spleen: 50, 'right kidney': 30, 'left kidney': 30, bladder: 10, brain: 35,
  'right parotid': 0, 'left parotid': 0, 'right submandibular': 20, 'left submandibular': 20,
};

/**
 * A CT of the same phantom for tests of the CT rules (`--ct`, proposeReferenceCenters): another
 * grid (voxels of `voxelMm`, default 12 mm: 27 × 20 × 50 from (−156, −114, −594), i.e. the PET's
 * frame of reference but not its grid; a finer voxel covers the same extent), HU by tissue
 * (`PHANTOM_HU`, lesions 45, `hu` overrides by shape name), air −1000 outside the body.
 */
export function wholeBodyCtPhantom(ph: WholeBodyPetPhantom, options: { readonly hu?: Readonly<Record<string, number>>; readonly voxelMm?: number } = {}): { readonly geometry: Geometry; readonly data: Int16Array } {
  const s = options.voxelMm ?? 12, hu = options.hu ?? {};
  const geometry = makeGeometry([Math.round(324 / s), Math.round(240 / s), Math.round(600 / s)], [s, s, s], [-156, -114, -594]);
  const [ni, nj, nk] = geometry.dimensions;
  const data = new Int16Array(ni * nj * nk);
  for (let k = 0, n = 0; k < nk; k++)
    for (let j = 0; j < nj; j++)
      for (let i = 0; i < ni; i++, n++) {
        const t = phantomTissueAt(ph, -156 + s * i, -114 + s * j, -594 + s * k);
        data[n] = t === null ? -1000 : (hu[t] ?? PHANTOM_HU[t] ?? 45);
      }
  return { geometry, data };
}
