import { describe, expect, it } from 'vitest';
import { RADIOMICS_PRESETS } from '@caliper/engine';
import type { RadiomicsFeature } from '@caliper/engine';
import type { LesionRadiomics } from '@caliper/report';
import { radiomicsRecord as buildRecord } from '@caliper/report';
import { CUSTOM_SETTINGS_KEY, loadCustomSettings, parseCustomSettings, saveCustomSettings, settingsFor, upsertCustom } from '../customSettings';
import { radiomicsCsv, radiomicsJson } from '../exportRadiomics';
import { familyOfKey } from '../familyOfKey';
import { groupFeatures, searchFeatures } from '../featureGroups';
import { describeSettings } from '../describeSettings';

const features: Record<string, RadiomicsFeature> = {
  '8ZQL.2D:AVG': { name: 'Angular second moment', family: 'GLCM', aggregation: '2D, averaged', value: 0.045 },
  RNU0: { name: 'Volume (mesh)', family: 'morphology', value: 358000 },
  Q4LE: { name: 'Mean intensity', family: 'intensity_statistics', value: -12.25 },
  ECT3: { name: 'Intensity variance', family: 'intensity_statistics', value: 1 / 3 },
  N365: { name: "Moran's I index", family: 'morphology', value: null },
  'BC2M.V10': { name: 'Volume at intensity fraction', family: 'intensity_volume_histogram', value: 0.978 },
};
const order = ['RNU0', 'N365', 'Q4LE', 'ECT3', 'BC2M.V10', '8ZQL.2D:AVG'];
const record: LesionRadiomics = buildRecord({ features, order, roi: { morphologicalVoxels: 125, intensityVoxels: 114 } }, RADIOMICS_PRESETS.A, {
  seriesInstanceUID: '1.2.3', modality: 'CT', unit: 'HU', caliperVersion: '0.1.0', computedAt: '2026-12-07T02:30:00.000Z',
});
const lesion = { id: 'les-1', name: 'T1, "liver"' };

describe('radiomics record', () => {
  it('keeps IBSI order and gives each feature its unit in the series unit', () => {
    expect(record.features.map((f) => [f.key, f.unit])).toEqual([['RNU0', 'mm3'], ['N365', '1'], ['Q4LE', 'HU'], ['ECT3', '(HU)2'], ['BC2M.V10', '1'], ['8ZQL.2D:AVG', '1']]);
    expect(record.settings).toEqual(RADIOMICS_PRESETS.A);
    expect(buildRecord({ features, order: ['Q4LE'], roi: record.roi }, RADIOMICS_PRESETS.A, { ...record, modality: 'PT', unit: 'SUVbw', seriesInstanceUID: '1' }).features[0].unit).toBe('SUVbw');
  });
});

describe('grouping and search', () => {
  it('groups by family in IBSI order, features in table order', () => {
    const g = groupFeatures(record.features);
    expect(g.map((x) => x.family)).toEqual(['morphology', 'intensity_statistics', 'intensity_volume_histogram', 'GLCM']);
    expect(g[0].features.map((f) => f.key)).toEqual(['RNU0', 'N365']);
    expect(g[3].label).toBe('Grey level co-occurrence matrix (GLCM)');
  });
  it('search matches name, IBSI code, family and aggregation; every term must match', () => {
    expect(searchFeatures(record.features, 'intensity').map((f) => f.key)).toEqual(['Q4LE', 'ECT3', 'BC2M.V10']);
    expect(searchFeatures(record.features, 'rnu0').map((f) => f.key)).toEqual(['RNU0']);
    expect(searchFeatures(record.features, 'co-occurrence').map((f) => f.key)).toEqual(['8ZQL.2D:AVG']);
    expect(searchFeatures(record.features, 'averaged second').map((f) => f.key)).toEqual(['8ZQL.2D:AVG']);
    expect(searchFeatures(record.features, 'mean variance')).toEqual([]);
    expect(searchFeatures(record.features, '  ')).toHaveLength(6);
  });
  it('family of a key read back from an SR comes from the IBSI catalogue', () => {
    expect(familyOfKey('8ZQL.3D:MRG')).toBe('GLCM');
    expect(familyOfKey('RNU0')).toBe('morphology');
    expect(familyOfKey('BC2M.V90')).toBe('intensity_volume_histogram');
    expect(familyOfKey('ZZZZ')).toBeUndefined();
  });
});

