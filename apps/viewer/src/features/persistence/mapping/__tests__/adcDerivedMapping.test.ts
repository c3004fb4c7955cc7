import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import { exportReading, importReading, readingSchema } from '@caliper/report';
import type { Lesion } from '../../../measure/model/lesion';
import type { LesionResult } from '../../../measure/model/measureSlice';
import { adcMeasurementMethod, adcSeriesDescription } from '../../../adc/adcSeriesDescription';
import { derivedAdcSeriesUid } from '../../../adc/derivedAdcSeriesUid';
import { dicomIdentity } from '../derivedReference';
import { fromReading } from '../fromReading';
import { heldFrom, withHeld } from '../heldLesions';
import { heldNotes } from '../heldNotes';
import { adcMapLesions, reattachDerived } from '../reattachDerived';
import type { SeriesInfo } from '../seriesInfo';
import { segmentationIdOf, toReading } from '../toReading';
import { result, seriesInfo, STUDY } from './fixtures';

const DWI = '2.25.777.5';
const MAP = derivedAdcSeriesUid(DWI);
const MR_CLASS = '1.2.840.10008.5.1.4.1.1.4';
const METHOD = adcMeasurementMethod(adcSeriesDescription([0, 50, 400, 800]));
const dwi = (): SeriesInfo => seriesInfo(DWI, MR_CLASS);
/** The map as the viewer describes it: its own UID and imageIds, the b=0 images' SOP identity. */
const map = (): SeriesInfo => ({
  ...dwi(), seriesInstanceUID: MAP, imageIds: [0, 1, 2, 3, 4].map((k) => `caliper-derived:adc:${DWI}:${k}`),
  derivedFrom: { seriesInstanceUID: DWI, method: METHOD },
});
const withMap = (uid: string) => (uid === MAP ? map() : uid === DWI ? dwi() : undefined);
const dwiOnly = (uid: string) => (uid === DWI ? dwi() : undefined);
const noSeries = () => undefined;

const ELLIPSE = '0c5a3e0e-5e0b-4b1f-9d7a-2f0d5c1e9a11';
const P = patientPoint;
const mask = { dimensions: [8, 6, 5] as const, bbox: [[2, 1, 1], [3, 2, 1]] as const, data: new Uint8Array([1, 1, 1, 1]) };
const lesions = (): Lesion[] => [
  { id: ELLIPSE, name: 'Prostate 1', location: '', role: 'target', tool: 'ellipse', version: 2, seriesUIDs: [MAP], focusMm: P(0, 0, 14),
    shape: { kind: 'ellipse', center: P(0, 0, 14), axisA: P(0, 1, 14), axisB: P(1.5, 0, 14), normal: [0, 0, -1] } },
  { id: 'grow-3', name: 'Prostate 2', location: '', role: 'non-target', tool: 'grow', version: 4, seriesUIDs: [MAP], focusMm: P(0, 0, 12),
    shape: { kind: 'mask', volumeId: MAP, mask } },
];
const adc = (mean: number, over = {}) => result({ series: MAP, modality: 'MR', unit: '10^-3 mm2/s', voxelCount: 4, volumeMl: 0.002, mean, sd: 0.05, min: mean - 0.1, max: mean + 0.1, p10: mean - 0.08, ...over });
const results = (): Record<string, Record<string, LesionResult>> => ({
  [ELLIPSE]: { [MAP]: { version: 2, measurement: { result: adc(0.812), linesMm: [], areaMm2: 4.71 } } },
  'grow-3': { [MAP]: { version: 4, measurement: { result: adc(1.9), linesMm: [], areaMm2: null } } },
});
const build = () => toReading({ studyInstanceUID: STUDY, lesions: lesions(), results: results(), series: withMap, createdAt: '2026-11-27T10:00:00.000Z', now: '2026-11-27T11:00:00.000Z' });

