import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foreignSr } from '../packages/report/src/fixtures/foreignSr';
import { expect, openApp, test } from './support/test';

// Issue 6, bad input: a saved record this Caliper cannot read is reported and kept aside, never
// dropped or overwritten; another tool's faulty SR imports what it can and lists what it skipped.
const TRUTH = join(import.meta.dirname, '..', 'public', 'demo', 'truth', 'baseline.json');
const truth = existsSync(TRUTH) ? (JSON.parse(readFileSync(TRUTH, 'utf8')) as { studyInstanceUID: string; grids: { ct: { seriesInstanceUID: string } } }) : null;
type ReadingApi = {
  list(): Promise<{ studyInstanceUID: string; lesionCount: number }[]>;
  quarantine(): Promise<{ studyInstanceUID?: string; reason: { kind: string; schemaVersion?: number }; record: { schemaVersion: number; note: string } }[]>;
  flush(): Promise<void>;
  importDicom(objects: Uint8Array[]): Promise<{ lesions: number; skipped: number }>;
};

test.describe('reading persistence: bad input', () => {
  test.skip(!truth, 'public/demo not generated (run `pnpm run build`)');

  test('a reading saved by a newer Caliper is reported in the errors panel and kept aside, not overwritten', async ({ page, pageErrors }) => {
    void pageErrors;
    await openApp(page);
    // Create the database, then plant a record of schema version 99 for the demo study.
    await page.evaluate(() => (window.caliper.reading as ReadingApi).list());
    await page.evaluate((study) => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('caliper-readings');
      open.onsuccess = () => {
        const tx = open.result.transaction('readings', 'readwrite');
        tx.objectStore('readings').put({ studyInstanceUID: study, schemaVersion: 99, note: 'from Caliper 9', lesions: [{ whatever: true }] });
        tx.oncomplete = () => { open.result.close(); resolve(); };
        tx.onerror = () => reject(new Error('put failed'));
      };
      open.onerror = () => reject(new Error('open failed'));
    }), truth!.studyInstanceUID);
    await page.evaluate((uid) => window.caliper.open(uid), truth!.grids.ct.seriesInstanceUID);
    await expect(page.getByTestId('errors-panel')).toContainText('written by a newer Caliper');
    await expect(page.getByTestId('errors-panel')).toContainText('kept aside');
    const q = await page.evaluate(() => (window.caliper.reading as ReadingApi).quarantine());
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ studyInstanceUID: truth!.studyInstanceUID, reason: { kind: 'newer-version' }, record: { schemaVersion: 99, note: 'from Caliper 9' } });
    // A new reading of the study is saved; the set-aside record stays as it was.
    await page.evaluate((c) => (window.caliper.grow as (p: number[]) => Promise<unknown>)(c), [-85, -25, -80]);
    await page.evaluate(() => (window.caliper.reading as ReadingApi).flush());
    await expect.poll(() => page.evaluate(async () => (await (window.caliper.reading as ReadingApi).list()).map((r) => r.lesionCount))).toEqual([1]);
    expect(await page.evaluate(() => (window.caliper.reading as ReadingApi).quarantine())).toEqual(q);
  });

  test("another tool's faulty TID 1500 SR: what cannot be imported is listed with the reason", async ({ page, pageErrors }) => {
    void pageErrors;
    await openApp(page);
    const bytes = Array.from(foreignSr());
    const r = await page.evaluate((b) => (window.caliper.reading as ReadingApi).importDicom([new Uint8Array(b)]), bytes);
    expect(r.lesions).toBe(5);
    expect(r.skipped).toBeGreaterThanOrEqual(3);
    const errors = await page.evaluate(() => window.caliper.errors());
    const text = errors.map((e) => `${e.source} | ${e.reason}`).join('\n');
    // SR-level skips (unknown concept/unit, missing value, missing SEG) and lesions whose images are not open.
    expect(text).toMatch(/skipped: .*unknown/i);
    expect(text).toMatch(/not restored: .*not loaded/);
    expect(errors.every((e) => e.reason.length > 10)).toBe(true);
  });
});
