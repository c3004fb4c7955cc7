import { useState } from 'react';
import type { RadiomicsSettings } from '@caliper/engine';
import { useApp } from '../../../app/store';
import { parseCustomSettings, saveCustomSettings, upsertCustom } from '../model/customSettings';

const editable = (s: RadiomicsSettings): string => {
  const { name: _name, ...rest } = s;
  return JSON.stringify(rest, null, 2);
};

/**
 * Editor of a custom setting: JSON with the schema of `caliper radiomics --config settings.json`
 * (every key optional, defaults preset A's), validated as the CLI validates it; saved by name in
 * this browser (localStorage).
 */
export function SettingsEditor({ from, onClose }: { from: RadiomicsSettings; onClose: () => void }) {
  const custom = useApp((s) => s.radiomicsCustom);
  const setRadiomics = useApp((s) => s.setRadiomics);
  const isCustom = custom.some((c) => c.name === from.name);
  const [name, setName] = useState(isCustom ? from.name : `${from.name} custom`);
  const [text, setText] = useState(editable(from));
  const [error, setError] = useState<string | null>(null);
  const save = () => {
    const r = parseCustomSettings(text, name);
    if (!r.ok) return setError(r.error);
    const list = upsertCustom(custom, r.value);
    saveCustomSettings(globalThis.localStorage, list);
    setRadiomics({ radiomicsCustom: list, radiomicsConfig: r.value.name });
    onClose();
  };
  const remove = () => {
    const list = custom.filter((c) => c.name !== from.name);
    saveCustomSettings(globalThis.localStorage, list);
    setRadiomics({ radiomicsCustom: list, radiomicsConfig: 'A' });
    onClose();
  };
  return (
    <div className="rad-editor" data-testid="radiomics-editor">
      <label className="row">
        Name <input value={name} onChange={(e) => setName(e.target.value)} aria-label="Custom setting name" />
      </label>
      <textarea value={text} onChange={(e) => setText(e.target.value)} rows={14} spellCheck={false} aria-label="Custom settings JSON" />
      {error && <p className="err small" role="alert">{error}</p>}
      <div className="row">
        <button onClick={save}>Save</button>
        {isCustom && <button onClick={remove}>Delete “{from.name}”</button>}
        <button onClick={onClose}>Close</button>
      </div>
    </div>
  );
}
