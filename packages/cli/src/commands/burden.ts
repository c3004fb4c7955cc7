import type { Volume } from '@caliper/core';
import { computeBurden, computeBurdenThreshold, measureBloodPool, measureLiverReference } from '@caliper/engine';
import type { LiverReference } from '@caliper/engine';
import { log, printJson } from '../command';
import { bodyMeasures } from '../burden/bodyMeasures';
import { buildExclusion } from '../burden/buildExclusion';
import type { BurdenReport } from '../burden/burdenReport';
import { formatBurdenText } from '../burden/formatBurdenText';
import { loadPetSeries } from '../burden/loadPetSeries';
import { parseBurdenArgs } from '../burden/parseBurdenArgs';
import { loadVolume } from '../roi/loadVolume';
import { prepareMaskFile } from '../roi/maskFileBytes';

const USAGE = [
  'usage: caliper burden <pet-series-path...> --method suv2.5|suv4|pct41|percist|psma-suv3|psma-liver [--json]',
  '       [--ct <ct-series...>] [--min-volume-ml <mL>] [--exclude <seg.dcm|mask.nii.gz>|auto]',
  '       [--liver-center-mm x,y,z] [--blood-center-mm x,y,z]   reference regions, patient LPS mm',
  '       [--weight-kg <kg>] [--dose-bq <Bq>] [--injection <YYYYMMDDHHMMSS|ISO>]   PET SUV overrides',
].join('\n');

/**
 * `caliper burden`: whole-body PET tumour burden (issue 14) — lesions, TMTV/PSMA-TV, TLG, Dmax,
 * SDmax, liver and blood-pool references and the tracer. With --json exactly one JSON document on
 * stdout. Exit 0 on success; 1 when the input cannot be measured ({"error"}: no PET, SUV not
 * computable, liver sphere outside the image or not homogeneous, percist/psma-liver without a liver
 * reference, unreadable exclusion mask); 2 on bad usage (missing/unknown --method, unknown option).
 */
export async function run(argv: string[]): Promise<number> {
  const parsed = parseBurdenArgs(argv);
  const json = argv.includes('--json');
  const fail = (error: string, code = 1, details: Record<string, unknown> = {}): number => {
    if (json) printJson({ error, ...details });
    log(`caliper burden: ${error}`);
    return code;
  };
  if (!parsed.ok) {
    log(USAGE);
    return fail(parsed.error, 2);
  }
  const a = parsed.value;
  if (a.help) {
    log(USAGE);
    return 0;
  }
  try {
    const loaded = await loadPetSeries(a.petPaths, a.overrides);
    if (!loaded.ok) return fail(loaded.error.reason, 1, loaded.error.series ? { series: loaded.error.series } : {});
    const pet = loaded.value;
    for (const s of pet.skipped) log(`skipped ${s.file}: ${s.reason}`);
    const notes: string[] = [...pet.notes];
    const body = bodyMeasures(pet.tags, a.overrides);

    let liver: LiverReference | null = null;
    if (a.liverCenterMm) {
      const r = measureLiverReference(pet.volume, a.liverCenterMm);
      if (!r.ok) return fail(r.error);
      liver = r.value;
      notes.push(`liver sphere: ${liver.voxelCount} voxels, SUVbw mean ${liver.mean.toFixed(4)}, SD ${liver.sd.toFixed(4)}, CV ${liver.cv.toFixed(3)}`);
      if (body.sulPerSuvbw === null) notes.push('liver SUL null: PatientSize or PatientSex (M/F) missing (SUL uses the Janmahasatian lean body mass)');
    } else notes.push('liver reference null: no --liver-center-mm');
    const blood = a.bloodCenterMm ? measureBloodPool(pet.volume, a.bloodCenterMm) : null;
    if (!a.bloodCenterMm) notes.push('mediastinal blood pool null: no --blood-center-mm');
    else if (!blood) notes.push('mediastinal blood pool null: the cylinder holds no voxel centre of the image');
    else notes.push(`blood-pool cylinder: ${blood.voxelCount} voxels, SUVbw mean ${blood.mean.toFixed(4)}`);

    const threshold = computeBurdenThreshold(a.method, liver);
    if (!threshold.ok) return fail(`${threshold.error}: give --liver-center-mm x,y,z`);

    let ct: Volume | null = null;
    if (a.ctPaths.length) {
      const c = await loadVolume(a.ctPaths);
      if (!c.ok) return fail(`--ct: ${c.error.reason}`, 1, c.error.series ? { series: c.error.series } : {});
      if (c.value.volume.unit !== 'HU') return fail(`--ct: ${c.value.seriesLabel} is not a CT series (unit ${c.value.volume.unit})`);
      ct = c.value.volume;
    }
    const preparedExclusion = a.exclude !== null && a.exclude !== 'auto' ? await prepareMaskFile(a.exclude) : undefined;
    if (preparedExclusion) return fail(`unreadable exclusion mask ${preparedExclusion}`);
    const exclusion = buildExclusion(a.exclude, pet.volume, pet.tracer, a.method, threshold.value, ct);
    if (!exclusion.ok) return fail(exclusion.error);
    notes.push(...exclusion.value.notes);

    const burden = computeBurden(pet.volume, { method: a.method, exclude: exclusion.value.mask, minVolumeMl: a.minVolumeMl, liver, bsaM2: body.bsaM2 });
    if (!burden.ok) return fail(burden.error);
    if (burden.value.totals.sdmaxPerM === null) notes.push('SDmax null: PatientWeight or PatientSize missing (Du Bois BSA)');
    const report: BurdenReport = {
      series: pet.seriesLabel,
      unit: 'SUVbw',
      method: a.method,
      thresholdSuv: burden.value.thresholdSuv,
      minVolumeMl: a.minVolumeMl,
      tracer: pet.tracer,
      exclusion: exclusion.value.summary,
      lesions: burden.value.lesions,
      totals: burden.value.totals,
      reference: {
        liverSulMean: liver && body.sulPerSuvbw !== null ? liver.mean * body.sulPerSuvbw : null,
        liverSulSd: liver && body.sulPerSuvbw !== null ? liver.sd * body.sulPerSuvbw : null,
        mediastinumSuvMean: blood ? blood.mean : null,
      },
      notes,
    };
    for (const w of pet.tracer.warnings) log(`warning: ${w}`);
    if (json) printJson(report);
    else process.stdout.write(formatBurdenText(report));
    return 0;
  } catch (e) {
    return fail(`internal error: ${e instanceof Error ? e.message : String(e)}`);
  }
}
