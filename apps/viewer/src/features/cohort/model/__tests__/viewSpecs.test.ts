import { describe, expect, it } from 'vitest';
import { buildCohort, cohortWaterfallSpec, swimmerSpec } from '@caliper/board';
import { assessResponse } from '@caliper/response';
import { courseOf } from '../../bench/syntheticCohort';
import { fileStem } from '../fileStem';
import { MAX_AXIS_LABELS, viewSpecs } from '../viewSpecs';

const cohort = (n: number) => buildCohort(Array.from({ length: n }, (_, i) => ({ label: `Patient ${i + 1}`, result: assessResponse(courseOf([50, 50 - (i % 30)]), 'recist1.1') })));
const o = { theme: 'dark' as const, width: 400, quantity: 'Sum of diameters', unit: 'mm' };
type L = { layer: { data?: { values?: unknown[] }; mark?: unknown; encoding?: Record<string, { axis?: { labels?: boolean }; title?: unknown }> }[] };

describe('viewSpecs', () => {
  it('names the quantity on the y axis and keeps the board spec\'s data (same bars as the PDF)', () => {
    const c = cohort(5);
    const { waterfall } = viewSpecs(c, o) as unknown as { waterfall: L };
    expect(waterfall.layer[0].encoding!.y.title).toBe('Best % change of the sum of diameters (%)');
    expect(waterfall.layer[0].data).toEqual((cohortWaterfallSpec(c, o) as unknown as L).layer[0].data);
    expect(waterfall.layer[0].encoding!.x.axis!.labels).toBe(true);
  });

  it(`hides patient labels on the axis beyond ${MAX_AXIS_LABELS} bars (the table lists them)`, () => {
    const { waterfall } = viewSpecs(cohort(MAX_AXIS_LABELS + 1), o) as unknown as { waterfall: L };
    expect(waterfall.layer[0].encoding!.x.axis!.labels).toBe(false);
    expect(waterfall.layer[0].encoding!.x.title).toBe('Patients (labels in the table)');
  });

  it('swimmer lanes of equal length in natural label order', () => {
    const { swimmer } = viewSpecs(cohort(12), o) as unknown as { swimmer: L };
    const lanes = (swimmer.layer[0].data!.values as { label: string; days: number }[]).map((l) => l.label);
    expect(lanes.slice(0, 4)).toEqual(['Patient 1', 'Patient 2', 'Patient 3', 'Patient 4']);
    expect(lanes.at(-1)).toBe('Patient 12');
  });

  it('leaves the CLI\'s specs untouched', () => {
    const c = cohort(3);
    const before = JSON.stringify([cohortWaterfallSpec(c, o), swimmerSpec(c, o)]);
    viewSpecs(c, o);
    expect(JSON.stringify([cohortWaterfallSpec(c, o), swimmerSpec(c, o)])).toBe(before);
  });
});

describe('fileStem', () => {
  it('file names from the cohort label only', () => {
    expect(fileStem('Trial arm A')).toBe('trial-arm-a-cohort');
    expect(fileStem('  Étude №2 / bras B ')).toBe('etude-no2-bras-b-cohort');
    expect(fileStem('')).toBe('caliper-cohort');
  });
});
