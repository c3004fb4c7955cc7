import { commonModules } from '../dicom/commonModules';
import type { PatientInfo } from '../dicom/commonModules';
import type { TransferSyntaxName } from '../dicom/transferSyntax';
import type { Charls } from '../dicom/writePart10';
import type { Emit } from '../study/emitSlices';
import type { ManifestStudy } from '../study/generateStudy';
import type { DceTissue } from './dceCurves';
import { spgrSignal, tissueCurve } from './dceCurves';
import type { DceVoxel } from './writeDceSeries';
import { writeDceSeries, writeVfaSeries } from './writeDceSeries';

/** Demo DCE-MRI study: a breast lesion with a wash-out (type III) curve, a vessel, background tissue. */
export const DCE_DEMO = {
  /** 128 × 128 × 8, 2 × 2 × 4 mm, axial; voxel (0,0,0) centre at origin. */
  dims: [128, 128, 8] as const,
  spacingMm: [2, 2, 4] as const,
  originMm: [-127, -127, -14] as const,
  timesS: Array.from({ length: 36 }, (_, p) => p * 7),
  bolusArrivalS: 30.5,
  flipAngleDeg: 15,
  trMs: 4,
  m0: 15000,
  r1PerMmS: 4.5,
  hematocrit: 0.42,
  vfa: { flipAnglesDeg: [2, 5, 10, 15], trMs: 4, m0: 9000 },
  body: { radiiMm: [120, 95] as const },
  lesion: { centreMm: [35, 10, 0] as const, radiiMm: [16, 12, 9] as const, tissue: { ktransPerMin: 0.6, ve: 0.25, vp: 0.08 } as DceTissue, t10Ms: 900 },
  vessel: { centreMm: [-50, -20] as const, radiusMm: 6, t10Ms: 1440 },
  background: { tissue: { ktransPerMin: 0.04, ve: 0.25, vp: 0.01 } as DceTissue, t10Ms: 1200 },
} as const;

type Region = 'air' | 'body' | 'lesion' | 'vessel';

/** The region of voxel (i, j, k), by its centre (voxel-centre-inside rule). */
export function dceRegionAt(i: number, j: number, k: number): Region {
  const d = DCE_DEMO;
  const x = d.originMm[0] + i * d.spacingMm[0], y = d.originMm[1] + j * d.spacingMm[1], z = d.originMm[2] + k * d.spacingMm[2];
  if ((x / d.body.radiiMm[0]) ** 2 + (y / d.body.radiiMm[1]) ** 2 > 1) return 'air';
  const [lx, ly, lz] = d.lesion.centreMm, [rx, ry, rz] = d.lesion.radiiMm;
  if (((x - lx) / rx) ** 2 + ((y - ly) / ry) ** 2 + ((z - lz) / rz) ** 2 <= 1) return 'lesion';
  if ((x - d.vessel.centreMm[0]) ** 2 + (y - d.vessel.centreMm[1]) ** 2 <= d.vessel.radiusMm ** 2) return 'vessel';
  return 'body';
}

const voxelOf = (r: Region): DceVoxel => (r === 'air' ? 'air' : r === 'vessel' ? 'blood' : r === 'lesion' ? DCE_DEMO.lesion.tissue : DCE_DEMO.background.tissue);
const t10Of = (r: Region): number => (r === 'vessel' ? DCE_DEMO.vessel.t10Ms : r === 'lesion' ? DCE_DEMO.lesion.t10Ms : DCE_DEMO.background.t10Ms);

/** Curve type of a noise-free tissue signal, by the `caliper dce` rule (change from the early peak to the last phase). */
function curveTruth(tissue: DceTissue, t10Ms: number) {
  const d = DCE_DEMO;
  const c = tissueCurve(tissue, d.timesS, d.bolusArrivalS, d.hematocrit);
  const s = c.map((x) => spgrSignal(d.m0, d.flipAngleDeg, d.trMs, t10Ms, x, d.r1PerMmS));
  const early = Math.max(...s.filter((_, p) => d.timesS[p] > d.bolusArrivalS && d.timesS[p] <= d.bolusArrivalS + 120));
  const changePct = (100 * (s[s.length - 1] - early)) / early;
  return { lateChangePct: changePct, type: changePct > 10 ? 'I' : changePct < -10 ? 'III' : 'II' };
}

export interface DceStudyTruth {
  readonly version: 1;
  readonly studyInstanceUID: string;
  readonly dynamicSeriesInstanceUID: string;
  readonly vfaSeriesInstanceUID: string;
  readonly definitions: Record<string, string>;
  readonly acquisition: Record<string, unknown>;
  readonly lesions: readonly Record<string, unknown>[];
  readonly vessel: Record<string, unknown>;
  readonly background: Record<string, unknown>;
}

export interface DceStudyOptions {
  readonly emit: Emit;
  readonly uid: (label: string) => string;
  readonly syntax: TransferSyntaxName;
  readonly charls?: Charls;
}

const PATIENT: PatientInfo = { name: 'CALIPER^DCE Breast', id: 'CALIPER-PH-DCE', birthDate: '19710605', sex: 'F', age: '054Y', weightKg: 68, sizeM: 1.66 };

