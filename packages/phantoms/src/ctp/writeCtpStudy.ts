import { commonModules } from '../dicom/commonModules';
import type { PatientInfo } from '../dicom/commonModules';
import { CT_BITS_STORED, CT_RESCALE_INTERCEPT, CT_SOP_CLASS, ctImageModule } from '../dicom/ctModules';
import type { Dataset } from '../dicom/elements';
import { dsList, el } from '../dicom/elements';
import type { TransferSyntaxName } from '../dicom/transferSyntax';
import type { Charls } from '../dicom/writePart10';
import { writePart10 } from '../dicom/writePart10';
import type { GammaAif } from '../dsc/gammaVariateAif';
import { aifAt, aifIntegral, integrateConvolvedAif } from '../dsc/gammaVariateAif';
import type { Emit } from '../study/emitSlices';
import type { ManifestStudy } from '../study/generateStudy';
import type { CtpConstants, CtpTissue } from './ctpCurves';
import { ctpFactors, ctpTissueEnhancement, ctpVenousEnhancement, kHematocrit } from './ctpCurves';

/** Demo CT perfusion study: a brain slab with an artery (partial-volumed), the sagittal sinus, normal brain and a leaky tumour. */
export const CTP_DEMO = {
  /** 256 × 256 × 4, 0.9375 × 0.9375 × 5 mm (240 mm field of view), axial; voxel (0,0,0) centre at origin. */
  dims: [256, 256, 4] as const,
  spacingMm: [0.9375, 0.9375, 5] as const,
  originMm: [-119.53125, -119.53125, -7.5] as const,
  /** 40 phases every 1.5 s (one rotation per phase, 80 kVp). */
  timesS: Array.from({ length: 40 }, (_, p) => p * 1.5),
  kvp: 80,
  /** Arterial enhancement of whole blood (HU ∝ iodine; ≈ 40 HU per mg I/mL at 80 kVp): first pass 450 HU at 11.8 s, recirculation, systemic plateau. */
  aif: [{ arrivalS: 7, betaS: 1.6, peak: 450 }, { arrivalS: 18, betaS: 3, peak: 60 }, { arrivalS: 20, betaS: 10, peak: 30 }] as GammaAif,
  /** Phases before the arrival (t < 7 s): the engine's baselineCount. */
  baselinePhases: 5,
  constants: { densityGPerMl: 1.04, hematocritLarge: 0.45, hematocritSmall: 0.25 } as CtpConstants,
  brain: { radiiMm: [72, 90] as const },
  skull: { thicknessMm: 6, hu: 1000 },
  normal: { bfMlPer100gMin: 50, bvMlPer100g: 3, psMlPer100gMin: 0, baselineHu: 35 } as CtpTissue,
  tumour: { centreMm: [30, 10, 0] as const, radiiMm: [15, 15, 10] as const, tissue: { bfMlPer100gMin: 80, bvMlPer100g: 5, psMlPer100gMin: 8, baselineHu: 40 } as CtpTissue },
  /** A small artery: its voxels read 70 % of the arterial enhancement (partial volume). */
  artery: { centreMm: [-12, -20] as const, radiusMm: 2.5, partialVolume: 0.7, baselineHu: 45 },
  /** Superior sagittal sinus: the arterial curve delayed 5 s, dispersed with τ = 3 s; full volume. */
  vein: { centreMm: [0, 80] as const, radiusMm: 4, delayS: 5, tauS: 3, baselineHu: 45 },
} as const;

export type CtpRegion = 'air' | 'skull' | 'artery' | 'vein' | 'tumour' | 'normal';

