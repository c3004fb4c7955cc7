import { buildCourse } from '../course/buildCourse';
import { courseFile } from '../course/courseFile';
import type { Course } from '../course/courseTypes';
import { courseTimeline } from '../course/courseTimeline';
import { writeDceStudy } from '../dce/writeDceStudy';
import { writeCtpStudy } from '../ctp/writeCtpStudy';
import { writeDscStudy } from '../dsc/writeDscStudy';
import { loadCharls } from '../dicom/encodeJpegLs';
import type { PhantomConfig } from './config';
import type { Emit } from './emitSlices';
import type { ManifestStudy, StudyTruth } from './generateStudy';
import { generateStudy } from './generateStudy';
import { RECIST_COURSE_DEFINITION, recistCourse } from './recistCourse';
import { uidLabeller } from './uidLabeller';
import type { RecistTimepoint } from './recistCourse';

export interface Manifest {
  readonly version: 1;
  readonly studies: ManifestStudy[];
}

export interface PhantomSet {
  readonly manifest: Manifest;
  readonly truths: StudyTruth[];
  readonly course: RecistTimepoint[];
  /** The designed course with its expected RECIST 1.1 and PERCIST 1.0 categories (truth/course.json); null with one timepoint. */
  readonly responseCourse: Course | null;
}

/**
 * Generates every timepoint: emits the DICOM files, then `manifest.json`, `truth/<timepoint>.json`,
 * `truth/recist-course.json`, with `config.dce` the DCE-MRI study (`dce/`, `truth/dce.json`), with
 * `config.dsc` the DSC-MRI study (`dsc/`, `truth/dsc.json`), with `config.ctp` the CT perfusion study (`ctp/`, `truth/ctp.json`), and (with more than one timepoint) `truth/course.json` and
 * `truth/course.timeline.json` (all paths relative to the output root).
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
  const responseCourse = truths.length > 1 ? buildCourse(truths, studies) : null;
  const json = (x: unknown) => new TextEncoder().encode(`${JSON.stringify(x, null, 1)}\n`);
  // The DCE, DSC and CT perfusion studies are other patients': they stay out of the response course.
  const dce = config.dce ? writeDceStudy({ emit, uid: uidLabeller(config, 'dce'), syntax: config.transferSyntax, charls }) : null;
  const uid = (key: string) => uidLabeller(config, key);
  const dsc = config.dsc ? writeDscStudy({ emit, uid: uid('dsc'), syntax: config.transferSyntax, charls }) : null;
  const ctp = config.ctp ? writeCtpStudy({ emit, uid: uid('ctp'), syntax: config.transferSyntax, charls }) : null;
  const perfusion = [dce, dsc, ctp].filter((x) => x !== null);
  const manifest: Manifest = { version: 1, studies: [...studies, ...perfusion.map((x) => x.manifest)] };
  emit('manifest.json', json(manifest));
  for (const t of truths) emit(`truth/${t.timepoint.key}.json`, json(t));
  if (dce) emit('truth/dce.json', json(dce.truth));
  if (dsc) emit('truth/dsc.json', json(dsc.truth));
  if (ctp) emit('truth/ctp.json', json(ctp.truth));
  const base = { version: 1, studies: truths.map((t) => ({ studyInstanceUID: t.studyInstanceUID, timepoint: t.timepoint.key, file: `${t.timepoint.key}.json` })) };
  const index = {
    ...base,
    ...(dce ? { dce: { studyInstanceUID: dce.truth.studyInstanceUID, file: 'dce.json' } } : {}),
    ...(dsc ? { dsc: { studyInstanceUID: dsc.truth.studyInstanceUID, file: 'dsc.json' } } : {}),
    ...(ctp ? { ctp: { studyInstanceUID: ctp.truth.studyInstanceUID, file: 'ctp.json' } } : {}),
  };
  emit('truth/index.json', json(responseCourse ? { ...index, course: 'course.json', timeline: 'course.timeline.json' } : index));
  emit('truth/recist-course.json', json({ version: 1, definition: RECIST_COURSE_DEFINITION, timepoints: course }));
  if (responseCourse) {
    emit('truth/course.json', json(courseFile(responseCourse)));
    emit('truth/course.timeline.json', json(courseTimeline(responseCourse)));
  }
  return { manifest, truths, course, responseCourse };
}
