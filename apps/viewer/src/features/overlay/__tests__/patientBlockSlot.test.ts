import { describe, expect, it } from 'vitest';
import { patientBlockSlot } from '../patientBlockSlot';
import { viewportsFor } from '../../../viewports/ids';
import type { LayoutId } from '../../../app/types';

describe('patientBlockSlot', () => {
  it('is the fused view in the fusion layout (drawn top-left), the first viewport elsewhere', () => {
    expect(viewportsFor('fusion')[patientBlockSlot('fusion')].id).toBe('fusion-fused');
    for (const l of ['1x1', '1x2', '2x2', 'mpr', 'compare'] as LayoutId[]) expect(patientBlockSlot(l), l).toBe(0);
  });
});
