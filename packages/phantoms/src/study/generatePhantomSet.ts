import { loadCharls } from '../dicom/encodeJpegLs';
import type { PhantomConfig } from './config';
import type { Emit } from './emitSlices';
import type { ManifestStudy, StudyTruth } from './generateStudy';
import { generateStudy } from './generateStudy';
import { RECIST_COURSE_DEFINITION, recistCourse } from './recistCourse';
import type { RecistTimepoint } from './recistCourse';

export interface Manifest {
  readonly version: 1;
  readonly studies: ManifestStudy[];
}

export interface PhantomSet {
  readonly manifest: Manifest;
  readonly truths: StudyTruth[];
  readonly course: RecistTimepoint[];
}

/**
 * Generates every timepoint: emits the DICOM files, then `manifest.json`, `truth/<timepoint>.json`
 * and `truth/recist-course.json` (all paths relative to the output root).
 */
export async function generatePhantomSet(config: PhantomConfig, emit: Emit): Promise<PhantomSet> {
  const charls = config.transferSyntax === 'jpegls' ? await loadCharls() : undefined;
  const studies: ManifestStudy[] = [];
  const truths: StudyTruth[] = [];
  for (let t = 0; t < config.timepoints; t++) {
    const r = generateStudy(config, t, emit, charls);
    studies.push(r.manifest);
    truths.push(r.truth);
  }
  const course = recistCourse(truths);
  const json = (x: unknown) => new TextEncoder().encode(`${JSON.stringify(x, null, 1)}\n`);
  const manifest: Manifest = { version: 1, studies };
  emit('manifest.json', json(manifest));
  for (const t of truths) emit(`truth/${t.timepoint.key}.json`, json(t));
  emit('truth/index.json', json({ version: 1, studies: truths.map((t) => ({ studyInstanceUID: t.studyInstanceUID, timepoint: t.timepoint.key, file: `${t.timepoint.key}.json` })) }));
  emit('truth/recist-course.json', json({ version: 1, definition: RECIST_COURSE_DEFINITION, timepoints: course }));
  return { manifest, truths, course };
}
