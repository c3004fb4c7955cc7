import type { PatientPoint, Vec3 } from '@caliper/core';
import { patientPoint } from '@caliper/core';
import type { Lesion as ReportLesion, Reading } from '@caliper/report';
import { decodeLabelmap } from '@caliper/report';
import type { PetThresholdMode } from '@caliper/engine';
import type { Lesion as MeasureLesion, ToolKind } from '../../measure/model/lesion';
import type { RoiShape } from '../../measure/model/shapes';
import type { SeriesInfo, SeriesLookup } from './seriesInfo';
import { shapeToAnnotation } from './shapeToAnnotation';
import { trackingFromReading } from './trackingFields';
import type { MappingSkip } from './toReading';

const TOOLS: readonly ToolKind[] = ['bidirectional', 'length', 'ellipse', 'circle', 'rectangle', 'freehand', 'spline', 'sphere', 'petThreshold', 'grow', 'api', 'brush', 'scissors'];
/** Tools whose lesions are 3D segments (saved as labelmap segments); any other segment is a grown region. */
const SEGMENT_TOOLS: readonly ToolKind[] = ['grow', 'brush', 'scissors'];

/** The tool a saved segment lesion was made with: brush and scissors lesions stay so, everything else is 'grow'. */
export function segmentTool(tool: string): ToolKind {
  const { kind } = parseTool(tool);
  return kind && SEGMENT_TOOLS.includes(kind) ? kind : 'grow';
}
const P = (p: readonly number[]): PatientPoint => patientPoint(p[0], p[1], p[2]);
const mid = (a: readonly number[], b: readonly number[]) => P([0, 1, 2].map((d) => (a[d] + b[d]) / 2));
const sub = (a: readonly number[], b: readonly number[]) => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];

/** Saved tool string → ToolKind and, for PET threshold ROIs, the threshold mode. */
export function parseTool(tool: string): { kind: ToolKind | null; mode?: PetThresholdMode } {
  const m = /^petThreshold (\{.*\})$/.exec(tool);
  if (m) {
    try {
      return { kind: 'petThreshold', mode: JSON.parse(m[1]) as PetThresholdMode };
    } catch {
      return { kind: null };
    }
  }
  return { kind: (TOOLS as readonly string[]).includes(tool) ? (tool as ToolKind) : null };
}

/** Unit normal of a plane through points (Newell's method); the slice normal of `info` when parallel to it. */
function planeNormal(points: readonly (readonly number[])[], info: SeriesInfo): Vec3 {
  const n = [0, 0, 0];
  for (let i = 0; i < points.length; i++) {
    const a = points[i], b = points[(i + 1) % points.length];
    n[0] += (a[1] - b[1]) * (a[2] + b[2]);
    n[1] += (a[2] - b[2]) * (a[0] + b[0]);
    n[2] += (a[0] - b[0]) * (a[1] + b[1]);
  }
  const l = Math.hypot(n[0], n[1], n[2]);
  const s = info.grid.sliceDirection;
  const sliceNormal: Vec3 = [-s[0], -s[1], -s[2]];
  if (l === 0) return sliceNormal;
  const u: Vec3 = [n[0] / l, n[1] / l, n[2] / l];
  return Math.abs(u[0] * s[0] + u[1] * s[1] + u[2] * s[2]) > 0.999 ? sliceNormal : u;
}

interface Restored { kind: ToolKind; shape: RoiShape }

function planarShape(l: ReportLesion, info: SeriesInfo): Restored | string {
  const g = l.geometry;
  const { kind, mode } = parseTool(l.tool);
  switch (g.kind) {
    case 'recist':
      return g.shortAxis
        ? { kind: 'bidirectional', shape: { kind: 'lines', segments: [[P(g.longAxis[0]), P(g.longAxis[1])], [P(g.shortAxis[0]), P(g.shortAxis[1])]] } }
        : { kind: 'length', shape: { kind: 'lines', segments: [[P(g.longAxis[0]), P(g.longAxis[1])]] } };
    case 'line':
      return { kind: 'length', shape: { kind: 'lines', segments: [[P(g.points[0]), P(g.points[1])]] } };
    case 'ellipse': {
      const center = mid(g.points[0], g.points[1]);
      if (kind === 'sphere' || kind === 'petThreshold') {
        const r = Math.hypot(...sub(g.points[1], center));
        const sphere = { kind: 'sphere' as const, center, radiusMm: r };
        if (kind === 'sphere') return { kind, shape: sphere };
        if (!mode) return 'PET threshold mode unreadable';
        return { kind, shape: { kind: 'petThreshold', within: sphere, mode } };
      }
      const normal = planeNormal([g.points[0], g.points[2], g.points[1], g.points[3]], info);
      return { kind: kind === 'circle' ? 'circle' : 'ellipse', shape: { kind: 'ellipse', center, axisA: P(g.points[1]), axisB: P(g.points[3]), normal } };
    }
    case 'polygon':
      return {
        kind: kind === 'rectangle' || kind === 'spline' ? kind : 'freehand',
        shape: { kind: 'polygon', points: g.points.map(P), normal: planeNormal(g.points, info) },
      };
    default:
      return `no drawable geometry (${g.kind})`;
  }
}

