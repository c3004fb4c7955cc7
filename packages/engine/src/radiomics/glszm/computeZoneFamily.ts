import type { DiscretisedRoi } from '../processing/discretiseRoi';
import { averageFeatures } from '../texture/averageFeatures';
import { addCount, mergeCounts } from '../texture/levelCounts';
import type { LevelCounts } from '../texture/levelCounts';
import { summarizeLevelCounts } from '../texture/summarizeLevelCounts';
import type { Zones } from './labelZones';

/** Feature rows (catalogue order) per aggregation key: 2D, 2.5D or 3D. */
export type ZoneFeatures = Record<string, number[]>;

/**
 * Aggregates a zone matrix family (GLSZM: index = zone size; GLDZM: index = zone distance) per IBSI:
 * "2D": one matrix per slice, features averaged over slices (2D) and of the slices' merged matrix
 * (2.5D); "3D": one matrix (3D). N_v for the zone percentage is the voxels of the matrix's slices.
 */
export function computeZoneFamily(roi: DiscretisedRoi, zones: Zones, index: (zone: number) => number, approach: '2D' | '3D'): ZoneFeatures {
  const features = (m: LevelCounts, nv: number): number[] => summarizeLevelCounts(m, nv).slice(0, 16);
  if (approach === '3D') {
    const m: LevelCounts = new Map();
    for (let z = 0; z < zones.level.length; z++) addCount(m, zones.level[z], index(z));
    return { '3D': features(m, roi.count) };
  }
  const bySlice = new Map<number, { m: LevelCounts; nv: number }>();
  for (let z = 0; z < zones.level.length; z++) {
    let s = bySlice.get(zones.slice[z]);
    if (!s) bySlice.set(zones.slice[z], (s = { m: new Map(), nv: 0 }));
    addCount(s.m, zones.level[z], index(z));
    s.nv += zones.size[z];
  }
  const merged: LevelCounts = new Map();
  const rows: number[][] = [];
  for (const s of bySlice.values()) {
    rows.push(features(s.m, s.nv));
    mergeCounts(merged, s.m);
  }
  return { '2D': averageFeatures(rows, 16), '2.5D': features(merged, roi.count) };
}
