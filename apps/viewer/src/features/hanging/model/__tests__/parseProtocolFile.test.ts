import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProtocolFile } from '../parseProtocolFile';
import { arrangementOf } from '../arrangementOf';
import type { HangingProtocol } from '../schema';

const shipped = JSON.parse(readFileSync(new URL('../../../../../../../public/hanging-protocols.json', import.meta.url), 'utf8')) as unknown;
const stack = (label: string) => ({ label, series: { modality: 'CT' }, view: 'stack' as const });
const proto = (over: Partial<HangingProtocol>): HangingProtocol => ({
  id: 'x', name: 'X', priority: 1, match: { modalities: ['CT'] }, layout: { rows: 1, cols: 1 }, viewports: [stack('A')], ...over,
});

describe('parseProtocolFile', () => {
  it('the shipped public/hanging-protocols.json is valid and every protocol can be arranged', () => {
    const r = parseProtocolFile(shipped);
    expect(r.errors).toEqual([]);
    expect(r.protocols.map((p) => p.id)).toEqual(['prior-current', 'petct', 'ct-perfusion', 'mr-dwi', 'mr-dsc', 'mr-dce', 'ct-mpr', 'single']);
  });

  it('a file that does not match the schema gives no protocols and names each problem by its path', () => {
    const r = parseProtocolFile({ version: 1, protocols: [{ ...proto({}), viewports: [{ ...stack('A'), view: 'volume' }] }] });
    expect(r.protocols).toEqual([]);
    expect(r.errors[0]).toMatch(/^protocols\.0\.viewports\.0\.view: /);
    expect(parseProtocolFile({ version: 2, protocols: [] }).errors[0]).toMatch(/^version: /);
    expect(parseProtocolFile('not json').errors).toEqual(['(file): Invalid input: expected object, received string']);
  });

  it('rejects an invalid description regex and unknown fields (a typo is not silently ignored)', () => {
    expect(parseProtocolFile({ version: 1, protocols: [proto({ viewports: [{ ...stack('A'), series: { description: '(' } }] })] }).errors[0]).toBe(
      'protocols.0.viewports.0.series.description: not a valid regular expression',
    );
    expect(parseProtocolFile({ version: 1, protocols: [proto({ viewports: [{ ...stack('A'), series: { modalty: 'CT' } as never }] })] }).errors[0]).toMatch(/modalty/);
  });

  it('leaves out, one by one, a protocol the viewer cannot arrange and a repeated id', () => {
    const r = parseProtocolFile({ version: 1, protocols: [proto({}), proto({ id: 'y', layout: { rows: 3, cols: 3 } }), proto({})] });
    expect(r.protocols.map((p) => p.id)).toEqual(['x']);
    expect(r.errors).toEqual(['protocols.1 (y): stack viewports are shown on a 1x1, 1x2, 1x3 or 2x2 grid, not 3x3', 'protocols.2: the id x is used twice']);
  });
});

describe('arrangementOf', () => {
  it('stacks on 1×1, 1×2, 1×3 and 2×2 grids; more viewports than cells is refused', () => {
    expect(arrangementOf(proto({ layout: { rows: 1, cols: 3 }, viewports: [stack('A'), stack('B')] }))).toEqual({ layout: '1x3' });
    expect(arrangementOf(proto({ layout: { rows: 1, cols: 2 }, viewports: [stack('A'), stack('B'), stack('C')] }))).toEqual({ error: '3 viewports do not fit a 1x2 grid' });
  });

  it('MPR needs axial, sagittal, coronal of one series rule', () => {
    const v = (view: 'axial' | 'sagittal' | 'coronal', modality = 'CT') => ({ label: view, series: { modality }, view });
    expect(arrangementOf(proto({ layout: { rows: 2, cols: 2 }, viewports: [v('axial'), v('sagittal'), v('coronal')] }))).toEqual({ layout: 'mpr' });
    expect(arrangementOf(proto({ layout: { rows: 2, cols: 2 }, viewports: [v('axial'), v('sagittal', 'MR'), v('coronal')] }))).toHaveProperty('error');
  });

  it('PET/CT needs the overlay rule and the four panes in order', () => {
    const ok = (parseProtocolFile(shipped).protocols.find((p) => p.id === 'petct'))!;
    expect(arrangementOf(ok)).toEqual({ layout: 'fusion' });
    expect(arrangementOf({ ...ok, viewports: [ok.viewports[1], ok.viewports[0], ok.viewports[2], ok.viewports[3]] })).toHaveProperty('error');
    const { overlay: _o, ...noOverlay } = ok.viewports[1];
    expect(arrangementOf({ ...ok, viewports: [ok.viewports[0], noOverlay, ok.viewports[2], ok.viewports[3]] })).toEqual({
      error: 'the fusion viewport needs an "overlay" rule (the PET laid over the CT)',
    });
  });

  it('prior | current is 1×2, prior then current, and requires a prior', () => {
    const pc = { layout: { rows: 1, cols: 2 }, viewports: [{ ...stack('P'), timepoint: 'prior' as const }, { ...stack('C'), timepoint: 'current' as const }] };
    expect(arrangementOf(proto({ ...pc, match: { modalities: ['CT'], prior: true } }))).toEqual({ layout: 'compare' });
    expect(arrangementOf(proto(pc))).toEqual({ error: 'a prior | current protocol needs "match": { "prior": true }' });
  });
});
