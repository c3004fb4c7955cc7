import type { ExportedReading } from '@caliper/report';
import { exportReading } from '@caliper/report';
import { appStore } from '../../../app/store';
import { seriesOfViewport } from '../../measure/tools/viewportSeries';
import { activeViewportId } from '../../measure/api/measureApi';
import { exportContextOf } from './exportContextOf';
import { currentReading, studyOfLesion } from './session';
import { burdenStudy } from './burdenReading';

/** Study of the current reading: that of the selected lesion, else the first lesion, else the whole-body burden's, else the active viewport. */
export function currentStudy(): string | undefined {
  const s = appStore.getState();
  const sel = s.lesions.find((l) => l.id === s.selectedLesionId) ?? s.lesions[0];
  const fromLesion = sel ? studyOfLesion(sel) : undefined;
  if (fromLesion) return fromLesion;
  const wb = burdenStudy();
  if (wb) return wb;
  const uid = seriesOfViewport(activeViewportId())[0];
  return uid ? s.series[uid]?.studyInstanceUID : undefined;
}

export interface ExportedCurrent extends ExportedReading {
  readonly studyInstanceUID: string;
  readonly notes: readonly string[];
}

/** SR (TID 1500) + SEG of the current reading, Part 10 bytes. */
export function exportCurrentReading(studyInstanceUID = currentStudy()): ExportedCurrent {
  if (!studyInstanceUID) throw new Error('no reading to export: open a study and measure a lesion first');
  const { reading, skipped } = currentReading(studyInstanceUID);
  if (reading.lesions.length === 0 && !reading.burden) throw new Error('no reading to export: this study has no lesion and no whole-body burden');
  const out = exportReading(reading, exportContextOf(studyInstanceUID));
  return { ...out, studyInstanceUID, notes: [...skipped.map((s) => `${s.lesion}: ${s.reason}`), ...out.warnings] };
}
