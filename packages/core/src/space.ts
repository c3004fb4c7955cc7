/**
 * Branded coordinate spaces. Most geometry bugs are a point in the wrong space, so a point's
 * space is part of its type:
 *  - PatientPoint: DICOM patient coordinate system, LPS, millimetres
 *  - VoxelIndex:   continuous (i, j, k) = (column, row, slice) index into a volume's grid
 *  - CanvasPoint:  CSS pixels on a viewport canvas
 */
export type Vec3 = readonly [number, number, number];

export type PatientPoint = Vec3 & { readonly __space: 'patient-lps-mm' };
export type VoxelIndex = Vec3 & { readonly __space: 'voxel-ijk' };
export type CanvasPoint = readonly [number, number] & { readonly __space: 'canvas-px' };

export const patientPoint = (x: number, y: number, z: number): PatientPoint => [x, y, z] as unknown as PatientPoint;
export const voxelIndex = (i: number, j: number, k: number): VoxelIndex => [i, j, k] as unknown as VoxelIndex;
export const canvasPoint = (x: number, y: number): CanvasPoint => [x, y] as unknown as CanvasPoint;

export const asPatient = (v: ArrayLike<number>): PatientPoint => patientPoint(v[0], v[1], v[2]);
export const asVoxel = (v: ArrayLike<number>): VoxelIndex => voxelIndex(v[0], v[1], v[2]);