/** The region of voxel (i, j, k), by its centre (vessels and tumour before the brain). */
export function ctpRegionAt(i: number, j: number, k: number): CtpRegion {
  const d = CTP_DEMO;
  const x = d.originMm[0] + i * d.spacingMm[0], y = d.originMm[1] + j * d.spacingMm[1], z = d.originMm[2] + k * d.spacingMm[2];
  const [rx, ry] = d.brain.radiiMm, s = d.skull.thicknessMm;
  if ((x / (rx + s)) ** 2 + (y / (ry + s)) ** 2 > 1) return 'air';
  if ((x / rx) ** 2 + (y / ry) ** 2 > 1) return 'skull';
  if ((x - d.artery.centreMm[0]) ** 2 + (y - d.artery.centreMm[1]) ** 2 <= d.artery.radiusMm ** 2) return 'artery';
  if ((x - d.vein.centreMm[0]) ** 2 + (y - d.vein.centreMm[1]) ** 2 <= d.vein.radiusMm ** 2) return 'vein';
  const [cx, cy, cz] = d.tumour.centreMm, [tx, ty, tz] = d.tumour.radiiMm;
  if (((x - cx) / tx) ** 2 + ((y - cy) / ty) ** 2 + ((z - cz) / tz) ** 2 <= 1) return 'tumour';
  return 'normal';
}

/** Noise-free HU of a region at t s (before rounding). */
export function ctpRegionHu(region: CtpRegion, tS: number): number {
  const d = CTP_DEMO;
  switch (region) {
    case 'air': return -1000;
    case 'skull': return d.skull.hu;
    case 'artery': return d.artery.baselineHu + d.artery.partialVolume * aifAt(d.aif, tS);
    case 'vein': return d.vein.baselineHu + ctpVenousEnhancement(d.aif, tS, d.vein.delayS, d.vein.tauS);
    case 'tumour': return d.tumour.tissue.baselineHu + ctpTissueEnhancement(d.tumour.tissue, d.constants, d.aif, tS);
    case 'normal': return d.normal.baselineHu + ctpTissueEnhancement(d.normal, d.constants, d.aif, tS);
  }
}

export interface CtpStudyOptions {
  readonly emit: Emit;
  readonly uid: (label: string) => string;
  readonly syntax: TransferSyntaxName;
  readonly charls?: Charls;
}

const PATIENT: PatientInfo = { name: 'CALIPER^CTP Brain', id: 'CALIPER-CTP-001', birthDate: '19580923', sex: 'F', age: '067Y', weightKg: 64, sizeM: 1.63 };
const DESCRIPTION = 'CT perfusion 80 kVp';

const tm = (s: number) => {
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
  return `${String(h).padStart(2, '0')}${String(m).padStart(2, '0')}${sec.toFixed(6).padStart(9, '0')}`;
};

/** ∫0^T ∫0^t Ca ds dt by the midpoint rule (1 ms) on the closed-form ∫Ca: the leaked contrast an area ratio over [0, T] sees. */
function integrateAifIntegral(aif: GammaAif, endS: number): number {
  const h = 1e-3, n = Math.round(endS / h);
  let s = 0;
  for (let q = 0; q < n; q++) s += aifIntegral(aif, (q + 0.5) * h) * h;
  return s;
}

function tissueTruth(t: CtpTissue, venousAreaOverAcquisition: number) {
  const d = CTP_DEMO, c = d.constants, end = d.timesS[d.timesS.length - 1], f = ctpFactors(t, c), kH = kHematocrit(c);
  const tissueArea = f.flowPerS * integrateConvolvedAif(d.aif, end, f.mttS) + f.leakPerS * integrateAifIntegral(d.aif, end);
  return {
    bfMlPer100gMin: t.bfMlPer100gMin, bvMlPer100g: t.bvMlPer100g, mttS: f.mttS, psMlPer100gMin: t.psMlPer100gMin, baselineHu: t.baselineHu,
    curveFactors: { flowPerS: f.flowPerS, leakPerS: f.leakPerS },
    // BV as measureCtPerfusion computes it (∫ΔHU/∫(scaled AIF) over the acquisition, the AIF scaled to the venous area): leaked contrast counts as blood volume.
    bvAreaRatioOverAcquisition: ((tissueArea / venousAreaOverAcquisition) * kH * 100) / c.densityGPerMl,
  };
}

