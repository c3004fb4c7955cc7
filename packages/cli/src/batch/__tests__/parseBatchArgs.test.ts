import { describe, expect, it } from 'vitest';
import { UsageError } from '../../command';
import { parseBatchArgs } from '../parseBatchArgs';

const p = (...a: string[]) => parseBatchArgs(a, '/work');

describe('parseBatchArgs', () => {
  it('manifest, task, forwarded options (file options absolute), shard and defaults', () => {
    const a = p('cohort.csv', '--task', 'radiomics', '--config', 'B', '--roi', 'rois/l.json', '--out', 'o', '--shard', '2/4', '--jobs=3');
    expect(a).toMatchObject({ manifest: '/work/cohort.csv', task: 'radiomics', options: { config: 'B', roi: '/work/rois/l.json' }, out: '/work/o', jobs: 3, shard: { index: 2, count: 4 }, json: false, force: false, retries: 3, dicomweb: null });
    expect(a.memoryMb).toBeGreaterThan(0);
  });
  it('a DICOMweb query; flags of the task', () => {
    expect(p('--dicomweb', 'http://h/dicom-web/', '--query', 'ModalitiesInStudy=PT', '--task', 'response', '--criteria', 'recist1.1', '--confirm', '--out', 'o')).toMatchObject({ manifest: null, dicomweb: 'http://h/dicom-web', query: 'ModalitiesInStudy=PT', options: { criteria: 'recist1.1', confirm: true } });
  });
  it.each([
    [['m.csv', '--out', 'o'], 'missing --task (one of measure, radiomics, burden, adc, response)'],
    [['m.csv', '--task', 'segment', '--out', 'o'], "unknown task 'segment' (one of measure, radiomics, burden, adc, response)"],
    [['m.csv', '--task', 'measure'], 'missing --out <dir>'],
    [['m.csv', '--task', 'measure', '--out', 'o', '--colour', 'x'], 'unknown option --colour'],
    [['m.csv', '--task', 'adc', '--out', 'o', '--method', 'suv4'], '--method is not an option of the adc task (it takes none)'],
    [['m.csv', '--task', 'burden', '--out', 'o'], 'the burden task needs --method'],
    [['m.csv', '--task', 'measure', '--out', 'o', '--shard', '4/4'], '--shard 4/4: index out of range (0 ≤ i < 4; shards are 0-based)'],
    [['m.csv', '--task', 'measure', '--out', 'o', '--jobs', '0'], "--jobs must be a whole number ≥ 1 (got '0')"],
    [['--task', 'measure', '--out', 'o'], 'give a manifest (CSV or JSON) or --dicomweb <root> --query <QIDO query>'],
    [['--query', 'x', '--task', 'measure', '--out', 'o'], '--query needs --dicomweb <root>'],
    [['m.csv', '--query', 'x', '--dicomweb', 'http://h', '--task', 'measure', '--out', 'o'], 'give a manifest or --query, not both'],
    [['m.csv', '--dicomweb', 'h:8042', '--task', 'measure', '--out', 'o'], "--dicomweb must be an http(s) URL (got 'h:8042')"],
  ])('%j → UsageError %s', (argv, message) => {
    expect(() => p(...argv)).toThrow(UsageError);
    expect(() => p(...argv)).toThrow(message);
  });
});
