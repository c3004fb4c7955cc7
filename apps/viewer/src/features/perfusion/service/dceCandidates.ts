import { appStore } from '../../../app/store';
import { derivedVolumeOfSeries } from '../../../viewports/derivedImages';
import { planDynamicVolume } from '../model/dynamicVolume';

const checked = new Set<string>();

/** Reads an MR series' headers once: a dynamic series is offered as DCE; a broken one is reported by name. */
export async function checkDynamic(uid: string): Promise<boolean> {
  const s = appStore.getState().series[uid];
  if (!s || s.modality !== 'MR' || derivedVolumeOfSeries(uid)) return false;
  try {
    const p = await planDynamicVolume(uid);
    if (!p) return false;
    appStore.getState().addDceCandidate(uid, { label: p.plan.label, timeSource: p.plan.timeSource, phases: p.plan.timesS.length });
    return true;
  } catch (e) {
    if (e instanceof Error && 'notDynamic' in e) return false;
    appStore.getState().addErrors([{ source: `series ${uid} (${s.modality} ${s.seriesDescription})`, reason: `not usable as a dynamic (DCE) series: ${e instanceof Error ? e.message : String(e)}` }]);
    return false;
  }
}

/** MR series shown in a viewport are checked once for phases (TemporalPositionIdentifier / acquisition time). */
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
