import { useApp } from '../../../app/store';
import { readRemembered, writeRemembered } from '../model/rememberedProtocols';
import { openStudyFromUi } from '../openStudyFromUi';
import { useState } from 'react';
import './hanging.css';

const storage = () => (typeof localStorage === 'undefined' ? undefined : localStorage);

/**
 * The toolbar's hanging-protocol picker: the protocol arranging the study on screen (named), the
 * other protocols that fit it, and "remember for this kind of study" (localStorage). Measurements
 * are kept when the protocol changes (they belong to the images, not to the hanging).
 */
export function ProtocolPicker() {
  const active = useApp((s) => (s.activeHanging && s.activeHanging.layout === s.layout ? s.activeHanging : null));
  const protocols = useApp((s) => s.hangingProtocols);
  const source = useApp((s) => s.hangingSource);
  const [remembered, setRemembered] = useState(() => readRemembered(storage()));
  const name = (id: string) => protocols.find((p) => p.id === id)?.name ?? id;
  const tip = (id: string) => protocols.find((p) => p.id === id)?.description ?? '';
  const isRemembered = !!active && remembered[active.kind] === active.protocolId;
  const from = source === 'file' ? 'hanging-protocols.json' : 'built-in protocols';
  return (
    <div className="group hanging-picker" data-testid="hanging-picker" data-protocol={active?.protocolId}>
      <select
        data-testid="hanging-protocol"
        disabled={!active}
        value={active?.protocolId ?? ''}
        title={
          active
            ? `Hanging protocol: ${name(active.protocolId)} — ${tip(active.protocolId)}\nOther protocols that fit this study (${active.kind}) are listed; F4: next one. From ${from}.`
            : `Hanging protocol: open a study from the study browser (its ▦ button) to arrange it by protocol (${from})`
        }
        onChange={(e) => active && openStudyFromUi(active.studyInstanceUID, { protocol: e.target.value })}
      >
        {!active && <option value="">Hanging —</option>}
        {active?.candidates.map((id) => (
          <option key={id} value={id} title={tip(id)}>
            {name(id)}
          </option>
        ))}
      </select>
      <button
        data-testid="hanging-remember"
        disabled={!active}
        aria-pressed={isRemembered}
        className={isRemembered ? 'on' : ''}
        title={
          active
            ? isRemembered
              ? `Remembered for ${active.kind} studies: click to forget (the best-ranked protocol is used again)`
              : `Remember "${name(active.protocolId)}" for ${active.kind} studies (kept in this browser)`
            : 'Remember the hanging protocol for this kind of study'
        }
        onClick={() => active && setRemembered(writeRemembered(storage(), active.kind, isRemembered ? undefined : active.protocolId))}
      >
        {isRemembered ? '★' : '☆'}
      </button>
    </div>
  );
}
