import type { Vec3 } from '@caliper/core';
import { createEllipsoid } from './createEllipsoid';
import { createEllipticCylinder } from './createEllipticCylinder';
import { createLobulated } from './createLobulated';
import type { Lobe } from './createLobulated';
import { LESION_COURSE } from './lesionCourse';
import type { Shape } from './shape';
import type { Tissue } from './tissue';
import { TISSUES } from './tissue';

export interface Structure {
  readonly name: string;
  readonly shape: Shape;
  readonly tissue: Tissue;
}

export type RecistRole = 'target' | 'target-node' | 'new';

export interface LesionModel {
  readonly id: string;
  readonly organ: string;
  readonly role: RecistRole;
  readonly outer: Shape;
  readonly tissue: Tissue;
  readonly core?: { readonly shape: Shape; readonly tissue: Tissue };
  /** The lesion shape scaled ×1.5 about its centre: the VOI in which PET MTV thresholds are applied. */
  readonly searchVoi: Shape;
  /** Painted into the CT only (a benchmark-set lesion): no PET or MR truth. */
  readonly ctOnly?: boolean;
}

export interface PatientModel {
  /** Painted in order (later wins) by the voxel-centre-inside rule; voxels in none are air. */
  readonly structures: readonly Structure[];
  readonly lesions: readonly LesionModel[];
}

interface LesionGeometry {
  readonly organ: string;
  readonly role: RecistRole;
  readonly make: (scale: number) => Shape;
}

const ellipsoid = (centre: Vec3, semi: Vec3, rotationDeg: { aboutX?: number; aboutY?: number; aboutZ?: number }) => (s: number) =>
  createEllipsoid({ centre, semiAxes: [semi[0] * s, semi[1] * s, semi[2] * s], rotationDeg });

const norm = (v: Vec3): Vec3 => {
  const n = Math.hypot(v[0], v[1], v[2]);
  return [v[0] / n, v[1] / n, v[2] / n];
};
const L2_LOBES: Lobe[] = [
  { direction: norm([1, 0.3, 0.2]), amplitude: 0.35, sharpness: 6 },
  { direction: norm([-0.6, 0.8, -0.1]), amplitude: 0.25, sharpness: 8 },
  { direction: norm([-0.3, -0.7, 0.6]), amplitude: 0.3, sharpness: 5 },
];

/** Baseline lesion geometry (LPS mm); size at a timepoint = baseline × LESION_COURSE scale. */
const LESION_GEOMETRY: Record<string, LesionGeometry> = {
  L1: { organ: 'liver', role: 'target', make: ellipsoid([-85, -25, -80], [20, 13, 12], { aboutZ: 30, aboutX: 15 }) },
  L2: { organ: 'left lung', role: 'target', make: (s) => createLobulated({ centre: [85, -15, 20], baseRadius: 11 * s, lobes: L2_LOBES }) },
  L3: { organ: 'liver', role: 'target', make: ellipsoid([-45, 15, -125], [24, 20, 18], { aboutZ: -20, aboutY: 10 }) },
  N1: { organ: 'para-aortic lymph node', role: 'target-node', make: ellipsoid([-22, 38, -190], [14, 9, 10], { aboutZ: 20 }) },
  L4: { organ: 'liver', role: 'new', make: ellipsoid([-105, 10, -110], [6, 5.5, 5], { aboutZ: 45 }) },
};

/** The patient at timepoint 0 (baseline), 1 (follow-up 1) or 2 (follow-up 2). */
export function buildPatientModel(timepoint: number): PatientModel {
  const structures: Structure[] = [
    { name: 'body', shape: createEllipticCylinder({ centreXY: [0, 0], semiAxesXY: [170, 120] }), tissue: TISSUES.fat },
    { name: 'soft tissue', shape: createEllipticCylinder({ centreXY: [0, 0], semiAxesXY: [155, 105] }), tissue: TISSUES.softTissue },
    { name: 'right lung', shape: createEllipsoid({ centre: [-85, -5, 40], semiAxes: [55, 75, 130] }), tissue: TISSUES.lung },
    { name: 'left lung', shape: createEllipsoid({ centre: [85, -5, 40], semiAxes: [55, 75, 130] }), tissue: TISSUES.lung },
    { name: 'liver', shape: createEllipsoid({ centre: [-70, -5, -95], semiAxes: [85, 75, 80], rotationDeg: { aboutZ: 10 } }), tissue: TISSUES.liver },
    { name: 'spleen', shape: createEllipsoid({ centre: [85, 35, -95], semiAxes: [35, 50, 55], rotationDeg: { aboutZ: -30 } }), tissue: TISSUES.spleen },
    { name: 'aorta', shape: createEllipticCylinder({ centreXY: [15, 40], semiAxesXY: [12, 12] }), tissue: TISSUES.bloodPool },
    { name: 'vertebral cortex', shape: createEllipticCylinder({ centreXY: [0, 80], semiAxesXY: [20, 18] }), tissue: TISSUES.cortex },
    { name: 'vertebral marrow', shape: createEllipticCylinder({ centreXY: [0, 80], semiAxesXY: [16, 14] }), tissue: TISSUES.marrow },
  ];
  const lesions: LesionModel[] = [];
  for (const [id, course] of Object.entries(LESION_COURSE)) {
    const state = course[timepoint];
    if (!state) continue;
    const geo = LESION_GEOMETRY[id];
    const outer = geo.make(state.scale);
    const core = state.core ? { shape: geo.make(state.scale * state.core.relativeScale), tissue: state.core.tissue } : undefined;
    lesions.push({ id, organ: geo.organ, role: geo.role, outer, tissue: state.tissue, core, searchVoi: geo.make(state.scale * 1.5) });
    structures.push({ name: id, shape: outer, tissue: state.tissue });
    if (core) structures.push({ name: `${id} core`, shape: core.shape, tissue: core.tissue });
  }
  return { structures, lesions };
}
