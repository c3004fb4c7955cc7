import { describe, expect, it } from 'vitest';
import { errorToast } from '../errorToasts';

const none = () => undefined;

describe('error toasts', () => {
  it('one toast for a batch: the first error in the reader’s words, the others counted', () => {
    const t = errorToast([
      { source: 'C:\\scans\\notes.txt', reason: "not a DICOM file (no 'DICM' marker at byte 128 and no recognisable data set)" },
      { source: 'x/truncated.dcm', reason: 'unexpected end of data (truncated)' },
    ], none);
    expect(t).toEqual({
      kind: 'error', title: 'This file is not a DICOM image', text: 'notes.txt — and 1 more in Problems',
      details: "not a DICOM file (no 'DICM' marker at byte 128 and no recognisable data set)",
    });
  });
  it('nothing for no error', () => {
    expect(errorToast([], none)).toBeUndefined();
  });
});
