import { useState } from 'react';
import type { StudySummary } from '@caliper/dicom';
import { useApp } from '../../app/store';
import { formatDate, formatPersonName } from '../overlay/formatDicom';
import { readDicomWebSettings, saveDicomWebSettings, type DicomWebSettings } from './sources/dicomWebSettings';
import { accessTokenFor, ensureFreshToken } from '../signin/oidcSession';
import { SignInFields } from '../signin/SignInFields';
import { openDicomWebStudy, searchDicomWebStudies } from './sources/loadDicomWeb';
import { DicomText } from '../../app/text/DicomText';
import { hangWhenOpenedFromUi } from '../hanging/hangWhenOpenedFromUi';

/**
 * DICOMweb server (URL in localStorage; a typed bearer token in sessionStorage, or OpenID Connect
 * sign-in with the token in memory), study list, open.
 */
export function DicomWebDialog() {
  const open = useApp((s) => s.dicomWebOpen);
  const setViewer = useApp((s) => s.setViewer);
  const [settings, setSettings] = useState(readDicomWebSettings);
  const [studies, setStudies] = useState<StudySummary[] | null>(null);
  const [busy, setBusy] = useState(false);
  if (!open) return null;
  const oidc = settings.auth === 'oidc';
  /** The settings with the token to send now (a fresh access token when signed in). */
  const current = async (): Promise<DicomWebSettings> => {
    if (!oidc) return settings;
    await ensureFreshToken();
    return { ...settings, token: accessTokenFor(settings.url) };
  };
  const search = async () => {
    saveDicomWebSettings(settings);
    setBusy(true);
    setStudies(await searchDicomWebStudies(await current()));
    setBusy(false);
  };
  const openStudy = async (uid: string, modalities: readonly string[]) => {
    setBusy(true);
    // Arranged by its hanging protocol as its series are listed (waiting for the modalities QIDO-RS announced).
    await hangWhenOpenedFromUi(openDicomWebStudy(await current(), uid), { studyUID: uid, modalities });
    setBusy(false);
    setViewer({ dicomWebOpen: false });
  };
  return (
    <div className="modal-backdrop" onClick={() => setViewer({ dicomWebOpen: false })}>
      <div className="modal" role="dialog" aria-label="DICOMweb server" onClick={(e) => e.stopPropagation()}>
        <h2>DICOMweb server</h2>
        <label title="Service root, e.g. https://pacs.example.org/dicom-web">
          URL
          <input
            data-testid="dicomweb-url"
            value={settings.url}
            placeholder="http://localhost:8042/dicom-web"
            onChange={(e) => setSettings({ ...settings, url: e.target.value })}
          />
        </label>
        <label title="How Caliper proves to the server who you are">
          Sign-in
          <select
            data-testid="dicomweb-auth"
            value={settings.auth ?? 'token'}
            onChange={(e) => setSettings({ ...settings, auth: e.target.value === 'oidc' ? 'oidc' : 'token', token: '' })}
          >
            <option value="token">Bearer token (or none)</option>
            <option value="oidc">OpenID Connect</option>
          </select>
        </label>
        {oidc && settings.oidc ? (
          <SignInFields
            config={settings.oidc}
            url={settings.url}
            onChange={(c) => setSettings({ ...settings, oidc: c })}
            onSignIn={() => saveDicomWebSettings(settings)}
          />
        ) : (
          <label title="Optional; sent only to this server as 'Authorization: Bearer …' and kept for this tab only (sessionStorage)">
            Bearer token (optional)
            <input
              data-testid="dicomweb-token"
              type="password"
              value={settings.token}
              onChange={(e) => setSettings({ ...settings, token: e.target.value })}
            />
          </label>
        )}
        <div className="row">
          <button data-testid="dicomweb-search" disabled={!settings.url || busy} onClick={search} title="List the server's studies (QIDO-RS)">
            Search studies
          </button>
          <button onClick={() => setViewer({ dicomWebOpen: false })} title="Close (Esc)">
            Close
          </button>
        </div>
        {studies && (
          <ul className="dicomweb-studies" data-testid="dicomweb-studies">
            {studies.length === 0 && <li className="muted">No studies (see the errors panel if the server failed).</li>}
            {studies.map((s) => (
              <li key={s.studyInstanceUID}>
                <button disabled={busy} onClick={() => openStudy(s.studyInstanceUID, s.modalities)} title="Retrieve this study (WADO-RS) and list its series">
                  <DicomText value={formatPersonName(s.patientName ?? '')} /> · <DicomText value={formatDate(s.studyDate ?? '')} /> · <DicomText value={s.studyDescription} /> · <DicomText value={s.modalities.join('/')} />
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