describe('lesions on Caliper\'s derived ADC map: saved against the DWI', () => {
  it('dicomIdentity swaps only the series UID of a derived series (grid, SOPs, frame kept)', () => {
    const id = dicomIdentity(map());
    expect(id.seriesInstanceUID).toBe(DWI);
    expect(id.sopInstanceUIDs).toEqual(dwi().sopInstanceUIDs);
    expect(id.derivedFrom).toBeUndefined();
    expect(dicomIdentity(dwi())).toEqual(dwi());
  });

  it('references, geometry and segmentation point to the DWI, never to the derived UID', () => {
    const { reading, skipped } = build();
    expect(skipped).toEqual([]);
    expect(readingSchema.safeParse(reading).success).toBe(true);
    expect(JSON.stringify(reading, (_k, v: unknown) => (v instanceof Uint32Array ? [] : v))).not.toContain(MAP);
    const [e, g] = reading.lesions;
    // Ellipse centre z = 14 → slice 2 of the 0.5 × 0.5 × 2 mm grid at z0 = 10.
    expect(e.references).toEqual([{ seriesInstanceUID: DWI, sopClassUID: MR_CLASS, frameOfReferenceUID: '2.25.777.9', sopInstanceUIDs: [`${DWI}.3`] }]);
    expect(e.geometry).toMatchObject({ kind: 'ellipse', sopInstanceUID: `${DWI}.3` });
    expect(g.geometry).toEqual({ kind: 'segment', segmentationId: segmentationIdOf(DWI), segmentNumber: 1 });
    expect(reading.segmentations[0].reference.seriesInstanceUID).toBe(DWI);
    expect(reading.segmentations[0].sliceSopInstanceUIDs).toEqual(dwi().sopInstanceUIDs);
  });

  it('names the fit as the method of every diffusivity value (appended to P10\'s), not of sizes', () => {
    const e = build().reading.lesions[0];
    const by = Object.fromEntries(e.measurements.map((m) => [m.name, m]));
    expect(by['ADC mean']).toEqual({ name: 'ADC mean', value: 0.812, unit: '10^-3 mm2/s', method: 'ADC map (Caliper, log-linear fit b=0,50,400,800) of the referenced DWI series' });
    expect(by['ADC P10'].method).toBe(`10th percentile; ${METHOD}`);
    expect(by.Area).toEqual({ name: 'Area', value: 4.71, unit: 'mm2', method: 'voxel count × pixel area' });
  });

  it('finds the lesions measured on the map and re-attaches them to the map of their DWI', () => {
    const { reading } = build();
    const onMap = adcMapLesions(reading);
    expect([...onMap]).toEqual([[ELLIPSE, DWI], [reading.lesions[1].id, DWI]]);
    const back = reattachDerived(reading, onMap, (u) => (u === DWI ? MAP : undefined));
    expect(back.lesions.map((l) => l.references[0].seriesInstanceUID)).toEqual([MAP, MAP]);
    expect(reading.lesions[0].references[0].seriesInstanceUID).toBe(DWI);
    const restored = fromReading(back, withMap, () => 7);
    expect(restored.skipped).toEqual([]);
    expect(restored.lesions.map((l) => l.seriesUIDs)).toEqual([[MAP], [MAP]]);
    expect(restored.lesions[1].shape).toMatchObject({ kind: 'mask', volumeId: MAP, mask: { bbox: [[2, 1, 1], [3, 2, 1]] } });
    expect(restored.lesions[0].shape).toMatchObject({ kind: 'ellipse', center: [0, 0, 14] });
  });

  it('a lesion drawn on the DWI itself (no derivation method) stays on the DWI', () => {
    const r = toReading({ studyInstanceUID: STUDY, lesions: lesions().map((l) => ({ ...l, seriesUIDs: [DWI], ...(l.shape.kind === 'mask' ? { shape: { ...l.shape, volumeId: DWI } } : {}) })),
      results: { [ELLIPSE]: { [DWI]: { version: 2, measurement: { result: adc(0.8), linesMm: [], areaMm2: 4.71 } } } }, series: dwiOnly, createdAt: '2026-11-27T10:00:00.000Z', now: '2026-11-27T11:00:00.000Z' });
    expect(r.reading.lesions[0].measurements.every((m) => m.method === undefined || !m.method.includes('Caliper'))).toBe(true);
    expect(adcMapLesions(r.reading).size).toBe(0);
  });

  it('without the DWI nothing is lost: lesions are held as saved, with their values and why', () => {
    const { reading } = build();
    const onMap = adcMapLesions(reading);
    const back = reattachDerived(reading, onMap, () => undefined);
    expect(back).toEqual(reading);
    const restored = fromReading(back, noSeries, () => 1);
    expect(restored.lesions).toEqual([]);
    const held = heldFrom(reading, new Set(restored.lesions.map((l) => l.id)));
    expect(held.lesions).toEqual(reading.lesions);
    expect(held.segmentations).toEqual(reading.segmentations);
    const notes = heldNotes(STUDY, held, onMap, restored.skipped);
    expect(notes[0].values).toBe('Area 4.710 mm², ADC mean 0.812 ×10⁻³ mm²/s, ADC SD 0.050 ×10⁻³ mm²/s, ADC min 0.712 ×10⁻³ mm²/s, ADC max 0.912 ×10⁻³ mm²/s, ADC P10 0.732 ×10⁻³ mm²/s');
    expect(notes[0].reason).toContain(`Caliper's ADC map of DWI series ${DWI}`);
    // The next save (no lesions in the viewer) writes them back unchanged.
    const empty = { ...reading, lesions: [], segmentations: [] };
    expect(withHeld(empty, held)).toEqual(reading);
    // A lesion back in the viewer is not written twice.
    expect(withHeld(reading, held).lesions).toHaveLength(2);
  });
});

