import type { Dataset } from '../dicom/elements';
import { dsList, el } from '../dicom/elements';
import { MR_SOP_CLASS } from '../dicom/mrModules';
import type { TransferSyntaxName } from '../dicom/transferSyntax';
import type { Charls } from '../dicom/writePart10';
import { writePart10 } from '../dicom/writePart10';
import type { Emit } from '../study/emitSlices';
import type { DceTissue } from './dceCurves';
import { spgrSignal, tissueCurve } from './dceCurves';

/** What a voxel is: a tissue with uptake, blood (the AIF), null = no uptake, 'air' = no signal. */
export type DceVoxel = DceTissue | 'blood' | 'air' | null;

/** Grid of a synthetic DCE/VFA series: axial, identity orientation. */
export interface DceGrid {
  /** [columns, rows, slices]; default [8, 8, 2]. */
  readonly dims?: readonly [number, number, number];
  /** [column, row, slice] spacing (mm); default [1, 1, 2]. */
  readonly spacingMm?: readonly [number, number, number];
  /** Centre of voxel (0, 0, 0), LPS mm; default [0, 0, 0]. */
  readonly originMm?: readonly [number, number, number];
}

/** Where and how the files go. */
export interface DceOutput {
  readonly emit: Emit;
  /** Relative directory of the series' files. */
  readonly dir: string;
  readonly syntax?: TransferSyntaxName;
  readonly charls?: Charls;
  /** Patient/study/series attributes added to every image (e.g. commonModules of the demo). */
  readonly common?: Dataset;
}

export interface DceSeriesSpec extends DceGrid {
  readonly timesS: readonly number[];
  readonly bolusArrivalS: number;
  readonly hematocrit?: number;
  readonly r1PerMmS?: number;
  /** T10 of tissue (ms), per voxel when a function. */
  readonly t10Ms: number | ((i: number, j: number, k: number) => number);
  readonly t10BloodMs?: number;
  /** Equilibrium magnetisation × gain; default 20000. */
  readonly m0?: number;
  readonly flipAngleDeg?: number;
  readonly trMs?: number;
  readonly voxel: (i: number, j: number, k: number) => DceVoxel;
  /**
   * How phases are told apart: 'tpi' TemporalPositionIdentifier + TriggerTime (ms); 'acquisition' one
   * AcquisitionTime per phase; 'per-slice' AcquisitionTime per image (2D multi-slice, slice k at +0.1 k s).
   */
  readonly timing?: 'tpi' | 'acquisition' | 'per-slice';
  readonly omitFlipAngle?: boolean;
  readonly uid?: string;
  readonly seriesNumber?: number;
  readonly description?: string;
  /** TriggerTime (ms) of phase p for 'tpi' timing; default timesS[p] × 1000. */
  readonly triggerMs?: (p: number) => number;
}

const tm = (s: number) => {
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
  return `${String(h).padStart(2, '0')}${String(m).padStart(2, '0')}${sec.toFixed(6).padStart(9, '0')}`;
};

const gridOf = (g: DceGrid) => ({ dims: g.dims ?? [8, 8, 2], sp: g.spacingMm ?? [1, 1, 2], o: g.originMm ?? [0, 0, 0] });

/** The caller's common attributes without its SOP identity (each image has its own). */
function commonOf(out: DceOutput): Dataset {
  const { '00080016': _c, '00080018': _i, ...rest } = out.common ?? {};
  return rest;
}

/** Image, plane and pixel attributes shared by the DCE and VFA images. */
function imageAttributes(g: DceGrid, k: number, sop: string, series: string, instanceNumber: number): Dataset {
  const { dims, sp, o } = gridOf(g);
  return {
    '00080016': el('UI', MR_SOP_CLASS),
    '00080018': el('UI', sop),
    '00080060': el('CS', 'MR'),
    '0020000D': el('UI', '1.2.3.4'),
    '0020000E': el('UI', series),
    '00200013': el('IS', instanceNumber),
    '00200032': el('DS', ...dsList([o[0], o[1], o[2] + sp[2] * k])),
    '00200037': el('DS', '1', '0', '0', '0', '1', '0'),
    '00180050': el('DS', ...dsList([sp[2]])),
    '00280002': el('US', 1),
    '00280004': el('CS', 'MONOCHROME2'),
    '00280010': el('US', dims[1]),
    '00280011': el('US', dims[0]),
    '00280030': el('DS', ...dsList([sp[1], sp[0]])),
    '00280100': el('US', 16),
    '00280101': el('US', 16),
    '00280102': el('US', 15),
    '00280103': el('US', 0),
  };
}

/**
 * Writes a dynamic T1-weighted SPGR series with analytic truth (one file per phase and slice,
 * `<dir>/p<phase>_s<slice>.dcm`); returns the relative paths in phase, then slice order.
 */
