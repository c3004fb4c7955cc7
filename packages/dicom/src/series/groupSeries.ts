import type { FileError } from '@caliper/core';
import type { Instance } from '../model/instance';
import type { Series } from '../model/series';
import { buildStack } from './buildStack';
import { expandSlices } from './expandSlices';
import { partitionStacks } from './partitionStacks';
import { splitRepeats } from './splitRepeats';

export interface GroupOptions {
  /**
   * Drop a second instance with an already-seen SOPInstanceUID, reporting it as an error
   * (default true: the same file dropped twice). Batch tools that must account for every file
   * (e.g. `caliper info --pixels` over re-encodings of one image) pass false: duplicates then stay
   * in their series, which is flagged not-a-volume for the duplicate positions.
   */
  readonly dedupe?: boolean;
}

export interface GroupResult {
  readonly series: Series[];
  readonly errors: FileError[];
}

/**
 * Group image instances by SeriesInstanceUID, split a series with inconsistent size/orientation/
 * pixel spacing into sub-stacks, and one that repeats its positions by b-value / temporal position /
 * acquisition / echo / trigger time (first stack keeps the UID as id, others get '#2', '#3'...), and sort
 * each stack geometrically. Objects without pixel data and duplicate SOP instances are reported
 * as errors. Series are ordered by study, then series number, then UID.
 */
export function groupSeries(instances: readonly Instance[], options: GroupOptions = {}): GroupResult {
  const dedupe = options.dedupe ?? true;
  const errors: FileError[] = [];
  const bySeries = new Map<string, Instance[]>();
  const sops = new Map<string, string>();
  for (const inst of instances) {
    if (!inst.hasPixelData) {
      errors.push({ file: inst.file, reason: `not an image (no Pixel Data; SOP class ${inst.sopClassUID || 'unknown'}, modality ${inst.modality}): skipped` });
      continue;
    }
    const prior = sops.get(inst.sopInstanceUID);
    if (prior !== undefined && dedupe) {
      errors.push({ file: inst.file, reason: `duplicate SOPInstanceUID ${inst.sopInstanceUID} (already loaded from ${prior}): skipped` });
      continue;
    }
    sops.set(inst.sopInstanceUID, inst.file);
    const list = bySeries.get(inst.seriesInstanceUID);
    if (list) list.push(inst);
    else bySeries.set(inst.seriesInstanceUID, [inst]);
  }
  const series: Series[] = [];
  for (const [uid, list] of bySeries) {
    try {
      const stacks = partitionStacks(list.flatMap(expandSlices)).flatMap((st) =>
        splitRepeats(st.slices).map((r) => ({ ...r, splitReason: [st.splitReason, r.splitReason].filter(Boolean).join('; ') || undefined })),
      );
      stacks.forEach((st, n) => {
        const stack = buildStack(n === 0 ? uid : `${uid}#${n + 1}`, st.slices, st.splitReason);
        series.push(st.stackLabel ? { ...stack, stackLabel: st.stackLabel } : stack);
      });
    } catch (e) {
      // Defensive: one malformed series must not take the others down.
      errors.push({ file: uid, reason: `cannot sort series: ${e instanceof Error ? e.message : String(e)}` });
    }
  }
  series.sort(
    (a, b) =>
      a.studyInstanceUID.localeCompare(b.studyInstanceUID) ||
      (a.seriesNumber ?? 0) - (b.seriesNumber ?? 0) ||
      a.seriesInstanceUID.localeCompare(b.seriesInstanceUID) ||
      a.id.localeCompare(b.id),
  );
  return { series, errors };
}
