import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useApp } from '../../../app/store';
import { CRITERIA_INFO } from '../../response/ui/criteriaInfo';
import { selectCohortMemo } from '../model/selectCohort';
import { viewSpecs } from '../model/viewSpecs';
import { addFiles } from '../service/addFiles';
import { readDropped } from '../service/readPicked';
import { timings } from '../service/timings';
import { CohortHeader } from './CohortHeader';
import { CohortPlot } from './CohortPlot';
import { CohortProblems } from './CohortProblems';
import { CohortRates } from './CohortRates';
import { CohortTable } from './CohortTable';
import { useCohortKeys } from './useCohortKeys';

/** Plot area per plot (CSS px): two side by side, minus axes and legend (~190 px at 14 px type). */
const plotWidth = (): number => Math.max(260, Math.floor((window.innerWidth - 72) / 2) - 190);

/**
 * Cohort view (trial arm, issue 13): several patients' readings as one cohort under a chosen
 * criterion — ORR / DCR with counts, waterfall of best % change (sorted, coloured by best overall
 * response, lines at +20 / −30 %), swimmer plot, per-patient table, the patients left out with the
 * reason — over the whole window. Patients are "Patient n" or the user's labels, never identifiers.
 */
export function CohortView() {
  const open = useApp((s) => s.cohortOpen);
  if (!open) return null;
  return createPortal(<CohortBody />, document.body);
}

function CohortBody() {
  useCohortKeys();
  const members = useApp((s) => s.cohortMembers);
  const criteria = useApp((s) => s.cohortCriteria);
  const busy = useApp((s) => s.cohortBusy);
  const info = CRITERIA_INFO[criteria];
  const [width, setWidth] = useState(plotWidth);
  const [over, setOver] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const resize = () => setWidth(plotWidth());
    window.addEventListener('resize', resize);
    return () => window.removeEventListener('resize', resize);
  }, []);
  // Drops here are the cohort's (the window-wide DropZone would open them as images).
  useEffect(() => {
    const el = root.current!;
    const onOver = (e: DragEvent) => {
      e.preventDefault();
      e.stopPropagation();
      setOver(true);
    };
    const onLeave = (e: DragEvent) => {
      if (!el.contains(e.relatedTarget as Node | null)) setOver(false);
    };
    const onDrop = (e: DragEvent) => {
      e.preventDefault();
      e.stopPropagation();
      setOver(false);
      if (e.dataTransfer) void readDropped(e.dataTransfer.items).then(addFiles);
    };
    el.addEventListener('dragover', onOver);
    el.addEventListener('dragleave', onLeave);
    el.addEventListener('drop', onDrop);
    return () => {
      el.removeEventListener('dragover', onOver);
      el.removeEventListener('dragleave', onLeave);
      el.removeEventListener('drop', onDrop);
    };
  }, []);
  const view = useMemo(() => {
    const t0 = performance.now();
    const v = selectCohortMemo(members, criteria);
    timings.n = v.stats.n;
    timings.buildMs = performance.now() - t0;
    return v;
  }, [members, criteria]);
  const specs = useMemo(() => {
    if (!view.stats.n) return null;
    const t0 = performance.now();
    const s = viewSpecs(view.stats, { theme: 'dark', width, quantity: info.quantity, unit: info.unit });
    timings.specsMs = performance.now() - t0;
    return s;
  }, [view, width, info]);
  const label = useApp((s) => s.cohortLabel);
  const sub = `${view.stats.n} patient${view.stats.n === 1 ? '' : 's'} assessed under ${info.label} (${info.quantity}, ${info.unit})${view.problems.length ? ` · ${view.problems.length} left out` : ''}`;
  return (
    <div ref={root} className={`cohort-view${over ? ' over' : ''}`} data-testid="cohort-view" role="dialog" aria-label="Cohort view">
      <CohortHeader empty={!view.stats.n} />
      <p className="cohort-png-title" data-png-line={label.trim() || 'Cohort'} hidden />
      <p className="cohort-sub" data-png-line={sub} title={info.method}>{sub}</p>
      {busy && <p className="cohort-busy" role="status">{busy}</p>}
      {view.stats.n > 0 && <CohortRates stats={view.stats} criteria={info.label} />}
      {specs && (
        <div className="cohort-plots">
          <CohortPlot name="waterfall" plots={2} spec={specs.waterfall}
            title={`Waterfall: each patient's best % change of the ${info.quantity.toLowerCase()} (${info.unit}) vs baseline, sorted, coloured by best overall response; dashed lines at +20 % and −30 % (RECIST PD / PR thresholds)`} />
          <CohortPlot name="swimmer" plots={2} spec={specs.swimmer}
            title="Swimmer: days on study per patient (baseline to last assessment), a marker per assessment coloured by its category; → still on study (no progression)" />
        </div>
      )}
      {view.stats.n > 0 && <CohortTable view={view} unit={info.unit} quantity={info.quantity} />}
      <CohortProblems problems={view.problems} />
      {!members.length && (
        <div className="cohort-empty">
          <p>Drop patients’ readings here, or use <b>Add files…</b> / <b>Add folder…</b>:</p>
          <ul>
            <li>Caliper SR files (one TID 1500 SR per timepoint): a folder per patient, or the files picked together;</li>
            <li>timeline JSON (what <code>caliper response</code> reads) or <code>caliper response --json</code> documents: one patient per file.</li>
          </ul>
          <p>Patients are shown as “Patient 1”, “Patient 2”… or the label you give them; names and IDs never appear.</p>
        </div>
      )}
      {over && <div className="cohort-drop">Drop to add patients to the cohort</div>}
    </div>
  );
}
