import type { DceRoiReply } from '../../measure/worker/createDceApi';
import { TimeCurveChart } from './TimeCurveChart';

/**
 * A DCE ROI's time curve: concentration (mM, with the model fit dashed and the AIF on the right axis,
 * 0 on the axis) or the ROI-mean signal; the bolus arrival as a vertical line.
 */
export function DceChart({ r, curve }: { r: DceRoiReply; curve: 'concentration' | 'signal' }) {
  const conc = curve === 'concentration';
  return (
    <TimeCurveChart
      timesS={r.timesS} ys={conc ? r.concentrationMm : r.signal} includeZero={conc} unit={conc ? 'mM' : 'a.u.'}
      {...(conc ? { dashed: r.fitMm, right: { ys: r.aifMm, label: 'AIF' } } : {})}
      markerS={r.bolusArrivalS} markerTitle={`Bolus arrival ${r.bolusArrivalS.toFixed(1)} s`}
      title={conc ? 'ROI-mean concentration (mM, dots), model fit (dashed) and AIF plasma concentration (right axis, mM)' : 'ROI-mean signal (stored units) per phase'}
      ariaLabel={`ROI ${curve} over time`}
    />
  );
}
