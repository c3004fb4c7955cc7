import { prefetchPart10Instance } from '@cornerstonejs/dicom-image-loader';
import { groupSeries, type Instance, type LoadResult, type Series } from '@caliper/dicom';
import { appStore } from '../../../app/store';
import { rememberInstance } from '../../../viewports/prefetch';
import { expectParts } from '../pipeline/dicomwebParts';
import { registerSuvScaling } from '../../../viewports/suvRegistry';
import type { SeriesEntry, SeriesSource, StudyEntry } from '../../../app/types';
import { splitReadingObjects } from '../../browser/readingObjects';
import { useReadingObjects } from '../../browser/readingObjectsStore';

let counter = 0;

/** Part 10 bytes of an instance as its own ArrayBuffer (Cornerstone keeps it). */
function part10Buffer(inst: Instance): ArrayBuffer {
  const b = inst.byteArray;
  return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? (b.buffer as ArrayBuffer) : (b.slice().buffer as ArrayBuffer);
}

function imageIdsOf(series: Series, bases: ReadonlyMap<Instance, string>): string[] {
  return series.slices.map((s) => {
    const base = bases.get(s.instance)!;
    return s.instance.numberOfFrames > 1 ? `${base}?frame=${s.frame + 1}` : base;
  });
}

export interface RegisterOptions {
  /**
   * The pixels are still on their way (a streamed DICOMweb retrieve): the series are listed from
   * these header-only instances, nothing goes to Cornerstone yet, and this map is filled with each
   * instance's imageId by SOP Instance UID, for the bytes to be handed over as they arrive.
   */
  readonly deferred?: Map<string, string>;
}

/**
 * Hands parsed instances (from files, a zip or a DICOMweb retrieve) to Cornerstone's metadata store
 * under in-memory wadouri imageIds, groups them into geometric series (packages/dicom), and adds
 * studies, series and every named error to the store. Returns the series UIDs added.
 */
export async function registerInstances(result: LoadResult, source: SeriesSource, o: RegisterOptions = {}): Promise<string[]> {
  const { addErrors, addStudy } = appStore.getState();
  addErrors(result.errors.map((e) => ({ source: e.file, reason: e.reason })));
  // SR/SEG/PR/KO... (e.g. Caliper's saved reading on a PACS) are not image series: noted, not listed.
  const { images, reading } = splitReadingObjects(result.instances);
  for (const study of new Set(reading.map((r) => r.studyInstanceUID))) {
    useReadingObjects.getState().add(study, reading.filter((r) => r.studyInstanceUID === study).map((r) => r.modality));
  }
  const grouped = groupSeries(images);
  addErrors(grouped.errors.map((e) => ({ source: e.file, reason: e.reason })));
  const bases = new Map<Instance, string>();
  for (const s of grouped.series) {
    for (const inst of s.instances) {
      if (bases.has(inst)) continue;
      const base = `wadouri:caliper-memory/${++counter}/${encodeURIComponent(inst.sopInstanceUID)}`;
      if (o.deferred) {
        bases.set(inst, base);
        o.deferred.set(inst.sopInstanceUID, base);
        // Before the series is listed: a viewport opening it at once must wait for its bytes, not fetch them.
        expectParts([base]);
        continue;
      }
      try {
        await prefetchPart10Instance(base, part10Buffer(inst));
        bases.set(inst, base);
      } catch (e) {
        addErrors([{ source: inst.file, reason: `cannot be displayed: ${e instanceof Error ? e.message : String(e)}` }]);
      }
    }
  }
  const added: string[] = [];
  for (const s of grouped.series) {
    const first = s.instances[0];
    const usable: Series = { ...s, slices: s.slices.filter((x) => bases.has(x.instance)) };
    if (!usable.slices.length) continue;
    const study: StudyEntry = {
      studyInstanceUID: s.studyInstanceUID,
      patientName: first.patientName ?? '',
      patientId: first.patientId ?? '',
      issuerOfPatientId: first.dataSet.string('x00100021')?.trim() || undefined,
      studyDate: first.studyDate ?? '',
      studyTime: first.dataSet.string('x00080030')?.trim() || undefined,
      studyDescription: first.studyDescription ?? '',
      source,
    };
    const entry: SeriesEntry = {
      seriesInstanceUID: s.id,
      studyInstanceUID: s.studyInstanceUID,
      modality: s.modality,
      seriesDescription: s.seriesDescription ?? '',
      seriesNumber: s.seriesNumber,
      instanceCount: usable.slices.length,
      imageIds: imageIdsOf(usable, bases),
      source,
      notVolumeReason: s.isVolume ? undefined : (s.notVolumeReason ?? 'inconsistent geometry'),
      bodyPartExamined: first.dataSet.string('x00180015')?.trim() || undefined,
      frameOfReferenceUID: first.frameOfReferenceUID,
      imageOrientationPatient: s.orientation,
    };
    if (s.splitReason) addErrors([{ source: `series ${s.id}`, reason: `split from its series: ${s.splitReason}` }]);
    if (!s.isVolume) addErrors([{ source: `series ${s.seriesInstanceUID} (${s.modality} ${s.seriesDescription ?? ''})`, reason: `shown as images only, no volume/MPR: ${entry.notVolumeReason}` }]);
    // Deferred: remembered when its bytes arrive (a header-only instance must not pass for the file).
    if (!o.deferred) usable.slices.forEach((sl, i) => rememberInstance(entry.imageIds[i], sl.instance));
    if (s.modality === 'PT') {
      const why = registerSuvScaling(entry.seriesInstanceUID, entry.imageIds, usable.slices.map((x) => x.instance));
      if (why) addErrors([{ source: `series ${s.seriesInstanceUID} (PET)`, reason: `SUV not computable, values shown in ${first.units ?? 'stored units'}: ${why}` }]);
    }
    addStudy(study, [entry]);
    added.push(entry.seriesInstanceUID);
  }
  return added;
}
