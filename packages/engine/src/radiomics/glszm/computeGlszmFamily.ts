import type { DiscretisedRoi } from '../processing/discretiseRoi';
import { computeZoneFamily } from './computeZoneFamily';
import type { ZoneFeatures } from './computeZoneFamily';
import type { Zones } from './labelZones';

/**
 * IBSI GLSZM family (9SAK): grey level × zone size counts of the zones (26-connected in 3D,
 * 8-connected per slice in 2D); 2D / 2.5D / 3D aggregation as computeZoneFamily. Features in
 * catalogue order: 5QRC, 48P8, XMSY, 5GN9, 5RAI, HW1V, YH51, J17V, JNSA, Y1RO, 4JP3, VB3A, P30P,
 * BYLV, 3NSA, GU8N.
 */
export function computeGlszmFamily(roi: DiscretisedRoi, zones: Zones, approach: '2D' | '3D'): ZoneFeatures {
  return computeZoneFamily(roi, zones, (z) => zones.size[z], approach);
}
