import { describe, expect, it } from 'vitest';
import { incompleteSeries } from '../incompleteSeries';

describe('incompleteSeries', () => {
  it('names a series that brought fewer instances than QIDO-RS listed', () => {
    expect(incompleteSeries('http://pacs/dicom-web/studies/1/series/2', 24, 11)).toEqual({
      source: 'http://pacs/dicom-web/studies/1/series/2',
      reason: 'WADO-RS series retrieve incomplete: 11 of 24 instances arrived (the response was cut short or the server stopped sending); the series is shown with what arrived, reload it to get the rest',
    });
  });
  it('is silent for a whole series, an unknown count, or more than listed', () => {
    expect(incompleteSeries('s', 24, 24)).toBeNull();
    expect(incompleteSeries('s', undefined, 3)).toBeNull();
    expect(incompleteSeries('s', 2, 3)).toBeNull();
  });
});
