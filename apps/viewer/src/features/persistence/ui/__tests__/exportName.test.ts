import { describe, expect, it } from 'vitest';
import { exportFileName } from '../exportName';

describe('export file names', () => {
  it('date and modalities of the study, no identifier', () => {
    expect(exportFileName({ studyDate: '20260105', modalities: ['PT', 'CT', 'CT', 'SR'], what: 'lesions', ext: 'csv' })).toBe('caliper_2026-01-05_CT-PT_lesions.csv');
  });
  it('the patient ID only when asked, made safe for a file name', () => {
    expect(exportFileName({ studyDate: '20260105', modalities: ['CT'], what: 'sr', ext: 'dcm', patientId: 'AB/12 3' })).toBe('caliper_AB-12-3_2026-01-05_CT_sr.dcm');
  });
  it('an unknown date or modality still gives a name', () => {
    expect(exportFileName({ studyDate: '', modalities: [], what: 'seg-2', ext: 'dcm' })).toBe('caliper_undated_study_seg-2.dcm');
  });
  it('a 10 000-character or hostile patient ID gives at most 32 ASCII characters', () => {
    const name = exportFileName({ studyDate: '20260105', modalities: ['CT'], what: 'sr', ext: 'dcm', patientId: '<img src=x onerror=1>' + 'Z'.repeat(10_000) });
    expect(name).toBe(`caliper_img-src-x-onerror-1-${'Z'.repeat(12)}_2026-01-05_CT_sr.dcm`);
  });
});
