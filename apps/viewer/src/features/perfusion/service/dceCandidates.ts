import { appStore } from '../../../app/store';
import { derivedVolumeOfSeries } from '../../../viewports/derivedImages';
import { planDynamicVolume } from '../model/dynamicVolume';

const checked = new Set<string>();

/** A CT series is reported as a broken dynamic series only when it says it is one (a plain CT with overlapping images is not a perfusion study). */
const CT_PERFUSION_NAME = /perf|ctp|dynamic|4d|brain\s*flow/i;

/**
 * Reads an MR or CT series' headers once: a dynamic series is offered as DCE, DSC perfusion or CT
 * perfusion (classifyDynamic); a broken one is reported by name.
 */
export async function checkDynamic(uid: string): Promise<boolean> {
  const s = appStore.getState().series[uid];
  if (!s || (s.modality !== 'MR' && s.modality !== 'CT') || derivedVolumeOfSeries(uid)) return false;
  try {
    const p = await planDynamicVolume(uid);
    if (!p) return false;
    appStore.getState().addDceCandidate(uid, { label: p.plan.label, timeSource: p.plan.timeSource, phases: p.plan.timesS.length, kind: p.plan.kind, why: p.plan.kindWhy });
    return true;
  } catch (e) {
    if (e instanceof Error && 'notDynamic' in e) return false;
    if (s.modality === 'CT' && !CT_PERFUSION_NAME.test(s.seriesDescription)) return false;
    appStore.getState().addErrors([{ source: `series ${uid} (${s.modality} ${s.seriesDescription})`, reason: `not usable as a dynamic (${s.modality === 'CT' ? 'CT perfusion' : 'DCE/DSC'}) series: ${e instanceof Error ? e.message : String(e)}` }]);
    return false;
  }
}

/** MR and CT series shown in a viewport are checked once for phases (TemporalPositionIdentifier / acquisition time). */
export function startDceCandidates(): void {
  const look = () => {
    for (const a of Object.values(appStore.getState().assignments)) {
      const uid = a?.seriesUID;
      if (!uid || checked.has(uid)) continue;
      checked.add(uid);
      void checkDynamic(uid);
    }
  };
  appStore.subscribe((s, prev) => {
    if (s.assignments !== prev.assignments) look();
  });
  look();
}
