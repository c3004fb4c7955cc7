import { useApp } from '../../../app/store';
import { CompareSide } from './CompareSide';
import { CompareTools } from './CompareTools';
import './timeline.css';

/** Over the compare layout: each side's study and series, then sync and alignment controls. */
export function CompareBar() {
  const layout = useApp((s) => s.layout);
  const pick = useApp((s) => s.landmarkPick?.step);
  const refining = useApp((s) => !!s.compareStatus.refining);
  if (layout !== 'compare') return null;
  return (
    <div className="compare-bar" data-testid="compare-bar" data-landmark-pick={pick} data-refining={refining || undefined}>
      <div className="cmp-sides">
        <CompareSide side="prior" />
        <CompareSide side="current" />
      </div>
      <CompareTools />
    </div>
  );
}
