import { csvCell } from '@caliper/core';
import type { LesionRadiomics } from '@caliper/report';

/** RFC 4180 field; a lesion name from an SR cannot start a spreadsheet formula (core csvCell). */
const csvField = (s: string): string => csvCell(s);

/** What an export names besides the features: the lesion it belongs to. */
export interface ExportLesion {
  readonly id: string;
  readonly name: string;
}

/**
 * `caliper radiomics --csv`'s table (header `key,family,feature,aggregation,value`, one row per
 * feature in IBSI order, values in full precision, empty = undefined), preceded by `#` comment
 * lines recording the Caliper version, lesion, series and unit and the resolved settings (JSON), so
 * the file says how it was made; `read.csv(comment.char = "#")` / `pandas.read_csv(comment="#")` skip them.
 */
export function radiomicsCsv(r: LesionRadiomics, lesion: ExportLesion): string {
  const rows = [
    `# Caliper ${r.caliperVersion} IBSI-1 radiomics, computed ${r.computedAt}`,
    `# lesion ${lesion.name.replace(/[\r\n]/g, ' ')} (${lesion.id}); series ${r.seriesInstanceUID} (${r.modality ?? '?'}, ${r.unit}); ROI ${r.roi.morphologicalVoxels} morphological / ${r.roi.intensityVoxels} intensity voxels`,
    `# config ${JSON.stringify(r.settings)}`,
    'key,family,feature,aggregation,value',
  ];
  for (const f of r.features) rows.push([f.key, f.family ?? '', f.name, f.aggregation ?? '', f.value === null ? '' : String(f.value)].map(csvField).join(','));
  return rows.join('\n') + '\n';
}

/** The JSON document of an export: `caliper radiomics --json`'s keys plus the Caliper version, lesion and time. */
export interface RadiomicsJson {
  readonly series: string;
  readonly modality: string | null;
  readonly unit: string;
  readonly config: Readonly<Record<string, unknown>>;
  readonly roi: LesionRadiomics['roi'];
  readonly features: Readonly<Record<string, { name: string; family?: string; aggregation?: string; value: number | null; unit: string }>>;
  readonly caliperVersion: string;
  readonly computedAt: string;
  readonly lesion: ExportLesion;
}

/** `caliper radiomics --json`'s document (series, modality, unit, config, roi, features keyed as the CLI keys them) with the Caliper version, time and lesion; each feature also carries its display unit. */
export function radiomicsJson(r: LesionRadiomics, lesion: ExportLesion): RadiomicsJson {
  const features: Record<string, RadiomicsJson['features'][string]> = {};
  for (const f of r.features) features[f.key] = { name: f.name, ...(f.family ? { family: f.family } : {}), ...(f.aggregation ? { aggregation: f.aggregation } : {}), value: f.value, unit: f.unit };
  return {
    series: r.seriesInstanceUID, modality: r.modality ?? null, unit: r.unit, config: r.settings, roi: r.roi, features,
    caliperVersion: r.caliperVersion, computedAt: r.computedAt, lesion: { id: lesion.id, name: lesion.name },
  };
}
