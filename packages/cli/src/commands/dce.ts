import { readFileSync } from 'node:fs';
import { log, printJson } from '../command';
import { fitReferenceCurve } from '../dce/fitReferenceCurve';
import { DCE_USAGE, parseDceArgs } from '../dce/parseDceArgs';
import { parseCurvesCsv } from '../dce/parseCurvesCsv';
import { runDceSeries } from '../dce/runDceSeries';

/**
 * `caliper dce`: tracer-kinetic fit (Tofts, extended Tofts, Patlak) of a dynamic T1-weighted SPGR
 * series over ROIs and/or as parametric maps, or of reference curves (--curves). With --json exactly
 * one JSON document on stdout. Exit 0 success, 1 unusable input ({"error"} with the contract's
 * phrase), 2 bad usage. Never throws.
 */
export async function run(argv: string[]): Promise<number> {
  const parsed = parseDceArgs(argv);
  if (!parsed.ok) {
    log(`caliper dce: ${parsed.error.message}\n${DCE_USAGE}`);
    if (parsed.error.json) printJson({ error: parsed.error.message });
    return 2;
  }
  const args = parsed.value;
  const fail = (error: string, details: Record<string, unknown> = {}): number => {
    if (args.json) printJson({ error, ...details });
    log(`caliper dce: ${error}`);
    return 1;
  };
  try {
    if (args.curves !== undefined) {
      let text: string;
      try {
        text = readFileSync(args.curves, 'utf8');
      } catch (e) {
        return fail(`cannot read ${args.curves}: ${e instanceof Error ? e.message : String(e)}`);
      }
      const curves = parseCurvesCsv(text);
      if (!curves.ok) return fail(curves.error);
      const rows = curves.value.map((c) => fitReferenceCurve(c, args.model));
      if (args.json) printJson({ model: args.model, curves: rows });
      else for (const r of rows) process.stdout.write(`${r.curve}\tKtrans ${r.ktransPerMin.toFixed(4)} /min\tkep ${fmt(r.kepPerMin)} /min\tve ${fmt(r.ve)}\tvp ${fmt(r.vp)}\tresidual ${r.residualMm.toFixed(4)} mM\n`);
      return 0;
    }
    const r = await runDceSeries(args);
    if (!r.ok) return fail(r.error.reason, r.error.series ? { series: r.error.series } : {});
    if (args.json) printJson(r.doc);
    else process.stdout.write(formatText(r.doc));
    return 0;
  } catch (e) {
    return fail(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}

const fmt = (x: number | null | undefined, d = 4) => (x === null || x === undefined ? '-' : x.toFixed(d));

function formatText(doc: Record<string, unknown>): string {
  const rois = doc.rois as { roi: string; voxelCount: number; fittedVoxels: number; ktransPerMin: { mean: number } | null; kepPerMin: { mean: number } | null; ve: { mean: number } | null; vp: { mean: number } | null; curve: { type: string | null; ttpS: number } }[];
  const lines = [
    `series    ${doc.series} (${doc.phases} phases, times from ${doc.timeSource})`,
    `model     ${doc.model}, AIF ${(doc.aif as { type: string }).type}, bolus arrival ${doc.bolusArrivalS} s (${doc.baselinePhases} baseline phases)`,
    ...rois.map((r) => `ROI ${r.roi}: ${r.fittedVoxels}/${r.voxelCount} voxels fitted  Ktrans ${fmt(r.ktransPerMin?.mean)} /min  kep ${fmt(r.kepPerMin?.mean)} /min  ve ${fmt(r.ve?.mean)}  vp ${fmt(r.vp?.mean)}  TTP ${r.curve.ttpS.toFixed(1)} s  type ${r.curve.type ?? '-'}`),
    ...(doc.maps as { parameter: string; dir: string; files: number }[]).map((m) => `map ${m.parameter}: ${m.files} files in ${m.dir}`),
  ];
  return lines.join('\n') + '\n';
}
