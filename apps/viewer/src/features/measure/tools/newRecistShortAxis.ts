import type { Vec3 } from '@caliper/core';
import { asPatient } from '@caliper/core';
import { shortAxisFromImage } from '@caliper/engine';
import { viewportSampler } from './viewportSampler';

interface BidirectionalLike {
  metadata: { viewPlaneNormal?: ArrayLike<number> };
  data: { handles?: { points?: number[][] } };
  invalidated?: boolean;
}

/**
 * A new RECIST bidirectional's short axis, from the image: Cornerstone puts it at a fixed ratio of
 * the long axis; it is replaced by the longest perpendicular inside the lesion on the viewport's
 * image (engine `shortAxisFromImage`). Only for a drawing just finished: a perpendicular the reader
 * drew or moved is theirs and never recomputed. Returns true when the drawing changed.
 */
export function newRecistShortAxis(a: BidirectionalLike, viewport: unknown): boolean {
  const pts = a.data.handles?.points;
  const n = a.metadata.viewPlaneNormal;
  if (!pts || pts.length < 4 || !n) return false;
  const sample = viewportSampler(viewport);
  if (!sample) return false;
  const normal: Vec3 = [n[0], n[1], n[2]];
  const r = shortAxisFromImage(sample, [asPatient(pts[0]), asPatient(pts[1])], normal);
  if (!r) return false;
  // Keep Cornerstone's handle order (its short-axis drag logic reads the direction).
  const old = [pts[3][0] - pts[2][0], pts[3][1] - pts[2][1], pts[3][2] - pts[2][2]];
  const neu = [0, 1, 2].map((d) => r.short[1][d] - r.short[0][d]);
  const same = old[0] * neu[0] + old[1] * neu[1] + old[2] * neu[2] >= 0;
  const [p, q] = same ? r.short : [r.short[1], r.short[0]];
  pts[2] = [p[0], p[1], p[2]];
  pts[3] = [q[0], q[1], q[2]];
  a.invalidated = true;
  return true;
}