/** Patient point of the centre of a voxel box (i,j,k inclusive bounds) on a grid. */
function boxCentre(info: SeriesInfo, b: readonly (readonly number[])[]): PatientPoint {
  const g = info.grid;
  const c = [0, 1, 2].map((d) => ((b[0][d] + b[1][d]) / 2) * g.spacing[d]);
  return P([0, 1, 2].map((x) => g.origin[x] + c[0] * g.rowDirection[x] + c[1] * g.columnDirection[x] + c[2] * g.sliceDirection[x]));
}

/**
 * A saved Reading → the measure feature's lesions: planar ROIs with a Cornerstone annotation
 * re-created from their geometry (id = annotation UID = saved lesion id), segments as 3D mask
 * lesions on their series grid (their auto-RECIST drawing is made once they are re-measured).
 * `version` gives each lesion a fresh shape version. Lesions that cannot be drawn are skipped.
 */
export function fromReading(reading: Reading, series: SeriesLookup, version: () => number): { lesions: MeasureLesion[]; skipped: MappingSkip[] } {
  const skipped: MappingSkip[] = [];
  const lesions: MeasureLesion[] = [];
  const labelmaps = new Map<string, { labels: Uint8Array; info: SeriesInfo; boxes: Map<number, Box> } | string>();
  const labelmapOf = (id: string) => {
    let v = labelmaps.get(id);
    if (v !== undefined) return v;
    const seg = reading.segmentations.find((s) => s.id === id);
    const info = seg ? series(seg.reference.seriesInstanceUID) : undefined;
    if (!seg) v = `segmentation ${id} is missing`;
    else if (!info) v = `series ${seg.reference.seriesInstanceUID} of the segmentation is not loaded`;
    else if (info.grid.dimensions.some((n, d) => n !== seg.grid.dimensions[d])) v = `segmentation grid ${seg.grid.dimensions.join('×')} differs from the loaded series (${info.grid.dimensions.join('×')})`;
    else {
      const r = decodeLabelmap(seg.labelmap, seg.grid.dimensions[0] * seg.grid.dimensions[1] * seg.grid.dimensions[2]);
      v = r.ok ? { labels: r.value, info, boxes: labelBoxes(r.value, seg.grid.dimensions) } : r.error;
    }
    labelmaps.set(id, v);
    return v;
  };
  for (const l of reading.lesions) {
    const seriesUIDs = l.references.map((r) => r.seriesInstanceUID).filter((u) => series(u) !== undefined);
    const base = {
      id: l.id, name: l.name, location: l.locationLabel ?? '', ...trackingFromReading(l),
      ...(l.locked ? { locked: true } : {}), ...(l.history?.length ? { history: l.history } : {}),
    };
    if (l.geometry.kind === 'segment') {
      const lm = labelmapOf(l.geometry.segmentationId);
      if (typeof lm === 'string') { skipped.push({ lesion: l.name, reason: lm }); continue; }
      const mask = cropLabel(lm.labels, lm.info.grid.dimensions, l.geometry.segmentNumber, lm.boxes.get(l.geometry.segmentNumber) ?? null);
      if (!mask.bbox) { skipped.push({ lesion: l.name, reason: `segment ${l.geometry.segmentNumber} is empty` }); continue; }
      // A lesion re-attached to a derived series on the same grid (an ADC map) is measured there.
      const own = l.references[0] ? series(l.references[0].seriesInstanceUID) : undefined;
      const info = own && own.grid.dimensions.every((n, d) => n === lm.info.grid.dimensions[d]) ? own : lm.info;
      const tool = segmentTool(l.tool);
      lesions.push({
        ...base, tool, version: version(), seriesUIDs: [info.seriesInstanceUID], focusMm: boxCentre(info, mask.bbox),
        shape: { kind: 'mask', volumeId: info.seriesInstanceUID, mask, ...(tool === 'brush' || tool === 'scissors' ? { painted: true } : {}) },
      });
      continue;
    }
    const info = seriesUIDs.length ? series(seriesUIDs[0]) : undefined;
    if (!info) { skipped.push({ lesion: l.name, reason: `its series (${l.references.map((r) => r.seriesInstanceUID).join(', ') || 'none'}) is not loaded` }); continue; }
    const r = planarShape(l, info);
    if (typeof r === 'string') { skipped.push({ lesion: l.name, reason: r }); continue; }
    const annotation = shapeToAnnotation(l.id, r.kind, r.shape, info);
    lesions.push({ ...base, tool: r.kind, shape: r.shape, version: version(), seriesUIDs, focusMm: focusOf(r.shape), ...(annotation ? { annotation } : {}) });
  }
  return { lesions, skipped };
}

