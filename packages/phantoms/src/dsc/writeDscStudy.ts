import { commonModules } from '../dicom/commonModules';
import type { PatientInfo } from '../dicom/commonModules';
import type { Dataset } from '../dicom/elements';
import { dsList, el } from '../dicom/elements';
import { MR_SOP_CLASS } from '../dicom/mrModules';
import type { TransferSyntaxName } from '../dicom/transferSyntax';
import type { Charls } from '../dicom/writePart10';
import { writePart10 } from '../dicom/writePart10';
import type { Emit } from '../study/emitSlices';
import type { ManifestStudy } from '../study/generateStudy';
import type { DscAcquisition, DscTissue } from './dscCurves';
import { dscMttS, dscSignal } from './dscCurves';
import type { GammaAif } from './gammaVariateAif';
import { aifAt, aifIntegral, integrateConvolvedAif } from './gammaVariateAif';

/** Demo DSC-MRI study: a brain slab with an artery, white and grey matter and a leaky enhancing glioma. */
export const DSC_DEMO = {
  /** 128 × 128 × 6, 1.875 × 1.875 × 5 mm (240 mm field of view), axial; voxel (0,0,0) centre at origin. */
  dims: [128, 128, 6] as const,
  spacingMm: [1.875, 1.875, 5] as const,
  originMm: [-119.0625, -119.0625, -12.5] as const,
  /** 50 phases every TR = 1.5 s. */
  timesS: Array.from({ length: 50 }, (_, p) => p * 1.5),
  acquisition: { teMs: 30, trMs: 1500, flipAngleDeg: 30, r2StarPerMmS: 9, r1PerMmS: 4.5, hematocrit: 0.45 } as DscAcquisition,
  /** First pass (peak 8 mM at 16.5 s) and recirculation (1.2 mM at 33 s). */
  aif: [{ arrivalS: 12, betaS: 1.5, peak: 8 }, { arrivalS: 24, betaS: 3, peak: 1.2 }] as GammaAif,
  /** Phases before the arrival (t < 12 s): the engine's baselineCount. */
  baselinePhases: 8,
  /** Brain: elliptic cylinder; grey matter where (x/rx)² + (y/ry)² > cortex², white matter inside. */
  brain: { radiiMm: [70, 88] as const, cortex: 0.82 },
  whiteMatter: { cbfMlPer100mlMin: 22, cbvMlPer100ml: 2.2, s0: 1600 } as DscTissue,
  greyMatter: { cbfMlPer100mlMin: 60, cbvMlPer100ml: 4.5, s0: 2000 } as DscTissue,
  tumour: {
    centreMm: [28, -18, 0] as const,
    radiiMm: [14, 14, 12] as const,
    tissue: { cbfMlPer100mlMin: 100, cbvMlPer100ml: 8, s0: 2200, leakage: { ktransPerMin: 0.01, ve: 0.3, t10Ms: 1500 } } as DscTissue,
  },
  artery: { centreMm: [-10, 30] as const, radiusMm: 4.5, s0: 1800 },
} as const;

export type DscRegion = 'air' | 'artery' | 'tumour' | 'greyMatter' | 'whiteMatter';

/** LPS centre (mm) of voxel (i, j, k). */
export const dscVoxelMm = (i: number, j: number, k: number): [number, number, number] => {
  const d = DSC_DEMO;
  return [d.originMm[0] + i * d.spacingMm[0], d.originMm[1] + j * d.spacingMm[1], d.originMm[2] + k * d.spacingMm[2]];
};

