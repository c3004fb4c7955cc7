import { appStore } from '../../../app/store';
import { alignmentKey, type AlignmentRecord } from '../model/alignmentRecord';
import { readTimelineState, storedAlignment, writeTimelineState, type StoredTimelineState } from './timelineStorage';

let stored: StoredTimelineState | undefined;

const current = (): StoredTimelineState => (stored ??= readTimelineState().state);

/** The reader's saved alignment of a study/frame pair (alignmentKey), if any. */
export const savedAlignment = (key: string): AlignmentRecord | undefined => storedAlignment(current(), key);

/**
 * Restores the reader's baselines and exclusions in this browser and keeps them, and each
 * comparison's alignment, saved as they change. A corrupt record is reported and ignored.
 */
export function startTimelinePersistence(): void {
  const { state, problem } = readTimelineState();
  stored = state;
  const st = appStore.getState();
  if (problem) st.addErrors([{ source: 'timeline (this browser)', reason: problem }]);
  appStore.setState({ timelineBaselines: { ...state.baselines }, timelineExcluded: { ...state.excluded } });
  appStore.subscribe((s, prev) => {
    if (s.timelineBaselines === prev.timelineBaselines && s.timelineExcluded === prev.timelineExcluded && s.compareAlignment === prev.compareAlignment) return;
    const a = s.compareAlignment;
    const alignments = a && a !== prev.compareAlignment && a.method !== 'series-centre' && a.method !== 'same-frame' ? { ...current().alignments, [alignmentKey(a)]: a } : current().alignments;
    stored = {
      version: 1,
      baselines: { ...s.timelineBaselines },
      excluded: Object.fromEntries(Object.keys(s.timelineExcluded).map((k) => [k, true as const])),
      alignments: alignments as StoredTimelineState['alignments'],
    };
    writeTimelineState(stored);
  });
}
