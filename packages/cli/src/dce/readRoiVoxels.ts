import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Result, Volume } from '@caliper/core';
import { err, ok } from '@caliper/core';
import { roiToMask, validateRoiSpec } from '@caliper/engine';
import { resolveMaskFile } from '../roi/resolveMaskFile';

/**
 * The flat voxel indices of a `measure` ROI file on `volume`'s grid (ascending). A ROI holding no
 * voxel centre is "<what> is empty: no voxel centre of <series> lies inside it", as in `measure`.
 */
export function readRoiVoxels(roiPath: string, volume: Volume, seriesLabel: string, what = 'ROI'): Result<Uint32Array, string> {
  let spec;
  try {
    const parsed = validateRoiSpec(JSON.parse(readFileSync(roiPath, 'utf8')));
    if (!parsed.ok) return err(`${roiPath}: ${parsed.error}`);
    spec = parsed.value;
  } catch (e) {
    return err(`cannot read ${what === 'ROI' ? 'ROI' : 'AIF ROI'} file ${roiPath}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const baseDir = path.dirname(path.resolve(roiPath));
  const mask = roiToMask(volume, spec, (m) => resolveMaskFile(m, volume.geometry, baseDir));
  if (!mask.ok) return err(`${roiPath}: ${mask.error}`);
  let n = 0;
  const d = mask.value.data;
  for (let v = 0; v < d.length; v++) if (d[v]) n++;
  if (n === 0) return err(`${what} is empty: no voxel centre of ${seriesLabel} lies inside it (${roiPath})`);
  const voxels = new Uint32Array(n);
  for (let v = 0, q = 0; v < d.length; v++) if (d[v]) voxels[q++] = v;
  return ok(voxels);
}
