import { describe, expect, it } from 'vitest';
import { parseDceArgs } from '../parseDceArgs';

const usage = (argv: string[]) => {
  const r = parseDceArgs(argv);
  return r.ok ? null : r.error.message;
};

describe('parseDceArgs', () => {
  it('defaults: Tofts, Parker, r1 4.5, Hct 0.42', () => {
    const r = parseDceArgs(['dir', '--t10', '1000', '--roi', 'a.json', '--json']);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toMatchObject({ model: 'tofts', aif: { type: 'parker' }, r1PerMmS: 4.5, hematocrit: 0.42, t10Ms: 1000, rois: ['a.json'], json: true });
  });

  it('repeatable --roi and --vfa, roi: AIF, every number', () => {
    const r = parseDceArgs(['d', '--vfa', 'v1', '--vfa', 'v2', '--roi', 'a', '--roi', 'b', '--aif', 'roi:art.json', '--t10-blood', '1440', '--r1', '3.4', '--hematocrit', '0.45', '--bolus-arrival', '35.9', '--model', 'etofts', '--out', 'o']);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toMatchObject({ vfaPaths: ['v1', 'v2'], rois: ['a', 'b'], aif: { type: 'roi', roiPath: 'art.json' }, t10BloodMs: 1440, r1PerMmS: 3.4, hematocrit: 0.45, bolusArrivalS: 35.9, model: 'etofts', out: 'o' });
  });

  it('usage errors (exit 2) of the contract', () => {
    expect(usage(['d', '--t10', '1000'])).toMatch(/--roi .*--out/);
    expect(usage(['d', '--t10', '1000', '--vfa', 'v', '--roi', 'a'])).toMatch(/either --t10 or --vfa/);
    expect(usage(['d', '--t10', '1000', '--roi', 'a', '--model', '2cxmx'])).toMatch(/unknown model/);
    expect(usage(['d', '--t10', '1000', '--roi', 'a', '--aif', 'fritz'])).toMatch(/unknown AIF/);
    expect(usage(['d', '--t10', 'abc', '--roi', 'a'])).toMatch(/--t10 must be a number/);
    expect(usage(['d', '--t10', '1000', '--roi', 'a', '--bolus-arrival', '1e'])).toMatch(/--bolus-arrival must be a number/);
    expect(usage(['d', '--t10', '1000', '--roi', 'a', '--nope'])).toMatch(/Unknown option/);
    expect(usage(['--t10', '1000', '--roi', 'a'])).toMatch(/give the dynamic series/);
  });

  it('a missing T10 is not a usage error (exit 1 later)', () => {
    expect(parseDceArgs(['d', '--roi', 'a']).ok).toBe(true);
  });
});
