import { describe, expect, it } from 'vitest';
import { keyImageCaption } from '../keyImageCaption';
import { percentileWindow } from '../percentileWindow';
import { selectKeyTimepoints } from '../selectKeyTimepoints';
import { drawLineRgb } from '../drawLineRgb';

describe('selectKeyTimepoints', () => {
  const s = (...v: (number | null)[]) => v.map((value, t) => ({ date: `2026-0${t + 1}-01`, value }));
  it('baseline, nadir before the last timepoint, current', () => {
    expect(selectKeyTimepoints(s(50, 35, 42))).toEqual([
      { date: '2026-01-01', role: 'baseline' }, { date: '2026-02-01', role: 'nadir' }, { date: '2026-03-01', role: 'current' },
    ]);
    expect(selectKeyTimepoints(s(50, 40, 30, 20)).map((k) => k.date)).toEqual(['2026-01-01', '2026-03-01', '2026-04-01']); // the last is never the nadir
    expect(selectKeyTimepoints(s(50, 40, 40, 60))[1].date).toBe('2026-02-01'); // ties: the earliest
  });
  it('no nadir when it is the baseline; one or two timepoints', () => {
    expect(selectKeyTimepoints(s(50, 60, 70)).map((k) => k.role)).toEqual(['baseline', 'current']);
    expect(selectKeyTimepoints(s(50, 50, 70)).map((k) => k.role)).toEqual(['baseline', 'current']);
    expect(selectKeyTimepoints(s(50, null, 70)).map((k) => k.role)).toEqual(['baseline', 'current']);
    expect(selectKeyTimepoints(s(50, 40)).map((k) => k.role)).toEqual(['baseline', 'current']);
    expect(selectKeyTimepoints(s(50))).toEqual([{ date: '2026-01-01', role: 'baseline' }]);
    expect(selectKeyTimepoints([])).toEqual([]);
  });
});

describe('keyImageCaption', () => {
  it('lesion · role · date · long × short (no identifiers)', () => {
    expect(keyImageCaption('L1', 'baseline', '2026-01-12', 40, 25.94)).toBe('L1 · baseline · 2026-01-12 · 40.0 × 25.9 mm');
    expect(keyImageCaption('N1', 'current', '2026-05-04', 12)).toBe('N1 · current · 2026-05-04 · 12.0 mm');
    expect(keyImageCaption('T1', 'nadir', '2026-03-02', null, null)).toBe('T1 · nadir · 2026-03-02');
  });
});

describe('percentileWindow', () => {
  it('1st and 99th percentile (nearest rank)', () => {
    expect(percentileWindow(Array.from({ length: 100 }, (_, i) => i + 1))).toEqual({ low: 1, high: 99 });
    expect(percentileWindow([5, 5, 5])).toEqual({ low: 5, high: 6 });
    expect(percentileWindow([NaN, 2, 4], { lowPct: 0, highPct: 100 })).toEqual({ low: 2, high: 4 });
  });
});

describe('drawLineRgb', () => {
  it('colours the pixels within half the width of the segment, clipped to the raster', () => {
    const im = { width: 5, height: 5, rgb: new Uint8Array(75) };
    drawLineRgb(im, [-3, 2], [2, 2], { color: [255, 0, 0], widthPx: 1 });
    const red = [];
    for (let y = 0; y < 5; y++) for (let x = 0; x < 5; x++) if (im.rgb[3 * (y * 5 + x)] === 255) red.push([x, y]);
    expect(red).toEqual([[0, 2], [1, 2], [2, 2]]);
  });
});
