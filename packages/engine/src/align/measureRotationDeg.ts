import type { RigidTransform } from './rigidTransform';

/**
 * Total rotation angle of a rigid transform in degrees (axis–angle magnitude θ), from
 * cos θ = (tr R − 1)/2 and sin θ = |vee(R − Rᵀ)|/2 by atan2 (accurate for small angles too).
 */
export function measureRotationDeg(t: RigidTransform): number {
  const R = t.rotation;
  const s = Math.hypot(R[7] - R[5], R[2] - R[6], R[3] - R[1]) / 2;
  const c = (R[0] + R[4] + R[8] - 1) / 2;
  return (Math.atan2(s, c) * 180) / Math.PI;
}
