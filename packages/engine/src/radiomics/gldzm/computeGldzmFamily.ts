import { computeZoneFamily } from '../glszm/computeZoneFamily';
import type { ZoneFeatures } from '../glszm/computeZoneFamily';
import type { Zones } from '../glszm/labelZones';
import type { DiscretisedRoi } from '../processing/discretiseRoi';
import { computeBorderDistance } from './computeBorderDistance';

/**
 * IBSI GLDZM family (VMDZ): grey level × zone distance counts, a zone's distance being the smallest
 * border distance of its voxels, measured on the morphological mask (6-connected in 3D, 4-connected
 * per slice in 2D). Zones and aggregation as GLSZM. Features in catalogue order: 0GBI, MB4I, S1RA,
 * K26C, RUVG, DKNJ, A7WM, KLTH, VFT7, 7HP3, V294, IATH, VIWW, QK93, 7WT1, GBDU.
 */
export function computeGldzmFamily(roi: DiscretisedRoi, zones: Zones, approach: '2D' | '3D'): ZoneFeatures {
  const dist = computeBorderDistance(roi.morphological, roi.dims, approach === '2D');
  const zd = new Int32Array(zones.level.length).fill(0x7fffffff);
  const { label } = zones;
  for (let v = 0; v < label.length; v++) {
    const z = label[v];
    if (z >= 0 && dist[v] < zd[z]) zd[z] = dist[v];
  }
  return computeZoneFamily(roi, zones, (z) => zd[z], approach);
}
