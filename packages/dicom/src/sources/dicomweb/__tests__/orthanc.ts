// Test harness: a real Orthanc (Debian `orthanc` + `orthanc-dicomweb`) on 127.0.0.1 with a temp config.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const ORTHANC_BIN = '/usr/sbin/Orthanc';
export const DICOMWEB_PLUGIN = '/usr/share/orthanc/plugins/libOrthancDicomWeb.so';
export const orthancAvailable = existsSync(ORTHANC_BIN) && existsSync(DICOMWEB_PLUGIN);

export interface Orthanc {
  readonly url: string;
  readonly basicAuth: string;
  stop(): void;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export async function startOrthanc(): Promise<Orthanc> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'caliper-orthanc-'));
  const [http, dicom] = [await freePort(), await freePort()];
  const config = {
    Name: 'caliper-dicom-test',
    HttpPort: http,
    DicomPort: dicom,
    RemoteAccessAllowed: false,
    AuthenticationEnabled: true,
    RegisteredUsers: { caliper: 'secret' },
    StorageDirectory: path.join(dir, 'db'),
    IndexDirectory: path.join(dir, 'db'),
    Plugins: [DICOMWEB_PLUGIN],
    DicomWeb: { Enable: true, Root: '/dicom-web/' },
  };
  writeFileSync(path.join(dir, 'orthanc.json'), JSON.stringify(config));
  const child: ChildProcess = spawn(ORTHANC_BIN, [path.join(dir, 'orthanc.json')], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${http}`;
  const basicAuth = `Basic ${Buffer.from('caliper:secret').toString('base64')}`;
  const stop = () => {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 300; i++) {
    try {
      const r = await fetch(`${base}/system`, { headers: { Authorization: basicAuth } });
      if (r.ok) return { url: base, basicAuth, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error('Orthanc did not start within 30 s');
}

/** Upload Part 10 bytes through Orthanc's REST API. */
export async function upload(o: Orthanc, bytes: Uint8Array): Promise<void> {
  const r = await fetch(`${o.url}/instances`, { method: 'POST', body: new Blob([bytes.slice()]), headers: { Authorization: o.basicAuth, 'Content-Type': 'application/dicom' } });
  if (!r.ok) throw new Error(`upload failed: HTTP ${r.status}`);
}
