import type { Dataset } from './elements';
import { el } from './elements';

export const MR_SOP_CLASS = '1.2.840.10008.5.1.4.1.1.4';
export const MR_BITS_STORED = 12;

export interface MrSequence {
  readonly kind: 'dwi' | 't2';
  readonly repetitionTimeMs: number;
  readonly echoTimeMs: number;
}

/** Where to write the b-value besides the standard (0018,9087) DiffusionBValue. */
export interface VendorBValueTags {
  readonly siemens: boolean;
  readonly ge: boolean;
}

/** MR Image module attributes for one image; bValue (s/mm2) only for DWI. */
export function mrImageModule(seq: MrSequence, acquisitionNumber: number, bValue?: number, vendor?: VendorBValueTags): Dataset {
  const d: Dataset = {
    '00080008': el('CS', 'ORIGINAL', 'PRIMARY', seq.kind === 'dwi' ? 'DIFFUSION' : 'OTHER'),
    '00180020': el('CS', seq.kind === 'dwi' ? 'EP' : 'SE'),
    '00180021': el('CS', seq.kind === 'dwi' ? 'SK' : 'NONE'),
    '00180022': el('CS', seq.kind === 'dwi' ? 'FS' : 'FC'),
    '00180023': el('CS', '2D'),
    '00180080': el('DS', String(seq.repetitionTimeMs)),
    '00180081': el('DS', String(seq.echoTimeMs)),
    '00180087': el('DS', '1.5'),
    '00180091': el('IS', seq.kind === 'dwi' ? 1 : 16),
    '00180024': el('SH', seq.kind === 'dwi' ? 'ep_b' : 'tse2d'),
    '00200012': el('IS', acquisitionNumber),
  };
  if (seq.kind === 'dwi' && bValue !== undefined) {
    d['00189087'] = el('FD', bValue);
    if (vendor?.siemens) {
      d['00190010'] = el('LO', 'SIEMENS MR HEADER');
      d['0019100C'] = el('IS', bValue);
    }
    if (vendor?.ge) {
      d['00430010'] = el('LO', 'GEMS_PARM_01');
      // GE stores b-value in the first of four values of "slop_int_6..9"
      d['00431039'] = el('IS', bValue, 0, 0, 0);
    }
  }
  return d;
}
