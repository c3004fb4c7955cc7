import type { Dataset } from './elements';
import { el } from './elements';

export const CT_SOP_CLASS = '1.2.840.10008.5.1.4.1.1.2';

/** Stored CT values are HU + 1024 in 12 unsigned bits (the common scanner encoding). */
export const CT_RESCALE_INTERCEPT = -1024;
export const CT_BITS_STORED = 12;

/** CT Image module (+ VOI LUT) attributes for one slice. */
export function ctImageModule(acquisitionNumber: number): Dataset {
  return {
    '00080008': el('CS', 'ORIGINAL', 'PRIMARY', 'AXIAL'),
    '00180022': el('CS', 'HELICAL MODE'),
    '00180060': el('DS', '120'),
    '00181150': el('IS', 1),
    '00181151': el('IS', 200),
    '00181210': el('SH', 'STANDARD'),
    '00200012': el('IS', acquisitionNumber),
    '00281050': el('DS', '40'),
    '00281051': el('DS', '400'),
    '00281052': el('DS', String(CT_RESCALE_INTERCEPT)),
    '00281053': el('DS', '1'),
    '00281054': el('LO', 'HU'),
  };
}
