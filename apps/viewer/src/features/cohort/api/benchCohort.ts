import { appStore } from '../../../app/store';
import { syntheticCohort } from '../bench/syntheticCohort';
import { memberFromJson } from '../model/memberFromJson';
import { timings } from '../service/timings';
import { openCohort } from '../service/openCohort';
import { warmUp } from '../service/warmUp';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function shown(timeoutMs = 30_000): Promise<number> {
  const t0 = performance.now();
  while (timings.shownMs === null) {
    if (performance.now() - t0 > timeoutMs) throw new Error('the cohort plots were not shown in time');
    await new Promise((r) => setTimeout(r, 5));
  }
  return timings.shownMs;
}

/**
 * In-browser cohort benchmark: `n` synthetic patients (timeline documents) replace the cohort,
 * `repeats` times, once the view is open and warmed up; each run is timed from the store change to both plots' SVG in the page
 * (assessing every patient, buildCohort, specs, Vega compile + render, React commit).
 */
export async function benchCohort(n: number, repeats: number): Promise<{ n: number; repeats: number; medianShownMs: number; medianBuildMs: number; medianSpecsMs: number; medianSvgMs: number; renderer: string | null; runs: number[] }> {
  const docs = syntheticCohort(n);
  openCohort();
  // As when a user opens the view and then picks the files: the warm-up the view starts has run.
  await warmUp();
  const runs: number[] = [], build: number[] = [], specs: number[] = [], svg: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const s = appStore.getState();
    s.clearCohort();
    await new Promise((res) => setTimeout(res, 50));
    s.addCohortMembers(docs.map((d, i) => memberFromJson(structuredClone(d), `synthetic ${i + 1}`)));
    runs.push(await shown());
    build.push(timings.buildMs);
    specs.push(timings.specsMs);
    svg.push(timings.svgMs);
  }
  return { n, repeats, medianShownMs: median(runs), medianBuildMs: median(build), medianSpecsMs: median(specs), medianSvgMs: median(svg), renderer: timings.renderer, runs };
}
