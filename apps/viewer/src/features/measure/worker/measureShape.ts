import type { Volume } from '@caliper/core';
import { isSuvUnit, measureRoi } from '@caliper/engine';
import type { AdcProvenance, MeasureResult } from '@caliper/engine';
import type { RoiShape } from '../model/shapes';
import { isPlanar } from '../model/shapes';
import { cropVolume } from './cropVolume';
import { rasterizeShape } from './rasterizeShape';
import { shapeBox } from './shapeBox';
import { sheetRecist } from './sheetRecist';

/** IBSI 1 cm³ sphere radius (mm): SUVpeak needs this much context around the ROI. */
const PEAK_RADIUS_MM = 6.2035;

export interface MeasureShapeOptions {
  readonly suvError?: string;
  readonly adc?: AdcProvenance;
  readonly series?: string;
  /** Skip the mesh (surface, sphericity, 3D diameter) also for 3D shapes (live previews). */
  readonly skipShape?: boolean;
}

/** A MeasureResult (the CLI's document) plus the drawn line lengths of length/bidirectional tools. */
export interface ShapeMeasurement {
  readonly result: MeasureResult;
  /** Length of each drawn segment (mm), for 'lines' shapes: [long, short] for RECIST. */
  readonly linesMm: readonly number[];
  /** In-plane area (mm²) of a planar ROI: voxel count × voxel volume / voxel depth along the normal. */
  readonly areaMm2: number | null;
  /** Time the worker spent computing it (ms), when measured there. */
  readonly computeMs?: number;
}

const dist = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/**
 * Measure a shape on a volume by cropping the volume around it first (plus the SUVpeak sphere
 * radius for PET), so the cost follows the ROI's size, not the grid's. Same numbers as measureRoi on
 * the full grid: statistics, RECIST on the mask, SUV metrics; slice indices refer to the full grid.
 */
export function measureShape(volume: Volume, shape: RoiShape, options: MeasureShapeOptions = {}): ShapeMeasurement {
  const g = volume.geometry;
  const pad: [number, number, number] = isSuvUnit(volume.unit)
    ? [0, 1, 2].map((d) => Math.ceil(PEAK_RADIUS_MM / g.spacing[d]) + 1) as [number, number, number]
    : [0, 0, 0];
  const linesMm = shape.kind === 'lines' ? shape.segments.map(([a, b]) => dist(a, b)) : [];
  const box = shapeBox(g, shape, pad) ?? [[0, 0, 0], [0, 0, 0]];
  const crop = cropVolume(volume, box);
  const mask = rasterizeShape(crop.volume, shape, crop.offset);
  const r = measureRoi(crop.volume, mask, {
    skipShape: options.skipShape || isPlanar(shape),
    series: options.series ?? volume.seriesInstanceUID,
    ...(options.suvError !== undefined ? { suvError: options.suvError } : {}),
    ...(options.adc ? { adc: options.adc } : {}),
  });
  // A region painted (brush, scissors) on one sagittal/coronal slice has its RECIST in that plane
  // (sheetRecist). Any other region — grown, imported — is measured on the axial acquisition plane
  // as RECIST 1.1 requires, even when it happens to be one voxel thick across i or j.
  const recist = (shape.kind === 'mask' && shape.painted ? sheetRecist(crop.volume.geometry, mask) : null) ?? r.recist;
  const result: MeasureResult = recist ? { ...r, recist: { ...recist, sliceIndex: recist.sliceIndex + crop.offset[2] } } : r;
  let areaMm2: number | null = null;
  if (shape.kind === 'polygon' || shape.kind === 'ellipse') {
    const n = shape.normal, nl = Math.hypot(n[0], n[1], n[2]) || 1;
    const axes = [g.rowDirection, g.columnDirection, g.sliceDirection];
    const depth = axes.reduce((t, a, d) => t + (Math.abs(a[0] * n[0] + a[1] * n[1] + a[2] * n[2]) / nl) * g.spacing[d], 0);
    areaMm2 = (result.volumeMl * 1000) / depth;
  }
  return { result, linesMm, areaMm2 };
}
