import { describe, expect, it } from 'vitest';
import { imageLayers } from '../imageLayers';

const CT = 'caliperVolume:1.2.ct', PET = 'caliperVolume:1.2.pet';
const series = (id: string) => id === CT || id === PET;
// What Cornerstone 5 puts in getActors() of a CT MPR pane once a brush lesion is painted there.
const ctActor = { uid: CT, referencedId: CT };
const petActor = { uid: PET, referencedId: PET };
const labelmap = { uid: 'seg-actor', referencedId: 'caliper-brush:1.2.ct', representationUID: 'caliper-brush:1.2.ct-Labelmap-1' };

describe('imageLayers (review finding 4: labelmaps are not fusion layers)', () => {
  it('a CT pane with a brush labelmap shows one image layer, not two (not "fused")', () => {
    expect(imageLayers([ctActor, labelmap], series)).toEqual([ctActor]);
  });
  it('a PET-alone pane with a labelmap: the PET only', () => {
    expect(imageLayers([petActor, labelmap], series)).toEqual([petActor]);
  });
  it('a fused pane keeps CT then PET, with or without a labelmap', () => {
    expect(imageLayers([ctActor, petActor, labelmap], series)).toEqual([ctActor, petActor]);
  });
  it('an actor without representationUID whose id is no series volume (a labelmap added as a volume) is not a layer', () => {
    expect(imageLayers<{ uid: string; referencedId?: string }>([ctActor, { uid: 'x', referencedId: 'caliper-brush:1.2.ct' }, { uid: 'y' }], series)).toEqual([ctActor]);
  });
});
