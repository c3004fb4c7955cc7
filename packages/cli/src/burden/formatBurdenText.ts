import type { BurdenReport } from './burdenReport';

/** The human-readable table printed without --json. */
export function formatBurdenText(r: BurdenReport): string {
  const f = (x: number | null, d = 2) => (x === null ? '-' : x.toFixed(d));
  const lines = [
    `series     ${r.series}`,
    `tracer     ${r.tracer.name ?? '-'} (${r.tracer.nuclide ?? '?'}, half-life ${f(r.tracer.halfLifeS, 1)} s)`,
    `method     ${r.method}: SUVbw >= ${f(r.thresholdSuv, 3)}, min volume ${r.minVolumeMl} mL`,
    `exclusion  ${r.exclusion.source}: ${r.exclusion.voxelCount} voxels${r.exclusion.organs.length ? ` (${r.exclusion.organs.join(', ')})` : ''}`,
    '',
    ['id', 'voxels', 'mL', 'SUVmax', 'SUVpeak', 'SUVmean', 'TLG', 'centroid mm (LPS)'].map((h) => h.padEnd(9)).join(' '),
    ...r.lesions.map((l) =>
      [String(l.id), String(l.voxelCount), f(l.volumeMl), f(l.suvMax), f(l.suvPeak), f(l.suvMean), f(l.tlg, 1)].map((s) => s.padEnd(9)).join(' ') + ' ' + l.centroidMm.map((x) => x.toFixed(1)).join(', '),
    ),
    '',
    `lesions ${r.totals.lesionCount}   TMTV ${f(r.totals.tmtvMl)} mL   TLG ${f(r.totals.tlg, 1)} SUVbw·mL   Dmax ${f(r.totals.dmaxMm, 1)} mm   SDmax ${f(r.totals.sdmaxPerM, 3)} m⁻¹`,
    `reference  liver SUL mean ${f(r.reference.liverSulMean, 3)} sd ${f(r.reference.liverSulSd, 3)}   mediastinum SUVbw mean ${f(r.reference.mediastinumSuvMean, 3)}`,
    ...r.tracer.warnings.map((w) => `warning: ${w}`),
    ...r.notes.map((n) => `note: ${n}`),
  ];
  return lines.join('\n') + '\n';
}
