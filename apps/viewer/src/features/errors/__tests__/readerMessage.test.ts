import { describe, expect, it } from 'vitest';
import { readerMessage, seriesLabel, withoutUids } from '../readerMessage';

const SERIES: Record<string, { seriesNumber?: number; modality?: string; seriesDescription?: string }> = {
  '1.2.826.0.1.3680043.8.498.77': { seriesNumber: 7, modality: 'MR', seriesDescription: 'ep2d_diff b0,800' },
};
const lookup = (uid: string) => SERIES[uid];

describe('reader messages', () => {
  it('a non-DICOM file: plain title, file name, technical reason on demand', () => {
    const m = readerMessage({ source: '/home/r/study/notes.txt', reason: "not a DICOM file (no 'DICM' marker at byte 128 and no recognisable data set)" }, lookup);
    expect(m).toEqual({ title: 'This file is not a DICOM image', where: 'notes.txt', details: "not a DICOM file (no 'DICM' marker at byte 128 and no recognisable data set)" });
  });
  it('a zip entry is named with its archive', () => {
    const m = readerMessage({ source: 'C:\\exports\\scans.zip/CT/series 2/IM0042.dcm', reason: 'corrupt .zip entry: invalid distance' }, lookup);
    expect(m.where).toBe('scans.zip › IM0042.dcm');
    expect(readerMessage({ source: 'scans.zip/IM7.dcm', reason: 'x' }, lookup).where).toBe('scans.zip › IM7.dcm');
    expect(readerMessage({ source: 'scans.zip', reason: 'corrupt or unsupported .zip archive: x' }, lookup).where).toBe('scans.zip');
  });
  it('names a series by number and description, never by UID', () => {
    const m = readerMessage({ source: 'series 1.2.826.0.1.3680043.8.498.77 (MR ep2d_diff b0,800)', reason: 'no ADC map: diffusion series 1.2.826.0.1.3680043.8.498.77: b-values have different slice counts (8, 7)' }, lookup);
    expect(m.title).toBe('No ADC map could be made from this diffusion series');
    expect(m.where).toBe('Series 7 · MR ep2d_diff b0,800');
    expect(m.details).toBe('no ADC map: diffusion series Series 7 · MR ep2d_diff b0,800: b-values have different slice counts (8, 7)');
    expect(JSON.stringify(m)).not.toContain('1.2.826');
  });
  it('hides unknown UIDs in the source; keeps the HTTP status in the details', () => {
    const m = readerMessage({ source: 'series 1.2.3.4.5.6 (PET)', reason: 'HTTP 401 Unauthorized' }, lookup);
    expect(m.where).toBe('series … (PET)');
    expect(m.title).toBe('The server refused access: check the address and the login');
    expect(m.details).toContain('401');
  });
  it('falls back on the source for exports, else on the reason itself', () => {
    expect(readerMessage({ source: 'Export SEG', reason: 'the reading has no segmentation' }, lookup).title).toBe('The export did not work');
    expect(readerMessage({ source: 'x', reason: 'something odd: at 3' }, lookup).title).toBe('Something odd');
  });
  it('labels series and strips UIDs', () => {
    expect(seriesLabel({ seriesNumber: 3, modality: 'CT', seriesDescription: 'Abdomen' })).toBe('Series 3 · CT Abdomen');
    expect(seriesLabel(undefined)).toBe('a series');
    expect(withoutUids('study 1.2.840.10008.5.1 here', lookup)).toBe('study … here');
    expect(withoutUids('saved reading of study 2.25.1200230331408472239', (u) => (u.startsWith('2.25.') ? 'study of 2026-01-12' : undefined))).toBe('saved reading of study study of 2026-01-12');
    expect(withoutUids('Caliper 0.1.0 and 1.2.3', lookup)).toBe('Caliper 0.1.0 and 1.2.3');
    // Details keep unknown UIDs as written (found by the fuzz e2e: they used to read '$&').
    expect(withoutUids('duplicate SOPInstanceUID 1.2.826.0.1.3680043.10.1.1 skipped', lookup, null)).toBe('duplicate SOPInstanceUID 1.2.826.0.1.3680043.10.1.1 skipped');
  });
});
