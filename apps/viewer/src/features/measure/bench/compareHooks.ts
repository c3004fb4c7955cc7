// Loaded only by the compare benchmark (dynamic import from caliper.measureDebug.compareHooks()):
// the engine's functions and Cornerstone3D's segmentation utilities on the same synthetic volumes,
// in the same page, for e2e/bench/compare.bench.ts. Not used by the viewer itself.
import { volumeLoader, metaData, type Types } from '@cornerstonejs/core';
import { segmentation, utilities as toolUtils, Enums as ToolEnums } from '@cornerstonejs/tools';
import type { Volume } from '@caliper/core';
import { patientPoint } from '@caliper/core';
import { computeRoiStats, growRegion, sphereToMask, thresholdToMask, computeSuvMetrics } from '@caliper/engine';

type Case = 'ct' | 'pet';
const now = () => performance.now();
let seq = 0;

/** Synthetic CT (512×512×300 int16-valued, 0.78×0.78×2.5 mm) or PET (200×200×600, 3 mm, SUV) with a 50 mL sphere. */
function synth(kind: Case): { vol: Volume; centre: [number, number, number]; radiusMm: number; lesion: number } {
  const dims: [number, number, number] = kind === 'ct' ? [512, 512, 300] : [200, 200, 600];
  const sp: [number, number, number] = kind === 'ct' ? [0.78125, 0.78125, 2.5] : [3, 3, 3];
  const n = dims[0] * dims[1] * dims[2];
  const data = new Float32Array(n);
  const radiusMm = Math.cbrt((50e3 * 3) / (4 * Math.PI)); // 50 mL
  const c = dims.map((d, a) => ((d - 1) / 2) * sp[a]) as [number, number, number];
  const bg = kind === 'ct' ? 60 : 2, lesion = kind === 'ct' ? 35 : 8;
  let s = 12345;
  const rnd = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff - 0.5);
  for (let k = 0; k < dims[2]; k++)
    for (let j = 0; j < dims[1]; j++)
      for (let i = 0; i < dims[0]; i++) {
        const d = Math.hypot(i * sp[0] - c[0], j * sp[1] - c[1], k * sp[2] - c[2]);
        data[(k * dims[1] + j) * dims[0] + i] = (d <= radiusMm ? lesion : bg) + (kind === 'ct' ? Math.round(rnd() * 4) : rnd() * 0.2);
      }
  const vol: Volume = {
    geometry: { dimensions: dims, origin: patientPoint(0, 0, 0), rowDirection: [1, 0, 0], columnDirection: [0, 1, 0], sliceDirection: [0, 0, 1], spacing: sp },
    data, unit: kind === 'ct' ? 'HU' : 'SUVbw', modality: kind === 'ct' ? 'CT' : 'PT',
  };
  return { vol, centre: c, radiusMm, lesion };
}

function median(xs: number[]): number {
  const a = [...xs].sort((x, y) => x - y);
  return a[a.length >> 1];
}

async function time(runs: number, f: () => unknown): Promise<number> {
  const ts: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = now();
    await f();
    ts.push(now() - t);
  }
  return median(ts);
}