const DCIODVFY = '/usr/bin/dciodvfy';
describe('SR export of map lesions', () => {
  const { reading } = build();
  const ctx = { patient: { name: 'Test^Patient', id: 'P1' }, study: { studyInstanceUID: STUDY }, now: new Date(Date.UTC(2026, 10, 27, 12)) };
  const exported = exportReading(reading, ctx);
  const text = new TextDecoder('latin1').decode(exported.sr);

  it('names no derived UID, names the DWI and the fit, and imports back onto the map', () => {
    expect(text).not.toContain(MAP);
    expect(text).toContain(`${DWI}.3`);
    expect(text).toContain(METHOD);
    const target = (uid: string) => (uid === DWI ? { grid: dwi().grid, sliceSopInstanceUIDs: dwi().sopInstanceUIDs } : undefined);
    const imported = importReading({ sr: exported.sr, segs: exported.segs.map((s) => s.bytes) }, { target, studyInstanceUID: STUDY });
    if (!imported.ok) throw new Error(imported.error);
    const onMap = adcMapLesions(imported.value.reading);
    expect([...onMap.values()]).toEqual([DWI, DWI]);
    const restored = fromReading(reattachDerived(imported.value.reading, onMap, () => MAP), withMap, () => 1);
    expect(restored.lesions.map((l) => l.seriesUIDs[0])).toEqual([MAP, MAP]);
  });

  it.skipIf(!existsSync(DCIODVFY))('the SR and SEG pass dciodvfy without errors', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'caliper-adc-sr-'));
    for (const [name, bytes] of [['sr.dcm', exported.sr], ['seg.dcm', exported.segs[0].bytes]] as const) {
      const file = path.join(dir, name);
      writeFileSync(file, bytes);
      const r = spawnSync(DCIODVFY, [file], { encoding: 'utf8' });
      expect(`${r.stdout}${r.stderr}`.split('\n').filter((l) => /^\s*Error/.test(l))).toEqual([]);
    }
  });
});
