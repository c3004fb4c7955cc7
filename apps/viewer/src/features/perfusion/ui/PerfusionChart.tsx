import type { PerfusionRoiReply } from '../../measure/worker/createDceApi';
import { TimeCurveChart } from './TimeCurveChart';

/**
 * A DSC / CT perfusion ROI's time curve: ΔR2* (/s) or ΔHU with the reference (DSC) or venous (CT) ROI
 * dashed and the arterial ROI on the right axis; or the ROI-mean signal (MR a.u., CT HU).
 */
export function PerfusionChart({ r, curve }: { r: PerfusionRoiReply; curve: 'concentration' | 'signal' }) {
  const delta = curve === 'concentration';
  const name = r.kind === 'dsc' ? 'ΔR2*' : 'ΔHU';
  const second = r.kind === 'dsc' ? 'reference ROI' : 'venous ROI';
  const pick = (c: PerfusionRoiReply['tissue']) => (delta ? c.delta : c.signal);
  return (
    <TimeCurveChart
      timesS={r.timesS} ys={pick(r.tissue)} unit={delta ? r.deltaUnit : r.kind === 'dsc' ? 'a.u.' : 'HU'}
      {...(r.second ? { dashed: pick(r.second) } : {})} includeZero={delta}
      right={{ ys: pick(r.aif), label: 'AIF' }}
      markerS={r.bolusArrivalS} markerTitle={r.bolusArrivalS === null ? '' : `Bolus arrival ${r.bolusArrivalS.toFixed(1)} s`}
      title={`ROI-mean ${delta ? `${name} (${r.deltaUnit})` : 'signal'} (dots), ${r.second ? `${second} (dashed), ` : ''}arterial ROI (right axis)`}
      ariaLabel={`ROI ${delta ? name : 'signal'} over time`}
    />
  );
}