/** Runs every comparison on one synthetic volume; returns median ms per task and side. */
export async function compare(kind: Case, runs = 5): Promise<Record<string, { engine: number; cornerstone: number; floorMs: number; check: string }>> {
  const { vol, centre, radiusMm, lesion } = synth(kind);
  const g = vol.geometry;
  const [ni, nj, nk] = g.dimensions;
  const id = `bench:${kind}:${++seq}`;
  // Metadata Cornerstone's utilities read (modality, per-slice position, PET scaling = SUV already).
  const imgMeta = (type: string) =>
    type === 'generalSeriesModule' ? { modality: vol.modality } : type === 'scalingModule' && kind === 'pet' ? { suvbw: 1 } : undefined;
  metaData.addProvider((type: string, imageId: string) => (String(imageId).startsWith(id) ? imgMeta(type) : undefined), 10000);
  const csVol = volumeLoader.createLocalVolume(id, {
    metadata: { Modality: vol.modality, BitsAllocated: 32, BitsStored: 32, SamplesPerPixel: 1, HighBit: 31, PhotometricInterpretation: 'MONOCHROME2', PixelRepresentation: 1, Columns: ni, Rows: nj, PixelSpacing: [g.spacing[1], g.spacing[0]], ImageOrientationPatient: [1, 0, 0, 0, 1, 0], FrameOfReferenceUID: `1.2.3.${seq}`, voiLut: [] } as never,
    dimensions: [ni, nj, nk], spacing: [...g.spacing] as Types.Point3, origin: [0, 0, 0], direction: [1, 0, 0, 0, 1, 0, 0, 0, 1] as Types.Mat3,
    scalarData: vol.data as Float32Array,
  });
  const segVolId = `${id}:seg`;
  const seg = volumeLoader.createAndCacheDerivedLabelmapVolume(csVol.volumeId, { volumeId: segVolId });
  const segmentationId = `${id}:segmentation`;
  segmentation.addSegmentations([{ segmentationId, representation: { type: ToolEnums.SegmentationRepresentations.Labelmap, data: { volumeId: segVolId } } }]);
  const floor = await time(runs, () => { let t = 0; const d = vol.data; for (let i = 0; i < d.length; i++) t += d[i]; return t; });
  const out: Record<string, { engine: number; cornerstone: number; floorMs: number; check: string }> = {};
  const seedIjk = centre.map((c, a) => Math.round(c / g.spacing[a])) as [number, number, number];
  const lo = lesion - (kind === 'ct' ? 10 : 3), hi = lesion + (kind === 'ct' ? 10 : 100);

  // 1. Region growing of the 50 mL sphere from its centre.
  let eCount = 0, cCount = 0;
  const eGrow = await time(runs, () => { eCount = growRegion(g.dimensions, vol.data, seedIjk, lo, hi).voxelCount; });
  const getter = (i: number, j: number, k: number) => (i < 0 || j < 0 || k < 0 || i >= ni || j >= nj || k >= nk ? undefined : vol.data[(k * nj + j) * ni + i]);
  const cGrow = await time(runs, () => {
    cCount = toolUtils.segmentation.floodFill(getter as never, seedIjk as Types.Point3, { equals: (a: number) => a >= lo && a <= hi } as never).flooded.length;
  });
  out.grow50mL = { engine: eGrow, cornerstone: cGrow, floorMs: floor, check: `voxels engine ${eCount} / cornerstone ${cCount}` };

  // 2. Whole-volume threshold (value ≥ lo).
  let eThr = 0;
  const eT = await time(runs, () => { eThr = thresholdToMask(vol, { min: lo, max: hi }).bbox ? 1 : 0; });
  const cT = await time(runs, () => toolUtils.segmentation.thresholdVolumeByRange(seg, [{ volume: csVol, lower: lo, upper: hi }] as never, { overwrite: true, segmentationId, segmentIndex: 1 } as never));
  out.threshold = { engine: eT, cornerstone: cT, floorMs: floor, check: `engine mask ${eThr ? 'non-empty' : 'empty'}` };

  // 3. Statistics (and SUV peak on PET) of the lesion ROI: engine on its mask vs getStatistics on the labelmap.
  const mask = sphereToMask(g, patientPoint(...centre), radiusMm);
  let eMean = 0, cMean = 0;
  const eS = await time(runs, () => {
    const st = computeRoiStats(vol, mask);
    eMean = st.mean;
    if (kind === 'pet') computeSuvMetrics(vol, mask, st);
  });
  const segVm = seg.voxelManager!;
  const segData = new Uint8Array(ni * nj * nk);
  segData.set(mask.data);
  segVm.setCompleteScalarDataArray?.(segData as never);
  const cS = await time(runs, async () => {
    const r = (await toolUtils.segmentation.getStatistics({ segmentationId, segmentIndices: [1], mode: 'collective' })) as { mean?: { value: number } } | undefined;
    cMean = r?.mean?.value ?? NaN;
  });
  out[kind === 'pet' ? 'statsAndSuvPeak50mL' : 'stats50mL'] = { engine: eS, cornerstone: cS, floorMs: floor, check: `mean engine ${eMean.toFixed(3)} / cornerstone ${cMean.toFixed(3)}` };
  return out;
}