describe('exports', () => {
  it('CSV: # lines with version, lesion, series and settings, then the CLI table with full precision', () => {
    const lines = radiomicsCsv(record, lesion).split('\n');
    expect(lines[0]).toBe('# Caliper 0.1.0 IBSI-1 radiomics, computed 2026-12-07T02:30:00.000Z');
    expect(lines[1]).toBe('# lesion T1, "liver" (les-1); series 1.2.3 (CT, HU); ROI 125 morphological / 114 intensity voxels');
    expect(JSON.parse(lines[2].slice('# config '.length))).toEqual(RADIOMICS_PRESETS.A);
    expect(lines.slice(3)).toEqual([
      'key,family,feature,aggregation,value',
      'RNU0,morphology,Volume (mesh),,358000',
      "N365,morphology,Moran's I index,,",
      'Q4LE,intensity_statistics,Mean intensity,,-12.25',
      'ECT3,intensity_statistics,Intensity variance,,0.3333333333333333',
      'BC2M.V10,intensity_volume_histogram,Volume at intensity fraction,,0.978',
      '8ZQL.2D:AVG,GLCM,Angular second moment,"2D, averaged",0.045',
      '',
    ]);
  });
  it('JSON: the CLI document keys (series, modality, unit, config, roi, features) plus version, time and lesion', () => {
    const j = radiomicsJson(record, lesion);
    expect(Object.keys(j)).toEqual(['series', 'modality', 'unit', 'config', 'roi', 'features', 'caliperVersion', 'computedAt', 'lesion']);
    expect(j.config).toEqual(RADIOMICS_PRESETS.A);
    expect(j.features['8ZQL.2D:AVG']).toEqual({ name: 'Angular second moment', family: 'GLCM', aggregation: '2D, averaged', value: 0.045, unit: '1' });
    expect(j.features.N365.value).toBeNull();
    expect(Object.keys(j.features)).toEqual(order);
  });
});

describe('custom settings', () => {
  it('validates as the CLI does, names the setting, defaults to preset A', () => {
    const r = parseCustomSettings('{"approach":"3D","discretisation":{"method":"FBN","bins":16}}', 'My FBN16');
    expect(r).toEqual({ ok: true, value: { ...RADIOMICS_PRESETS.A, name: 'My FBN16', approach: '3D', discretisation: { method: 'FBN', bins: 16 } } });
    expect(parseCustomSettings('{"discretisation":{"method":"XYZ"}}', 'x')).toEqual({ ok: false, error: 'invalid settings: discretisation.method must be FBN or FBS' });
    expect(parseCustomSettings('{', 'x').ok).toBe(false);
    expect(parseCustomSettings('{}', 'C')).toEqual({ ok: false, error: '"C" is a preset: choose another name' });
    expect(parseCustomSettings('{}', ' ')).toEqual({ ok: false, error: 'give the setting a name' });
  });
  it('saved in storage and loaded back re-validated; bad entries dropped', () => {
    const mem = new Map<string, string>();
    const storage = { getItem: (k: string) => mem.get(k) ?? null, setItem: (k: string, v: string) => void mem.set(k, v) };
    const a = parseCustomSettings('{"approach":"3D"}', 'b3d');
    const b = parseCustomSettings('{"ivh":{"method":"FBN","bins":100}}', 'a-ivh');
    if (!a.ok || !b.ok) throw new Error('expected valid');
    const list = upsertCustom(upsertCustom([], a.value), b.value);
    expect(list.map((s) => s.name)).toEqual(['a-ivh', 'b3d']);
    saveCustomSettings(storage, list);
    expect(loadCustomSettings(storage)).toEqual(list);
    mem.set(CUSTOM_SETTINGS_KEY, JSON.stringify([...list, { name: 'bad', approach: '4D' }, { name: 'A' }, 7]));
    expect(loadCustomSettings(storage)).toEqual(list);
    mem.set(CUSTOM_SETTINGS_KEY, 'not json');
    expect(loadCustomSettings(storage)).toEqual([]);
    expect(settingsFor('b3d', list)?.approach).toBe('3D');
    expect(settingsFor('E', list)).toBe(RADIOMICS_PRESETS.E);
    expect(settingsFor('nope', list)).toBeUndefined();
  });
  it('describes the resolved settings in the series unit', () => {
    expect(describeSettings(RADIOMICS_PRESETS.C, 'HU')).toEqual([
      'Approach 3D (volume)',
      'Interpolation 2×2×2 mm, linear, intensities rounded; ROI linear, partial volume ≥ 0.5',
      'Re-segmentation [-1000, 400] HU',
      'Discretisation FBS 25 HU from -1000 HU',
      'IVH FBS 2.5 HU',
    ]);
    expect(describeSettings(RADIOMICS_PRESETS.D, 'SUVbw')[2]).toBe('Re-segmentation none; outliers beyond 3σ removed');
  });
});
