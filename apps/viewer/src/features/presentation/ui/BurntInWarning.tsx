import { useApp } from '../../../app/store';
import { viewportsFor } from '../../../viewports/ids';
import { tagOf } from '../../persistence/service/dataSetOf';

/**
 * Warns when an image on screen is marked BurnedInAnnotation (0028,0301) = YES: its pixels may
 * carry patient identifiers that hiding the overlay cannot remove.
 */
export function BurntInWarning() {
  const burnt = useApp((s) => {
    const n = viewportsFor(s.layout).length;
    return Array.from({ length: n }, (_, i) => s.assignments[i]?.seriesUID).filter(Boolean).some((uid) => {
      const first = s.series[uid!]?.imageIds[0];
      return !!first && tagOf(first, 'x00280301')?.toUpperCase() === 'YES';
    });
  });
  if (!burnt) return null;
  return (
    <p className="board-burnt" role="alert" data-testid="board-burnt-in">
      ⚠ An image on screen has burnt-in annotation (BurnedInAnnotation = YES): its pixels may show patient identifiers. Check before sharing.
    </p>
  );
}
