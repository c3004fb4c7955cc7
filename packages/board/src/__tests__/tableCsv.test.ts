import { describe, expect, it } from 'vitest';
import { assessResponse } from '@caliper/response';
import { buildCaseSummary } from '../model/buildCaseSummary';
import { rowsFromTimeline } from '../model/rowsFromTimeline';
import { tableCsv } from '../model/tableCsv';
import { TWO_TARGETS } from './fixtures';

describe('tableCsv', () => {
  it('one row per lesion and date, units in the header, % change vs the lesion baseline', () => {
    const csv = tableCsv(buildCaseSummary(assessResponse(TWO_TARGETS, 'recist1.1', {}), { rows: rowsFromTimeline(TWO_TARGETS) }));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('lesion,role,organ,date,status,longMm (mm),shortMm (mm),volumeMl (mL),sulPeak (SUL),suvMax (SUVbw),adcMean (10^-3 mm2/s),meanHu (HU),recist1.1 value (mm),% change from baseline');
    expect(lines).toHaveLength(7);
    expect(lines[1]).toBe('T1,target,liver,2025-01-06,measured,30,20,9.5,,,1.1,,30,0');
    expect(lines[2]).toBe('T1,target,liver,2025-03-03,measured,20,14,4,,,,,20,-33.3');
  });
});
