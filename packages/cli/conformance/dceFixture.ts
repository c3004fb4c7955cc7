import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DceSeriesSpec, VfaSeriesSpec } from '@caliper/phantoms/dce/writeDceSeries';
import { writeDceSeries, writeVfaSeries as writeVfaImages } from '@caliper/phantoms/dce/writeDceSeries';
import type { Emit } from '@caliper/phantoms/study/emitSlices';

// The synthetic DCE-MRI writer and its analytic truth live in @caliper/phantoms (the demo's DCE study
// uses them too); these wrappers write into a folder of the file system for `caliper dce` tests.
export type { DceTissue } from '@caliper/phantoms/dce/dceCurves';
export type { DceVoxel } from '@caliper/phantoms/dce/writeDceSeries';
export { parkerBlood, spgrSignal, tissueCurve } from '@caliper/phantoms/dce/dceCurves';

const emitInto = (root: string): Emit => (rel, bytes) => {
  const f = path.join(root, rel);
  mkdirSync(path.dirname(f), { recursive: true });
  writeFileSync(f, bytes);
};

/** Writes the dynamic series into `dir` (one file per phase and slice); returns the folder. */
export function writeDcePhantom(dir: string, spec: DceSeriesSpec): string {
  mkdirSync(dir, { recursive: true });
  writeDceSeries(spec, { emit: emitInto(dir), dir: '.' });
  return dir;
}

/** Variable-flip-angle images of the same grid (one series holding every angle), M0 of its own gain. */
export function writeVfaSeries(dir: string, spec: VfaSeriesSpec): string {
  mkdirSync(dir, { recursive: true });
  writeVfaImages(spec, { emit: emitInto(dir), dir: '.' });
  return dir;
}
