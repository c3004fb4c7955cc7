import type { ExportContext } from '@caliper/report';
import { appStore } from '../../../app/store';
import { tagOf } from './dataSetOf';

const sex = (s: string | undefined): 'M' | 'F' | 'O' | undefined => (s === 'M' || s === 'F' || s === 'O' ? s : undefined);

/** Patient and study attributes for the SR/SEG of a study, from the headers of one of its images. */
export function exportContextOf(studyInstanceUID: string): ExportContext {
  const s = appStore.getState();
  const study = s.studies[studyInstanceUID];
  const img = Object.values(s.series).find((x) => x.studyInstanceUID === studyInstanceUID && x.imageIds.length > 0)?.imageIds[0];
  const t = (tag: string) => (img ? tagOf(img, tag) : undefined);
  const opt = <K extends string>(k: K, v: string | undefined) => (v !== undefined ? ({ [k]: v } as Record<K, string>) : {});
  return {
    patient: {
      name: t('x00100010') ?? study?.patientName ?? '', id: t('x00100020') ?? study?.patientId ?? '', ...opt('birthDate', t('x00100030')),
      ...(sex(t('x00100040')) ? { sex: sex(t('x00100040')) } : {}), ...opt('issuer', t('x00100021') ?? study?.issuerOfPatientId),
    },
    study: {
      studyInstanceUID,
      ...opt('studyDate', t('x00080020') ?? study?.studyDate),
      ...opt('studyTime', t('x00080030')),
      ...opt('studyId', t('x00200010')),
      ...opt('accessionNumber', t('x00080050')),
      ...opt('referringPhysicianName', t('x00080090')),
    },
  };
}