export function writeDceSeries(spec: DceSeriesSpec, out: DceOutput): string[] {
  const [ni, nj, nk] = gridOf(spec).dims;
  const hct = spec.hematocrit ?? 0.42, r1 = spec.r1PerMmS ?? 4.5, m0 = spec.m0 ?? 20000;
  const fa = spec.flipAngleDeg ?? 15, tr = spec.trMs ?? 4, uid = spec.uid ?? '2.25.7007';
  const cache = new Map<string, number[]>();
  const curveOf = (v: DceTissue | 'blood' | null) => {
    if (v === null) return spec.timesS.map(() => 0);
    const key = JSON.stringify(v);
    if (!cache.has(key)) cache.set(key, tissueCurve(v, spec.timesS, spec.bolusArrivalS, hct));
    return cache.get(key)!;
  };
  const start = 10 * 3600;
  const timing = spec.timing ?? 'tpi';
  const paths: string[] = [];
  spec.timesS.forEach((t, p) => {
    for (let k = 0; k < nk; k++) {
      const px = new Uint16Array(ni * nj);
      for (let j = 0; j < nj; j++) for (let i = 0; i < ni; i++) {
        const v = spec.voxel(i, j, k);
        if (v === 'air') continue;
        const t10 = v === 'blood' ? (spec.t10BloodMs ?? 1440) : typeof spec.t10Ms === 'number' ? spec.t10Ms : spec.t10Ms(i, j, k);
        px[j * ni + i] = Math.round(spgrSignal(m0, fa, tr, t10, curveOf(v)[p], r1));
      }
      const d: Dataset = {
        ...imageAttributes(spec, k, `${uid}.${p + 1}.${k + 1}`, uid, p * nk + k + 1),
        ...commonOf(out),
        '0008103E': el('LO', spec.description ?? 'DCE 3D SPGR'),
        '00200011': el('IS', spec.seriesNumber ?? 7),
        '00180080': el('DS', String(tr)),
        '00080022': el('DA', '20250101'),
      };
      if (out.common?.['00080020']) d['00080022'] = out.common['00080020'];
      if (!spec.omitFlipAngle) d['00181314'] = el('DS', String(fa));
      if (timing === 'tpi') {
        d['00200100'] = el('IS', p + 1);
        d['00181060'] = el('DS', (spec.triggerMs ? spec.triggerMs(p) : t * 1000).toFixed(3));
        d['00080032'] = el('TM', tm(start));
      } else d['00080032'] = el('TM', tm(start + t + (timing === 'per-slice' ? 0.1 * k : 0)));
      const path = `${out.dir}/p${String(p + 1).padStart(3, '0')}_s${k + 1}.dcm`;
      out.emit(path, writePart10(d, { pixels: px, columns: ni, rows: nj, bitsStored: 16 }, out.syntax ?? 'explicit', out.charls));
      paths.push(path);
    }
  });
  return paths;
}

export interface VfaSeriesSpec extends DceGrid {
  readonly flipAnglesDeg: readonly number[];
  readonly trMs: number;
  /** M0 × gain of this acquisition (differs from the dynamic series'). */
  readonly m0: number;
  readonly t10Ms: (i: number, j: number, k: number) => number;
  /** Voxels without signal (outside the body). */
  readonly air?: (i: number, j: number, k: number) => boolean;
  readonly uid?: string;
  readonly seriesNumber?: number;
  readonly description?: string;
}

/** Variable-flip-angle images (one series holding every angle, `<dir>/fa<angle>_s<slice>.dcm`); returns the relative paths. */
export function writeVfaSeries(spec: VfaSeriesSpec, out: DceOutput): string[] {
  const [ni, nj, nk] = gridOf(spec).dims;
  const uid = spec.uid ?? '2.25.8008';
  const paths: string[] = [];
  spec.flipAnglesDeg.forEach((fa, a) => {
    for (let k = 0; k < nk; k++) {
      const px = new Uint16Array(ni * nj);
      for (let j = 0; j < nj; j++) for (let i = 0; i < ni; i++) {
        if (!spec.air?.(i, j, k)) px[j * ni + i] = Math.round(spgrSignal(spec.m0, fa, spec.trMs, spec.t10Ms(i, j, k), 0, 4.5));
      }
      const d: Dataset = {
        ...imageAttributes(spec, k, `${uid}.${a + 1}.${k + 1}`, uid, a * nk + k + 1),
        ...commonOf(out),
        '0008103E': el('LO', spec.description ?? 'VFA T1'),
        '00200011': el('IS', spec.seriesNumber ?? 6),
        '00180080': el('DS', String(spec.trMs)),
        '00181314': el('DS', String(fa)),
      };
      const path = `${out.dir}/fa${fa}_s${k + 1}.dcm`;
      out.emit(path, writePart10(d, { pixels: px, columns: ni, rows: nj, bitsStored: 16 }, out.syntax ?? 'explicit', out.charls));
      paths.push(path);
    }
  });
  return paths;
}