/** Writes the demo DCE study (dynamic series + VFA series, folder `dce/`); returns its manifest entry and truth. */
export function writeDceStudy(o: DceStudyOptions): { manifest: ManifestStudy; truth: DceStudyTruth } {
  const d = DCE_DEMO;
  const study = { studyInstanceUID: o.uid('dce-study'), date: '20260120', time: '141500', description: 'CALIPER phantom DCE-MRI breast', id: 'DCE1', accessionNumber: 'CALDCE1' };
  const frame = o.uid('dce-frame-of-reference');
  const series = (uid: string, number: number, description: string) => ({
    seriesInstanceUID: uid, modality: 'MR' as const, number, description, frameOfReferenceUID: frame, date: study.date, time: '142000', manufacturer: 'Caliper Phantoms', modelName: 'Synthetic MR 3T',
  });
  const dceUid = o.uid('dce-series'), vfaUid = o.uid('vfa-series');
  const grid = { dims: d.dims, spacingMm: d.spacingMm, originMm: d.originMm };
  const out = (uid: string, n: number, desc: string, dir: string) => ({ emit: o.emit, dir, syntax: o.syntax, charls: o.charls, common: commonModules(PATIENT, study, series(uid, n, desc), '', '') });
  const vfaPaths = writeVfaSeries(
    { ...grid, ...d.vfa, uid: vfaUid, seriesNumber: 6, description: 'VFA T1 2/5/10/15', t10Ms: (i, j, k) => t10Of(dceRegionAt(i, j, k)), air: (i, j, k) => dceRegionAt(i, j, k) === 'air' },
    out(vfaUid, 6, 'VFA T1 2/5/10/15', 'dce/vfa'),
  );
  const dcePaths = writeDceSeries(
    {
      ...grid, timesS: d.timesS, bolusArrivalS: d.bolusArrivalS, hematocrit: d.hematocrit, r1PerMmS: d.r1PerMmS, m0: d.m0, flipAngleDeg: d.flipAngleDeg, trMs: d.trMs,
      t10Ms: (i, j, k) => t10Of(dceRegionAt(i, j, k)), t10BloodMs: d.vessel.t10Ms, voxel: (i, j, k) => voxelOf(dceRegionAt(i, j, k)),
      uid: dceUid, seriesNumber: 7, description: 'DCE 3D SPGR dynamic',
    },
    out(dceUid, 7, 'DCE 3D SPGR dynamic', 'dce/dynamic'),
  );
  const l = d.lesion;
  return {
    manifest: {
      studyInstanceUID: study.studyInstanceUID, patientName: PATIENT.name, patientId: PATIENT.id, studyDate: study.date, studyDescription: study.description,
      series: [
        { seriesInstanceUID: dceUid, modality: 'MR', seriesDescription: 'DCE 3D SPGR dynamic', seriesNumber: 7, instances: dcePaths },
        { seriesInstanceUID: vfaUid, modality: 'MR', seriesDescription: 'VFA T1 2/5/10/15', seriesNumber: 6, instances: vfaPaths },
      ],
    },
    truth: {
      version: 1,
      studyInstanceUID: study.studyInstanceUID,
      dynamicSeriesInstanceUID: dceUid,
      vfaSeriesInstanceUID: vfaUid,
      definitions: {
        coordinates: 'patient LPS, mm; voxel (i,j,k) centre = origin + (i, j, k) × spacing; a voxel belongs to a region when its centre is inside',
        model: 'extended Tofts: Ct = vp Cp + Ktrans ∫ Cp e^(−kep (t−s)) ds, kep = Ktrans/ve, t in min; Cp = Parker 2006 Cb/(1 − hct), 0 before the bolus arrival',
        signal: 'SPGR: S = M0 sin α (1 − E1)/(1 − cos α E1), E1 = exp(−TR (1/T10 + r1 C)); noise-free, rounded to integers',
        curveType: 'from the signal: change = (S_last − S_early)/S_early, S_early = max over BAT < t ≤ BAT + 120 s; > +10 % I, < −10 % III, else II',
      },
      acquisition: { ...grid, timesS: d.timesS, timeSource: 'TriggerTime (0018,1060)', bolusArrivalS: d.bolusArrivalS, flipAngleDeg: d.flipAngleDeg, trMs: d.trMs, r1PerMmS: d.r1PerMmS, hematocrit: d.hematocrit, aif: 'parker', vfa: d.vfa },
      lesions: [{
        id: 'DCE-L1', label: 'Breast lesion (wash-out)', shape: 'ellipsoid', centreMm: l.centreMm, radiiMm: l.radiiMm, t10Ms: l.t10Ms,
        model: 'etofts', ktransPerMin: l.tissue.ktransPerMin, kepPerMin: l.tissue.ktransPerMin / l.tissue.ve, ve: l.tissue.ve, vp: l.tissue.vp,
        curve: curveTruth(l.tissue, l.t10Ms),
      }],
      vessel: { shape: 'cylinder along z', centreMm: d.vessel.centreMm, radiusMm: d.vessel.radiusMm, t10Ms: d.vessel.t10Ms, content: 'blood (Parker Cb)' },
      background: { shape: 'elliptic cylinder', radiiMm: d.body.radiiMm, t10Ms: d.background.t10Ms, model: 'etofts', ...d.background.tissue, curve: curveTruth(d.background.tissue, d.background.t10Ms) },
    },
  };
}
