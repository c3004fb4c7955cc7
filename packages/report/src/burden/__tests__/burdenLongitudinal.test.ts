import { describe, expect, it } from 'vitest';
import { assessResponse } from '@caliper/response';
import { exportReading } from '../../exportReading';
import { importSr } from '../../sr/importSr';
import { longitudinalOfSr } from '../../sr/longitudinalOfSr';
import { longitudinalContext, longitudinalReading } from '../../fixtures/longitudinalReadings';
import { syntheticBurden } from '../../fixtures/syntheticBurden';
import { timelineFromReadings } from '../../longitudinal/timelineFromReadings';
import { timelineFromSrFiles } from '../../longitudinal/timelineFromSrFiles';
import type { Reading } from '../../model/schema';
import { burdenTimepointValues } from '../burdenTimepointValues';

/**
 * Burdens per timepoint (the synthetic one, scaled): TMTV 0.32, 0.16, 0.48 mL; lesion 1 confirmed
 * Deauville 4, 3, 5 (lesion 3 stays 3); SUVpeaks 5.5 / 4.2 → SULpeak 5.5 × 0.75 = 4.125 at every
 * timepoint (the peaks are not scaled). Timepoint 1 records PSMA-TV 12.5 mL itself: it wins.
 */
function withBurden(t: number): Reading {
  const b = syntheticBurden();
  const f = [1, 0.5, 1.5][t];
  return {
    ...longitudinalReading(t),
    burden: {
      ...b,
      lesions: b.lesions.map((l) => ({ ...l, volumeMl: l.volumeMl * f })),
      totals: { ...b.totals, tmtvMl: b.totals.tmtvMl * f },
      scores: { ...b.scores, confirmed: { 1: { deauville: ([4, 3, 5] as const)[t] }, 3: { deauville: 3 } } },
    },
  };
}
const readings = [0, 1, 2].map(withBurden);

describe('burden values for the longitudinal reading', () => {
  it('burdenTimepointValues: TMTV, highest confirmed Deauville, max SUVpeak × SUL factor (0 without lesions)', () => {
    expect(burdenTimepointValues({ lesions: [{ suvPeak: 5, deauville: 2 }, { suvPeak: 8 }, { suvPeak: 6, deauville: 4 }], tmtvMl: 41.5, sulPerSuvbw: 0.7 }))
      .toEqual({ psmaTvMl: 41.5, wholeBodyDeauville: 4, wholeBodySulPeak: 8 * 0.7 });
    expect(burdenTimepointValues({ lesions: [], tmtvMl: 0, sulPerSuvbw: 0.7 })).toEqual({ psmaTvMl: 0, wholeBodySulPeak: 0 });
    expect(burdenTimepointValues({ lesions: [{ suvPeak: 5 }], tmtvMl: 2, sulPerSuvbw: null })).toEqual({ psmaTvMl: 2 });
  });

  it('from the readings: PSMA-TV = the burden TMTV (recorded values win), whole-body Deauville and SULpeak', () => {
    const r = timelineFromReadings(readings);
    if (!r.ok) throw new Error(r.error);
    expect(r.timeline.timepoints.map((t) => [t.psmaTvMl, t.wholeBodyDeauville, t.wholeBodySulPeak])).toEqual([
      [12.5, 4, 4.125], [0.16, 3, 4.125], [0.48, 5, 4.125],
    ]);
  });

  it('from the SRs (caliper response --from-sr): the same PSMA-TV and Deauville from the burden groups', () => {
    const files = readings.map((r, t) => ({ name: `tp${t + 1}.sr.dcm`, bytes: exportReading(r, longitudinalContext(t)).sr }));
    const r = timelineFromSrFiles(files);
    if (!r.ok) throw new Error(r.error);
    // The SR carries no SUL factor for the burden lesions: SULpeak only when the reading recorded it.
    expect(r.timeline.timepoints.map((t) => [t.psmaTvMl, t.wholeBodyDeauville, t.wholeBodySulPeak])).toEqual([
      [12.5, 4, undefined], [0.16, 3, undefined], [0.48, 5, undefined],
    ]);
    const l = longitudinalOfSr((importSr(files[1].bytes) as { ok: true; value: Parameters<typeof longitudinalOfSr>[0] }).value);
    expect(l?.timepointValues).toMatchObject({ psmaTvMl: 0.16, wholeBodyDeauville: 3 });
    // RECIP on it: 12.5 → 0.16 mL is −98.72 %, reported to 0.1 %: PR-RECIP (no new lesion at timepoint 2).
    const recip = assessResponse(r.timeline, 'recip1.0');
    expect(recip.timepoints[0]).toMatchObject({ response: 'PR-RECIP', psmaTvMl: 0.16, changeFromBaselinePct: -98.7 });
  });

  it('recorded whole-body values travel in the SR\'s Derived Imaging Measurements', () => {
    const r = withBurden(1);
    const rec = { ...r, longitudinal: { ...r.longitudinal!, timepointValues: { ...r.longitudinal!.timepointValues, wholeBodySulPeak: 3.5, wholeBodyDeauville: 2 } } };
    const sr = importSr(exportReading(rec, longitudinalContext(1)).sr);
    expect(sr.ok && sr.value.timepointValues).toMatchObject({ wholeBodySulPeak: 3.5, wholeBodyDeauville: 2 });
  });
});
