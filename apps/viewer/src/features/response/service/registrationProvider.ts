import { appStore } from '../../../app/store';
import { ensureEngineVolume } from '../../measure/service/engineVolumes';
import { measureWorker } from '../../measure/service/measureWorker';
import { setAlignmentProvider } from '../../timeline/align/getAlignment';
import type { SeriesGeometry } from '../../timeline/align/types';

let seq = 0;

/** Body threshold of the alignment in each modality's unit (CT HU; PET/MR: a low fraction is body). */
const bodyThreshold = (modality: string): number | undefined => (modality === 'CT' ? -500 : undefined);

/**
 * Replaces the timeline's centre-of-series alignment with the engine worker's rigid registration
 * (NCC, coarse to fine, rotation on) of the two volumes, once both are loaded for measuring. Only
 * CT pairs are registered (a calibrated, same-modality linear intensity relation is what NCC
 * assumes); other pairs keep the default.
 */
export function installRegistrationAlignment(): void {
  setAlignmentProvider(async (prior: SeriesGeometry, current: SeriesGeometry) => {
    const s = appStore.getState();
    const modality = s.series[current.seriesInstanceUID]?.modality ?? '';
    const threshold = bodyThreshold(modality);
    if (threshold === undefined || s.series[prior.seriesInstanceUID]?.modality !== modality) throw new Error(`registration is for CT pairs (${modality})`);
    const [p, c] = await Promise.all([ensureEngineVolume(prior.seriesInstanceUID), ensureEngineVolume(current.seriesInstanceUID)]);
    const r = await measureWorker().align(p.id, c.id, { rotation: true, bodyThreshold: threshold }, { requestId: `align-${++seq}`, channel: 'align' });
    if (r.cancelled || !r.ok) throw new Error(r.cancelled ? 'superseded' : r.error);
    return { transform: r.value.transform, method: 'registration' };
  });
}
