import type { CaseSummary, LesionRow } from '@caliper/board';
import { buildCaseSummary } from '@caliper/board';
import type { AppState } from '../../../app/store';
import type { TrackedRow, TimepointStudy } from '../../response/model/buildResponseTimeline';
import { selectResponse } from '../../response/model/selectResponse';

export interface BoardView {
  readonly summary: CaseSummary | null;
  /** Why there is no summary (nothing measured, the criterion's error). */
  readonly note: string | null;
  readonly studies: readonly TimepointStudy[];
  /** Tracked lesions in table order, each with the lesion measured at each study. */
  readonly rows: readonly TrackedRow[];
}

/** The viewer's response rows as the board's lesion rows (biomarkers per date, ADC included). */
export function lesionRowsOf(rows: readonly TrackedRow[], studies: readonly TimepointStudy[]): LesionRow[] {
  return rows.map((r) => ({
    id: r.id,
    cells: studies.flatMap((st) => {
      const c = r.cells[st.studyInstanceUID];
      if (!c || c.status !== 'measured') return [];
      const { pending: _pending, ...values } = c.values;
      return [{ date: st.date, values }];
    }),
  }));
}

let memo: { key: unknown[]; value: BoardView | null } | undefined;

/** The case summary of the patient on screen under the Response panel's criterion (memoised). */
export function selectBoard(s: AppState): BoardView | null {
  const view = selectResponse(s);
  const key = [view, s.caseLabel, s.therapies];
  if (memo && memo.key.every((k, i) => k === key[i])) return memo.value;
  let value: BoardView | null = null;
  if (view) {
    const rows = view.built.rows;
    const build = (): BoardView => {
      if (!view.result) return { summary: null, note: view.error ?? 'No assessment yet: measure the baseline targets and read a follow-up.', studies: view.studies, rows };
      const opts = { label: s.caseLabel, rows: lesionRowsOf(rows, view.studies) };
      try {
        return { summary: buildCaseSummary(view.result, { ...opts, therapies: s.therapies }), note: null, studies: view.studies, rows };
      } catch (e) {
        // A therapy the summary cannot place: shown without the bands, with the reason.
        if (!(e instanceof RangeError)) throw e;
        return { summary: buildCaseSummary(view.result, opts), note: e.message, studies: view.studies, rows };
      }
    };
    value = build();
  }
  memo = { key, value };
  return value;
}
