import { describe, expect, it } from 'vitest';
import { explainHttpError } from '../explainHttpError';
import { jsonNumber, jsonString, toInstanceSummary, toSeriesSummary, toStudySummary } from '../qidoModel';
import { frameUrl, instanceUrl, instancesUrl, seriesUrl, studiesUrl } from '../urls';

// A QIDO-RS study result in DICOM JSON (PS3.18 F.2), as Orthanc returns it.
const study = {
  '00080020': { vr: 'DA', Value: ['20260102'] },
  '00080061': { vr: 'CS', Value: ['CT', 'PT'] },
  '00081030': { vr: 'LO', Value: ['PET/CT'] },
  '00100010': { vr: 'PN', Value: [{ Alphabetic: 'Doe^Jane' }] },
  '00100020': { vr: 'LO', Value: ['ID7'] },
  '0020000D': { vr: 'UI', Value: ['1.2.3'] },
  '00201206': { vr: 'IS', Value: [2] },
  '00201208': { vr: 'IS', Value: ['300'] },
};

describe('QIDO-RS JSON → model', () => {
  it('reads strings, PN and numbers', () => {
    expect(jsonString(study, '00100010')).toBe('Doe^Jane');
    expect(jsonNumber(study, '00201208')).toBe(300);
    expect(jsonString(study, '00280010')).toBeUndefined();
    expect(jsonNumber({ x: { vr: 'IS', Value: ['abc'] } }, 'x')).toBeUndefined();
  });

  it('maps a study, a series and an instance; drops results without their UID', () => {
    expect(toStudySummary(study)).toEqual({
      studyInstanceUID: '1.2.3',
      patientName: 'Doe^Jane',
      patientId: 'ID7',
      studyDate: '20260102',
      studyDescription: 'PET/CT',
      modalities: ['CT', 'PT'],
      numberOfSeries: 2,
      numberOfInstances: 300,
    });
    expect(toStudySummary({ '00100010': { vr: 'PN', Value: [{ Alphabetic: 'x' }] } })).toBeUndefined();
    const series = { '0020000E': { vr: 'UI', Value: ['1.2.3.4'] }, '00080060': { vr: 'CS', Value: ['PT'] }, '00200011': { vr: 'IS', Value: [3] } };
    expect(toSeriesSummary(series, '1.2.3')).toEqual({ studyInstanceUID: '1.2.3', seriesInstanceUID: '1.2.3.4', modality: 'PT', seriesNumber: 3 });
    const inst = { '00080018': { vr: 'UI', Value: ['9'] }, '00200013': { vr: 'IS', Value: ['12'] } };
    expect(toInstanceSummary(inst, '1', '2')).toEqual({ studyInstanceUID: '1', seriesInstanceUID: '2', sopInstanceUID: '9', instanceNumber: 12 });
  });
});

describe('DICOMweb URLs (PS3.18)', () => {
  const base = 'http://127.0.0.1:8042/dicom-web/';
  it('builds resource URLs under the service root', () => {
    expect(studiesUrl(base, { PatientID: 'A B', limit: '10' })).toBe('http://127.0.0.1:8042/dicom-web/studies?PatientID=A+B&limit=10');
    expect(seriesUrl(base, '1.2')).toBe('http://127.0.0.1:8042/dicom-web/studies/1.2/series');
    expect(instancesUrl(base, '1.2', '3.4')).toBe('http://127.0.0.1:8042/dicom-web/studies/1.2/series/3.4/instances');
    expect(instanceUrl(base, '1.2', '3.4', '5.6')).toBe('http://127.0.0.1:8042/dicom-web/studies/1.2/series/3.4/instances/5.6');
    expect(frameUrl(base, '1.2', '3.4', '5.6', 1)).toBe('http://127.0.0.1:8042/dicom-web/studies/1.2/series/3.4/instances/5.6/frames/1');
  });
});

describe('explainHttpError', () => {
  const url = 'http://pacs/dicom-web';
  const e = (status: number) => Object.assign(new Error('request failed'), { status });
  it('names the cause for each status', () => {
    expect(explainHttpError(e(401), 'QIDO-RS study search', url)).toBe('QIDO-RS study search failed: HTTP 401 Unauthorized, the server wants credentials (set or renew the bearer token)');
    expect(explainHttpError(e(404), 'x', url)).toMatch(/HTTP 404 Not Found, check the DICOMweb URL \(http:\/\/pacs\/dicom-web\)/);
    expect(explainHttpError(e(500), 'x', url)).toBe('x failed: HTTP 500 server error at http://pacs/dicom-web');
    expect(explainHttpError(e(0), 'x', url)).toMatch(/no answer from the DICOMweb server at http:\/\/pacs\/dicom-web/);
    expect(explainHttpError(new TypeError('boom'), 'x', url)).toBe('x failed: boom');
  });
});