/** Writes the demo CT perfusion study (folder `ctp/`); returns its manifest entry and truth (truth/ctp.json). */
export function writeCtpStudy(o: CtpStudyOptions): { manifest: ManifestStudy; truth: Record<string, unknown> } {
  const d = CTP_DEMO, [ni, nj, nk] = d.dims;
  const study = { studyInstanceUID: o.uid('ctp-study'), date: '20260302', time: '161000', description: 'CALIPER phantom CT perfusion brain', id: 'CTP1', accessionNumber: 'CALCTP1' };
  const uid = o.uid('ctp-series'), frame = o.uid('ctp-frame-of-reference');
  const common = commonModules(PATIENT, study, {
    seriesInstanceUID: uid, modality: 'CT', number: 3, description: DESCRIPTION, frameOfReferenceUID: frame, date: study.date, time: '161500', manufacturer: 'Caliper Phantoms', modelName: 'Synthetic CT',
  }, CT_SOP_CLASS, '');
  common['00180015'] = el('CS', 'HEAD');
  const regions: CtpRegion[] = [];
  for (let k = 0; k < nk; k++) for (let j = 0; j < nj; j++) for (let i = 0; i < ni; i++) regions.push(ctpRegionAt(i, j, k));
  const start = 16 * 3600 + 15 * 60;
  const paths: string[] = [];
  d.timesS.forEach((t, p) => {
    const stored = new Map<CtpRegion, number>();
    for (const r of ['air', 'skull', 'artery', 'vein', 'tumour', 'normal'] as const) stored.set(r, Math.round(ctpRegionHu(r, t)) - CT_RESCALE_INTERCEPT);
    for (let k = 0; k < nk; k++) {
      const px = new Uint16Array(ni * nj);
      for (let q = 0; q < ni * nj; q++) px[q] = stored.get(regions[k * ni * nj + q])!;
      const z = d.originMm[2] + k * d.spacingMm[2];
      const ds: Dataset = {
        ...common,
        ...ctImageModule(p + 1),
        '00080008': el('CS', 'ORIGINAL', 'PRIMARY', 'AXIAL'),
        '00080018': el('UI', `${uid}.${p + 1}.${k + 1}`),
        '00080022': el('DA', study.date),
        '00080032': el('TM', tm(start + t)),
        '00080033': el('TM', tm(start + t)),
        '00180010': el('LO', 'Iopromide 370 mg I/mL'),
        '00180050': el('DS', ...dsList([d.spacingMm[2]])),
        '00180060': el('DS', String(d.kvp)),
        '00181151': el('IS', 150),
        '00181210': el('SH', 'SOFT'),
        '00200013': el('IS', p * nk + k + 1),
        '00200032': el('DS', ...dsList([d.originMm[0], d.originMm[1], z])),
        '00200037': el('DS', '1', '0', '0', '0', '1', '0'),
        '00200100': el('IS', p + 1),
        '00200105': el('IS', d.timesS.length),
        '00201041': el('DS', ...dsList([z])),
        '00280002': el('US', 1),
        '00280004': el('CS', 'MONOCHROME2'),
        '00280010': el('US', nj),
        '00280011': el('US', ni),
        '00280030': el('DS', ...dsList([d.spacingMm[1], d.spacingMm[0]])),
        '00280100': el('US', 16),
        '00280101': el('US', CT_BITS_STORED),
        '00280102': el('US', CT_BITS_STORED - 1),
        '00280103': el('US', 0),
        '00281050': el('DS', '40'),
        '00281051': el('DS', '80'),
      };
      const path = `ctp/perfusion/p${String(p + 1).padStart(3, '0')}_s${k + 1}.dcm`;
      o.emit(path, writePart10(ds, { pixels: px, columns: ni, rows: nj, bitsStored: CT_BITS_STORED }, o.syntax, o.charls));
      paths.push(path);
    }
  });
  const end = d.timesS[d.timesS.length - 1], v = d.vein;
  const arterialArea = d.artery.partialVolume * aifIntegral(d.aif, end);
  const venousArea = integrateConvolvedAif(d.aif, end - v.delayS, v.tauS) / v.tauS;
  return {
    manifest: {
      studyInstanceUID: study.studyInstanceUID, patientName: PATIENT.name, patientId: PATIENT.id, studyDate: study.date, studyDescription: study.description,
      series: [{ seriesInstanceUID: uid, modality: 'CT', seriesDescription: DESCRIPTION, seriesNumber: 3, instances: paths }],
    },
    truth: {
      version: 1,
      studyInstanceUID: study.studyInstanceUID,
      seriesInstanceUID: uid,
      definitions: {
        coordinates: 'patient LPS, mm; voxel (i,j,k) centre = origin + (i, j, k) × spacing; a voxel belongs to a region when its centre is inside (vessels and tumour take precedence over normal brain)',
        aif: 'Ca(t) = Σ peak (τ/(3β))³ e^(3 − τ/β), τ = t − arrival > 0: enhancement (HU) of whole large-vessel blood; the artery voxels read partialVolume × Ca',
        vein: 'Cv(t) = (1/τ) (Ca ⊗ e^(−t/τ))(t − delay): same area as Ca over all time',
        tissue: 'ΔHU = F (Ca ⊗ e^(−t/MTT)) + K ∫0^t Ca; F = BF ρ/(6000 kH), K = PS ρ/(6000 kH) (/s), MTT = 60 BV/BF; convolutions in closed form',
        conventions: 'those of measureCtPerfusion: kH = (1 − Hct_large)/(1 − Hct_small), ρ = density; BF = kH/ρ · F · 6000 (mL/100 g/min), BV = kH/ρ · F · MTT · 100 (mL/100 g), PS = kH/ρ · K · 6000 (mL/100 g/min), K the Patlak slope against the whole-blood arterial curve (the plasma-referenced slope is K (1 − Hct_large))',
        signal: 'HU = baseline + ΔHU, stored HU + 1024 (12 bits, RescaleIntercept −1024), rounded to integers; noise-free',
        bvAreaRatioOverAcquisition: 'what BV = kH/ρ · ∫ΔHU/∫(AIF scaled to the venous area) · 100 gives over [0, last phase] (analytic; the tumour\'s leaked contrast counts in it)',
      },
      acquisition: {
        dims: d.dims, spacingMm: d.spacingMm, originMm: d.originMm, timesS: d.timesS, timeSource: 'AcquisitionTime (0008,0032)', kvp: d.kvp,
        baselinePhases: d.baselinePhases, aif: d.aif, ...d.constants, kH: kHematocrit(d.constants),
        partialVolumeScaleOverAcquisition: venousArea / arterialArea,
      },
      regions: {
        normal: { shape: `elliptic cylinder along z, radii ${d.brain.radiiMm.join(' × ')} mm (skull ${d.skull.thicknessMm} mm outside, ${d.skull.hu} HU)`, ...tissueTruth(d.normal, venousArea) },
        tumour: { id: 'CTP-L1', label: 'Brain tumour (leaky)', shape: 'ellipsoid', centreMm: d.tumour.centreMm, radiiMm: d.tumour.radiiMm, ...tissueTruth(d.tumour.tissue, venousArea) },
        artery: { shape: 'cylinder along z', centreMm: d.artery.centreMm, radiusMm: d.artery.radiusMm, partialVolume: d.artery.partialVolume, baselineHu: d.artery.baselineHu },
        vein: { label: 'superior sagittal sinus', shape: 'cylinder along z', centreMm: v.centreMm, radiusMm: v.radiusMm, delayS: v.delayS, dispersionS: v.tauS, baselineHu: v.baselineHu },
      },
    },
  };
}
