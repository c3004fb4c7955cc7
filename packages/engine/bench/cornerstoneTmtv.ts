/**
 * Same-run baseline for `burden.ts`: Cornerstone3D 5.14's whole-volume threshold
 * (`utilities.segmentation.thresholdVolumeByRange`) and its TMTV/TLG computation (the
 * `computeMetabolicStats` of its compute worker, called in this process through the worker's own
 * comlink message handler, so no copy to a worker is timed) on the same SUV volume. Node has no
 * DOM: `navigator`, `self` and the worker endpoint are shimmed. Cornerstone is not a dependency of
 * the engine; it is loaded from the viewer's node_modules, and the baseline is skipped when absent.
 */
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Volume } from '@caliper/core';

export interface CornerstoneTmtv {
  /** Threshold (>= lower, as Cornerstone's `value > lower` test gives on these noisy floats) then TMTV/TLG. */
  run(lower: number): Promise<{ thresholdMs: number; statsMs: number; tmtvMl: number; tlg: number }>;
}

export async function loadCornerstoneTmtv(volume: Volume, repoRoot: string): Promise<CornerstoneTmtv | string> {
  const base = path.join(repoRoot, 'apps/viewer/node_modules/@cornerstonejs');
  if (!existsSync(path.join(base, 'tools'))) return `Cornerstone3D not installed under ${base}`;
  const imp = (p: string) => import(pathToFileURL(realpathSync(path.join(base, p))).href);
  const g = globalThis as Record<string, unknown>;
  let handler: ((ev: { data: unknown }) => void) | undefined;
  let reply: unknown;
  g.self ??= g;
  if (!('navigator' in g) || !g.navigator) g.navigator = { platform: 'Linux', userAgent: 'node', hardwareConcurrency: 2 };
  g.addEventListener = (_t: string, h: (ev: { data: unknown }) => void) => (handler = h);
  g.removeEventListener = () => undefined;
  g.postMessage = (m: unknown) => (reply = m);
  const core = await imp('core/dist/esm/index.js');
  const tools = await imp('tools/dist/esm/index.js');
  await imp('tools/dist/esm/workers/computeWorker.js');
  await core.init();
  tools.init?.();
  const [ni, nj, nk] = volume.geometry.dimensions;
  const scalarData = Float32Array.from(volume.data as ArrayLike<number>);
  const direction = [...volume.geometry.rowDirection, ...volume.geometry.columnDirection, ...volume.geometry.sliceDirection];
  const vol = core.volumeLoader.createLocalVolume('burden-pet', {
    metadata: { Modality: 'PT', PhotometricInterpretation: 'MONOCHROME2', BitsAllocated: 32, BitsStored: 32, SamplesPerPixel: 1, HighBit: 31, PixelRepresentation: 1, PixelSpacing: [volume.geometry.spacing[1], volume.geometry.spacing[0]], voiLut: [], FrameOfReferenceUID: '1.2.3' },
    dimensions: [ni, nj, nk], spacing: [...volume.geometry.spacing], origin: [...volume.geometry.origin], direction, scalarData,
  });
  const seg = await core.volumeLoader.createAndCacheDerivedLabelmapVolume('burden-pet', { volumeId: 'burden-seg' });
  tools.segmentation.addSegmentations([{ segmentationId: 'burden-seg', representation: { type: tools.Enums.SegmentationRepresentations.Labelmap, data: { volumeId: 'burden-seg' } } }]);
  const info = (data: ArrayLike<number>) => ({ scalarData: data, dimensions: [ni, nj, nk], spacing: [...volume.geometry.spacing], origin: [...volume.geometry.origin], direction });
  return {
    async run(lower: number) {
      const t0 = performance.now();
      tools.utilities.segmentation.thresholdVolumeByRange(seg, [{ volume: vol, lower, upper: Infinity }], { overwrite: true, segmentationId: 'burden-seg', segmentIndex: 1 });
      const t1 = performance.now();
      // What computeMetabolicStats sends its worker: the labelmap and the PET voxels.
      const segData = seg.voxelManager.getCompleteScalarDataArray();
      const petData = vol.voxelManager.getCompleteScalarDataArray();
      handler!({ data: { id: 'tmtv', type: 'APPLY', path: ['computeMetabolicStats'], argumentList: [{ type: 'RAW', value: { segmentationInfo: info(segData), imageInfo: info(petData) } }] } });
      while (!reply) await new Promise((r) => setTimeout(r, 0));
      const t2 = performance.now();
      const r = (reply as { value: { tmtv: number; tlg: number } }).value;
      reply = undefined;
      return { thresholdMs: t1 - t0, statsMs: t2 - t1, tmtvMl: r.tmtv, tlg: r.tlg };
    },
  };
}
