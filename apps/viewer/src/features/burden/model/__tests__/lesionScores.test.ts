import { describe, expect, it } from 'vitest';
import { proposeScore, referencesFor, scoreSchemeFor } from '../lesionScores';
import type { References } from '../lesionScores';
import type { PetReferenceStats } from '../../worker/referenceOps';

const stat = (kind: PetReferenceStats['kind'], mean: number, max: number | null = null): PetReferenceStats =>
  ({ kind, centerMm: [0, 0, 0], shape: '', diameterMm: null, mean, sd: 0, max, cv: 0, voxelCount: 100 });

describe('scoreSchemeFor / referencesFor', () => {
  it('FDG → Deauville (liver, blood); PSMA → miPSMA (PSMA-1007 reads the spleen); FMISO → T/B; FAZA → T/M; SSTR → none', () => {
    expect(scoreSchemeFor('FDG', 'FDG')).toBe('deauville');
    expect(scoreSchemeFor('PSMA', 'PSMA-11')).toBe('mipsma');
    expect(referencesFor('mipsma', 'PSMA-11')).toEqual(['blood', 'liver', 'parotid']);
    expect(referencesFor('mipsma', 'PSMA-1007')).toContain('spleen');
    expect(scoreSchemeFor('hypoxia', 'FMISO')).toBe('hypoxia-blood');
    expect(scoreSchemeFor('hypoxia', 'FAZA')).toBe('hypoxia-muscle');
    expect(referencesFor('hypoxia-muscle', 'FAZA')[0]).toBe('muscle');
    expect(scoreSchemeFor('SSTR', 'DOTATATE')).toBeNull();
  });
});

describe('proposeScore', () => {
  // Blood pool SUVmean 1.6, liver SUVmean 2.0 and SUVmax 2.6 (the demo's references).
  const refs: References = { blood: stat('blood', 1.6), liver: stat('liver', 2.0, 2.6) };
  it('Deauville: 1.5 → 2, 1.9 → 3, 5.1 → 4 (< 2 × 2.6), 5.2 → 5 (≥ 5.2)', () => {
    expect(proposeScore({ suvMax: 1.5 }, 'deauville', refs, 'FDG')?.score).toBe(2);
    expect(proposeScore({ suvMax: 1.9 }, 'deauville', refs, 'FDG')?.score).toBe(3);
    expect(proposeScore({ suvMax: 5.1 }, 'deauville', refs, 'FDG')?.score).toBe(4);
    expect(proposeScore({ suvMax: 5.2 }, 'deauville', refs, 'FDG')?.score).toBe(5);
  });
  it('without the liver no Deauville score is proposed and the liver is named', () => {
    const p = proposeScore({ suvMax: 9 }, 'deauville', { blood: stat('blood', 1.6) }, 'FDG');
    expect(p?.score).toBeNull();
    expect(p?.missing).toEqual(['liver']);
  });
  it('miPSMA: blood 1.6, liver 5, parotid 12 → 1.0 → 0, 3 → 1, 6 → 2, 12 → 3', () => {
    const r: References = { blood: stat('blood', 1.6), liver: stat('liver', 5), parotid: stat('parotid', 12) };
    expect([1.0, 3, 6, 12].map((x) => proposeScore({ suvMax: x }, 'mipsma', r, 'PSMA-11')?.score)).toEqual([0, 1, 2, 3]);
  });
  it('hypoxia schemes have no visual score (ratios instead)', () => {
    expect(proposeScore({ suvMax: 3 }, 'hypoxia-blood', refs, 'FMISO')).toBeNull();
  });
});
