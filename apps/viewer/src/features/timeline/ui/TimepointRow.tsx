import type { KeyboardEvent } from 'react';
import { formatDate } from '../../overlay/formatDicom';
import type { Timepoint } from '../model/types';
import { dayLabel, dayTitle } from './dayLabel';
import { DicomText } from '../../../app/text/DicomText';

export interface TimepointActions {
  readonly onPrior: () => void;
  readonly onCurrent: () => void;
  readonly onBaseline: () => void;
  readonly onExclude: (excluded: boolean) => void;
}

/** Arrow keys move between rows (and stay out of the viewer's slice shortcuts). */
function moveFocus(e: KeyboardEvent<HTMLLIElement>): void {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  e.preventDefault();
  e.stopPropagation();
  const li = e.currentTarget;
  const next = (e.key === 'ArrowDown' ? li.nextElementSibling : li.previousElementSibling) as HTMLElement | null;
  next?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
}

/** One study of a timeline: date, days from baseline, modalities, roles and the reader's switches. DICOM text as text only. */
export function TimepointRow({ tp, role, actions }: { tp: Timepoint; role: 'prior' | 'current' | undefined; actions: TimepointActions }) {
  return (
    <li
      className={`timepoint${tp.excluded ? ' excluded' : ''}${role ? ` is-${role}` : ''}`}
      data-testid="timepoint"
      data-study-uid={tp.studyInstanceUID}
      data-role={role}
      data-baseline={tp.isBaseline || undefined}
      onKeyDown={moveFocus}
    >
      <div className="tp-line">
        <span className="tp-date" title={`Study date ${formatDate(tp.studyDate) || 'unknown'}${tp.studyTime ? ` ${tp.studyTime.slice(0, 2)}:${tp.studyTime.slice(2, 4)}` : ''}`}>
          {formatDate(tp.studyDate) || 'no date'}
        </span>
        <span className="tp-day" data-testid="timepoint-day" title={dayTitle(tp.dayFromBaseline)}>
          {dayLabel(tp.dayFromBaseline)}
        </span>
        <span className="tp-roles" role="group" aria-label="Role in the comparison">
          <button className={role === 'prior' ? 'on' : ''} aria-pressed={role === 'prior'} disabled={tp.excluded} title="Show this study as the prior (left side of the comparison)" onClick={actions.onPrior}>
            Prior
          </button>
          <button className={role === 'current' ? 'on' : ''} aria-pressed={role === 'current'} disabled={tp.excluded} title="Show this study as the current (right side of the comparison)" onClick={actions.onCurrent}>
            Current
          </button>
        </span>
      </div>
      <div className="tp-line">
        <span className="chips">
          {tp.modalities.map((m) => (
            <span key={m} className={`chip m-${m.replace(/[^A-Za-z0-9]/g, '')}`} title={`Has ${m} images`}>
              {m}
            </span>
          ))}
        </span>
        {tp.isBaseline && (
          <span className="badge baseline" title="Baseline: days are counted from this study">
            Baseline
          </span>
        )}
        <span className="tp-desc">
          <DicomText value={tp.studyDescription} />
        </span>
        <span className="tp-switches">
          <button className="icon" disabled={tp.isBaseline || tp.excluded} title={tp.isBaseline ? 'This study is the baseline' : 'Make this study the baseline'} aria-label="Set as baseline" onClick={actions.onBaseline}>
            ★
          </button>
          <button
            className={`icon${tp.excluded ? ' on' : ''}`}
            aria-pressed={tp.excluded}
            title={tp.excluded ? 'Excluded from the reading: click to include it again' : 'Exclude this study from the reading (never baseline, prior or current)'}
            aria-label={tp.excluded ? 'Include study' : 'Exclude study'}
            data-testid="timepoint-exclude"
            onClick={() => actions.onExclude(!tp.excluded)}
          >
            ⊘
          </button>
        </span>
      </div>
    </li>
  );
}