/** The region of voxel (i, j, k), by its centre (voxel-centre-inside rule; artery and tumour before the brain tissues). */
export function dscRegionAt(i: number, j: number, k: number): DscRegion {
  const d = DSC_DEMO;
  const [x, y, z] = dscVoxelMm(i, j, k);
  const r2 = (x / d.brain.radiiMm[0]) ** 2 + (y / d.brain.radiiMm[1]) ** 2;
  if (r2 > 1) return 'air';
  if ((x - d.artery.centreMm[0]) ** 2 + (y - d.artery.centreMm[1]) ** 2 <= d.artery.radiusMm ** 2) return 'artery';
  const [cx, cy, cz] = d.tumour.centreMm, [rx, ry, rz] = d.tumour.radiiMm;
  if (((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 + ((z - cz) / rz) ** 2 <= 1) return 'tumour';
  return r2 > d.brain.cortex ** 2 ? 'greyMatter' : 'whiteMatter';
}

/** Noise-free signal of a region at phase time t (before rounding to the stored integer). */
export function dscRegionSignal(region: DscRegion, tS: number): number {
  const d = DSC_DEMO;
  if (region === 'air') return 0;
  if (region === 'artery') return dscSignal('artery', d.artery.s0, d.aif, tS, d.acquisition);
  const tissue = region === 'tumour' ? d.tumour.tissue : d[region];
  return dscSignal(tissue, tissue.s0, d.aif, tS, d.acquisition);
}

export interface DscStudyOptions {
  readonly emit: Emit;
  readonly uid: (label: string) => string;
  readonly syntax: TransferSyntaxName;
  readonly charls?: Charls;
}

const PATIENT: PatientInfo = { name: 'CALIPER^DSC Glioma', id: 'CALIPER-DSC-001', birthDate: '19640311', sex: 'M', age: '061Y', weightKg: 81, sizeM: 1.78 };
const DESCRIPTION = 'DSC perf';

const tm = (s: number) => {
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
  return `${String(h).padStart(2, '0')}${String(m).padStart(2, '0')}${sec.toFixed(6).padStart(9, '0')}`;
};

/** Truth of one tissue: perfusion, and what the engine's area ratio sees over the acquisition (the curves end at the last phase). */
function tissueTruth(t: DscTissue, wm: DscTissue) {
  const d = DSC_DEMO, end = d.timesS[d.timesS.length - 1], mtt = dscMttS(t);
  const windowCbv = ((t.cbfMlPer100mlMin / 6000) * integrateConvolvedAif(d.aif, end, mtt)) / aifIntegral(d.aif, end);
  return {
    cbfMlPer100mlMin: t.cbfMlPer100mlMin, cbvMlPer100ml: t.cbvMlPer100ml, mttS: mtt, s0: t.s0,
    rCbv: t.cbvMlPer100ml / wm.cbvMlPer100ml, rCbf: t.cbfMlPer100mlMin / wm.cbfMlPer100mlMin,
    engine: { cbf_perS: t.cbfMlPer100mlMin / 6000, cbv: t.cbvMlPer100ml / 100, cbvOverAcquisition: windowCbv },
    ...(t.leakage ? { leakage: { ...t.leakage, kepPerMin: t.leakage.ktransPerMin / t.leakage.ve } } : {}),
  };
}

/** Writes the demo DSC study (folder `dsc/`, one file per phase and slice); returns its manifest entry and truth (truth/dsc.json). */
export function writeDscStudy(o: DscStudyOptions): { manifest: ManifestStudy; truth: Record<string, unknown> } {
  const d = DSC_DEMO, [ni, nj, nk] = d.dims, a = d.acquisition;
  const study = { studyInstanceUID: o.uid('dsc-study'), date: '20260214', time: '091500', description: 'CALIPER phantom DSC-MRI brain', id: 'DSC1', accessionNumber: 'CALDSC1' };
  const uid = o.uid('dsc-series'), frame = o.uid('dsc-frame-of-reference');
  const common = commonModules(PATIENT, study, {
    seriesInstanceUID: uid, modality: 'MR', number: 5, description: DESCRIPTION, frameOfReferenceUID: frame, date: study.date, time: '092000', manufacturer: 'Caliper Phantoms', modelName: 'Synthetic MR 1.5T',
  }, MR_SOP_CLASS, '');
  common['00180015'] = el('CS', 'BRAIN');
  const regions: DscRegion[] = [];
  for (let k = 0; k < nk; k++) for (let j = 0; j < nj; j++) for (let i = 0; i < ni; i++) regions.push(dscRegionAt(i, j, k));
  const start = 9 * 3600 + 20 * 60;
  const paths: string[] = [];
  d.timesS.forEach((t, p) => {
    const value = new Map<DscRegion, number>();
    for (const r of ['air', 'artery', 'tumour', 'greyMatter', 'whiteMatter'] as const) value.set(r, Math.round(dscRegionSignal(r, t)));
    for (let k = 0; k < nk; k++) {
      const px = new Uint16Array(ni * nj);
      for (let q = 0; q < ni * nj; q++) px[q] = value.get(regions[k * ni * nj + q])!;
      const ds: Dataset = {
        ...common,
        '00080008': el('CS', 'ORIGINAL', 'PRIMARY'),
        '00080018': el('UI', `${uid}.${p + 1}.${k + 1}`),
        '00080022': el('DA', study.date),
        '00080032': el('TM', tm(start + t)),
        '00180010': el('LO', 'Gadobutrol 0.1 mmol/kg'),
        '00180020': el('CS', 'GR'),
        '00180021': el('CS', 'SK'),
        '00180022': el('CS', 'FS'),
        '00180023': el('CS', '2D'),
        '00180024': el('SH', 'epfid2d1'),
        '00180050': el('DS', ...dsList([d.spacingMm[2]])),
        '00180080': el('DS', String(a.trMs)),
        '00180081': el('DS', String(a.teMs)),
        '00180087': el('DS', '1.5'),
        '00181060': el('DS', (t * 1000).toFixed(3)),
        '00181314': el('DS', String(a.flipAngleDeg)),
        '00200012': el('IS', 1),
        '00200013': el('IS', p * nk + k + 1),
        '00200032': el('DS', ...dsList([d.originMm[0], d.originMm[1], d.originMm[2] + k * d.spacingMm[2]])),
        '00200037': el('DS', '1', '0', '0', '0', '1', '0'),
        '00200100': el('IS', p + 1),
        '00200105': el('IS', d.timesS.length),
        '00201041': el('DS', ...dsList([d.originMm[2] + k * d.spacingMm[2]])),
        '00280002': el('US', 1),
        '00280004': el('CS', 'MONOCHROME2'),
        '00280010': el('US', nj),
        '00280011': el('US', ni),
        '00280030': el('DS', ...dsList([d.spacingMm[1], d.spacingMm[0]])),
        '00280100': el('US', 16),
        '00280101': el('US', 16),
        '00280102': el('US', 15),
        '00280103': el('US', 0),
      };
      const path = `dsc/perfusion/p${String(p + 1).padStart(3, '0')}_s${k + 1}.dcm`;
      o.emit(path, writePart10(ds, { pixels: px, columns: ni, rows: nj, bitsStored: 16 }, o.syntax, o.charls));
      paths.push(path);
    }
  });
  const wm = d.whiteMatter, end = d.timesS[d.timesS.length - 1];
  return {
    manifest: {
      studyInstanceUID: study.studyInstanceUID, patientName: PATIENT.name, patientId: PATIENT.id, studyDate: study.date, studyDescription: study.description,
      series: [{ seriesInstanceUID: uid, modality: 'MR', seriesDescription: DESCRIPTION, seriesNumber: 5, instances: paths }],
    },
    truth: {
      version: 1,
      studyInstanceUID: study.studyInstanceUID,
      seriesInstanceUID: uid,
      definitions: {
        coordinates: 'patient LPS, mm; voxel (i,j,k) centre = origin + (i, j, k) × spacing; a voxel belongs to a region when its centre is inside (artery and tumour take precedence)',
        aif: 'Ca(t) = Σ peak (τ/(3β))³ e^(3 − τ/β), τ = t − arrival > 0 (mM, whole blood)',
        tissue: 'intravascular Cv = F (Ca ⊗ e^(−t/MTT)), F = CBF/6000 (/s), MTT = 60 CBV/CBF (s); convolutions in closed form',
        deltaR2Star: 'ΔR2* = r2* C, the same r2* (/s/mM) in blood and tissue: ∫ΔR2*tissue/∫ΔR2*AIF = CBV (mL/mL) over an infinite window',
        signal: 'S = S0 exp(−TE ΔR2*) (artery: Ca, tissue: Cv); tumour × sat(1/T10 + r1 Ce)/sat(1/T10), sat(R1) = (1 − E1)/(1 − cos α E1), E1 = exp(−TR R1), Ce = Ktrans ∫ Ca/(1 − Hct) e^(−kep (t − s)) ds (extended Tofts EES, T1-dominant leakage); noise-free, rounded to integers',
        units: 'CBF mL/100 mL/min, CBV mL/100 mL (per volume of tissue, no density); rCBV, rCBF relative to white matter; engine.* = what measureDscPerfusion reports with the same r2* for AIF and tissue (cbv mL/mL, cbfPerS /s); cbvOverAcquisition = the area ratio over [0, last phase] (analytic)',
        reference: 'leakage (BSW) reference: mean signal of the non-enhancing brain = grey + white matter voxels',
      },
      acquisition: {
        dims: d.dims, spacingMm: d.spacingMm, originMm: d.originMm, timesS: d.timesS, timeSource: 'TriggerTime (0018,1060)',
        ...a, baselinePhases: d.baselinePhases, aif: d.aif, aifIntegralMmS: aifIntegral(d.aif, end), aifAtLastPhaseMm: aifAt(d.aif, end),
      },
      regions: {
        whiteMatter: { shape: `elliptic cylinder along z, radii ${d.brain.radiiMm.join(' × ')} mm, inside (x/rx)² + (y/ry)² ≤ ${d.brain.cortex}²`, ...tissueTruth(wm, wm) },
        greyMatter: { shape: `the rim of that cylinder: ${d.brain.cortex}² < (x/rx)² + (y/ry)² ≤ 1`, ...tissueTruth(d.greyMatter, wm) },
        tumour: { id: 'DSC-L1', label: 'Enhancing glioma (leaky)', shape: 'ellipsoid', centreMm: d.tumour.centreMm, radiiMm: d.tumour.radiiMm, ...tissueTruth(d.tumour.tissue, wm) },
        artery: { shape: 'cylinder along z', centreMm: d.artery.centreMm, radiusMm: d.artery.radiusMm, s0: d.artery.s0, content: 'blood: Ca(t)' },
      },
    },
  };
}
