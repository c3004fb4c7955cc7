import { appStore } from '../../../app/store';
import { seriesOfViewport } from '../../measure/tools/viewportSeries';

/** Whether series `uid` lies in the PET's patient frame: same frame of reference; when a series does not say (static manifests), the same study. */
export function inPetFrame(petUID: string, uid: string): boolean {
  const st = appStore.getState();
  const pet = st.series[petUID], o = st.series[uid];
  if (uid === petUID) return true;
  if (!o || !pet) return false;
  return o.frameOfReferenceUID && pet.frameOfReferenceUID ? o.frameOfReferenceUID === pet.frameOfReferenceUID : o.studyInstanceUID === pet.studyInstanceUID;
}

/** Whether a viewport shows the PET or a series in its frame (the PET itself, its CT, the fusion, the MIP). */
export const viewportInPetFrame = (viewportId: string, petUID: string): boolean => seriesOfViewport(viewportId).some((u) => inPetFrame(petUID, u));
