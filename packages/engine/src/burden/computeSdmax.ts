/**
 * SDmax (Cottereau et al. 2020): Dmax standardised by body surface area, (dmaxMm / 1000) / BSA,
 * in m⁻¹. `bsaM2` is the Du Bois BSA in m² (from @caliper/dicom's bsaDuBoisCm2 / 10⁴); null
 * (no weight or height) gives null.
 */
export function computeSdmax(dmaxMm: number, bsaM2: number | null): number | null {
  return bsaM2 !== null && bsaM2 > 0 ? dmaxMm / 1000 / bsaM2 : null;
}
