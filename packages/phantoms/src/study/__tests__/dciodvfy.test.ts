import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testConfig } from '../config';
import { generateInMemory } from './generateInMemory';

const DCIODVFY = '/usr/bin/dciodvfy';
const present = existsSync(DCIODVFY);
if (!present) console.warn(`[phantoms] ${DCIODVFY} missing (apt-get install dicom3tools): skipping IOD validation`);

const dir = mkdtempSync(path.join(tmpdir(), 'caliper-phantoms-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** dciodvfy's report: it writes to stderr (and may exit non-zero on warnings), so read both streams. */
function validate(bytes: Uint8Array, name: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  const r = spawnSync(DCIODVFY, [file], { encoding: 'utf8' });
  return `${r.stdout ?? ''}${r.stderr ?? ''}`;
}

describe.skipIf(!present)('dciodvfy: one file of every series type has no errors', () => {
  it.each(['explicit', 'jpegls'] as const)('%s transfer syntax', async (syntax) => {
    const { set, files } = await generateInMemory({ ...testConfig(2), timepoints: 1, transferSyntax: syntax });
    const series = set.manifest.studies[0].series;
    const expected = ['CTImage', 'PETImage', 'MRImage', 'MRImage'];
    series.forEach((s, i) => {
      const p = s.instances[Math.floor(s.instances.length / 2)];
      const report = validate(files.get(p)!, `${syntax}-${i}.dcm`);
      expect(report).toContain(expected[i]);
      const errors = report.split('\n').filter((l) => l.startsWith('Error'));
      expect(errors, `${s.seriesDescription}:\n${report}`).toEqual([]);
    });
  });
});
