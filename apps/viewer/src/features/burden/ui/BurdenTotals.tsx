import type { BurdenTotals as Totals } from '@caliper/engine';
import { fmt } from './format';

/** Totals of the kept lesions, each with its unit and (on hover) how it is computed. */
export function BurdenTotals({ totals, psma, method }: { totals: Totals; psma: boolean; method: string }) {
  const rows: [string, string, string, string][] = [
    ['lesions', 'Lesions', String(totals.lesionCount), `26-connected components above the ${method} threshold, outside the excluded voxels`],
    ['tmtv', psma ? 'PSMA-TV' : 'TMTV', `${fmt(totals.tmtvMl, 2)} mL`, `sum of the lesion volumes (voxel count × voxel volume), method ${method}`],
    ['tlg', psma ? 'TL-PSMA' : 'TLG', `${fmt(totals.tlg, 1)} SUVbw·mL`, `sum over the lesions of SUVmean × volume, method ${method}`],
    ['dmax', 'Dmax', `${fmt(totals.dmaxMm, 1)} mm`, 'largest distance between two lesion centroids (Cottereau et al., J Nucl Med 2020); 0 below 2 lesions'],
    ['sdmax', 'SDmax', totals.sdmaxPerM === null ? '— (no weight/height)' : `${fmt(totals.sdmaxPerM, 4)} m⁻¹`, 'Dmax (m) / body surface area (Du Bois, m²); needs PatientWeight and PatientSize'],
  ];
  return (
    <dl className="totals" aria-label="Burden totals">
      {rows.map(([key, label, value, how]) => (
        <div key={key} style={{ display: 'contents' }} title={how}>
          <dt>{label}</dt>
          <dd data-total={key}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
