import { describe, expect, it } from 'vitest';
import type { TrackedRow } from '../../../response/model/buildResponseTimeline';
import { lesionRowsOf } from '../selectBoard';

const studies = [{ studyInstanceUID: 's1', date: '2025-01-06' }, { studyInstanceUID: 's2', date: '2025-03-03' }, { studyInstanceUID: 's3', date: '2025-04-28' }];

describe('lesionRowsOf', () => {
  it('keeps measured cells by date (ADC included), drops the pending flag and unmeasured studies', () => {
    const rows: TrackedRow[] = [{
      uid: 'u1', id: 'T1', role: 'target', nodal: false,
      cells: {
        s1: { lesionId: 'a', status: 'measured', values: { longMm: 30, volumeMl: 9.5, adcMean: 1.1, pending: false } },
        s2: { lesionId: 'b', status: 'not-evaluable', values: { pending: false } },
        s3: { lesionId: 'c', status: 'measured', values: { longMm: 24, pending: true } },
      },
    }];
    expect(lesionRowsOf(rows, studies)).toEqual([{
      id: 'T1',
      cells: [{ date: '2025-01-06', values: { longMm: 30, volumeMl: 9.5, adcMean: 1.1 } }, { date: '2025-04-28', values: { longMm: 24 } }],
    }]);
  });
});
