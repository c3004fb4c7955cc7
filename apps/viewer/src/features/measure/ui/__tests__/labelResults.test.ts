import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import { measureShape } from '../../worker/measureShape';
import { grid, volumeOf } from '../../worker/__tests__/fixtures';
import { labelResults } from '../labelResults';

const g = grid([6, 6, 6]);
const m = measureShape(volumeOf(g, () => 40, 'HU'), { kind: 'sphere', center: patientPoint(3, 3, 3), radiusMm: 2 });
const modality = (uid: string) => ({ ct: 'CT', pt: 'PT' })[uid];

describe('labelResults', () => {
  it('current results only, by modality; a PET threshold ROI\'s CT result is its search region', () => {
    const r = labelResults({ ct: { version: 3, measurement: m }, pt: { version: 3, measurement: m } }, modality, 'petThreshold', 3);
    expect(r.state).toBe('fresh');
    expect(r.list.map((x) => [x.label, x.role])).toEqual([['CT', 'searchRegion'], ['PT', 'lesion']]);
  });
  it('a result of an older shape version is pending, not shown', () => {
    const r = labelResults({ ct: { version: 2, measurement: m } }, modality, 'sphere', 3);
    expect(r).toEqual({ list: [], state: 'pending' });
  });
  it('only errors: error; none yet: pending', () => {
    expect(labelResults({ ct: { version: 3, error: 'no volume' } }, modality, 'sphere', 3).state).toBe('error');
    expect(labelResults(undefined, modality, 'sphere', 3).state).toBe('pending');
  });
});