function focusOf(s: RoiShape): PatientPoint {
  switch (s.kind) {
    case 'lines': return mid(s.segments[0][0], s.segments[0][1]);
    case 'ellipse': case 'sphere': return s.center;
    case 'polygon': case 'prism': return P([0, 1, 2].map((d) => s.points.reduce((t, p) => t + p[d], 0) / s.points.length));
    case 'petThreshold': return focusOf(s.within);
    default: return P([NaN, NaN, NaN]);
  }
}

type Box = [[number, number, number], [number, number, number]];

/** Bounding box (inclusive voxel indices) of every label of a labelmap, in one pass. */
export function labelBoxes(labels: Uint8Array, dims: readonly number[]): Map<number, Box> {
  const [ni, nj, nk] = dims;
  const boxes = new Map<number, Box>();
  const words = labels.byteOffset % 4 === 0 ? new Uint32Array(labels.buffer, labels.byteOffset, labels.length >> 2) : undefined;
  for (let k = 0, x = 0; k < nk; k++)
    for (let j = 0; j < nj; j++)
      for (let i = 0; i < ni; i++, x++) {
        // Skip four background voxels at a time where the row allows it.
        if (words !== undefined && (x & 3) === 0 && i + 4 <= ni && words[x >> 2] === 0) { i += 3; x += 3; continue; }
        const v = labels[x];
        if (v === 0) continue;
        const b = boxes.get(v);
        if (!b) boxes.set(v, [[i, j, k], [i, j, k]]);
        else {
          if (i < b[0][0]) b[0][0] = i; if (i > b[1][0]) b[1][0] = i;
          if (j < b[0][1]) b[0][1] = j; if (j > b[1][1]) b[1][1] = j;
          if (k < b[0][2]) b[0][2] = k; if (k > b[1][2]) b[1][2] = k;
        }
      }
  return boxes;
}

/** The voxels of one label as a CroppedMask (0/1 over its bbox, i-fastest); `box` from labelBoxes saves the scan. */
export function cropLabel(labels: Uint8Array, dims: readonly number[], label: number, box?: Box | null): Extract<RoiShape, { kind: 'mask' }>['mask'] {
  const [ni, nj, nk] = dims;
  const dimensions = [ni, nj, nk] as const;
  const b = box === undefined ? labelBoxes(labels, dims).get(label) : box;
  if (!b) return { dimensions, bbox: null, data: new Uint8Array(0) };
  const [lo, hi] = b;
  const li = hi[0] - lo[0] + 1, lj = hi[1] - lo[1] + 1, lk = hi[2] - lo[2] + 1;
  const data = new Uint8Array(li * lj * lk);
  for (let k = 0; k < lk; k++)
    for (let j = 0; j < lj; j++) {
      const src = ((k + lo[2]) * nj + j + lo[1]) * ni + lo[0];
      for (let i = 0; i < li; i++) data[(k * lj + j) * li + i] = labels[src + i] === label ? 1 : 0;
    }
  return { dimensions, bbox: [[lo[0], lo[1], lo[2]], [hi[0], hi[1], hi[2]]], data };
}
