import { syntheticCohort } from '../bench/syntheticCohort';
import { memberFromJson } from '../model/memberFromJson';
import { selectCohort } from '../model/selectCohort';
import { viewSpecs } from '../model/viewSpecs';
import { renderPlot } from './plotRenderer';

let warm: Promise<void> | null = null;

/**
 * Runs the view's whole path once on a 40-patient synthetic cohort (assess, buildCohort, specs,
 * Vega compile and render in the plot worker, which this starts), off screen, when the view opens: the first real cohort then finds the
 * code compiled (cold, the first 200-patient view took 2–3× a warm one). Once per page.
 */
export function warmUp(): Promise<void> {
  warm ??= (async () => {
    await new Promise((r) => setTimeout(r, 0));
    const view = selectCohort(syntheticCohort(40).map((t, i) => ({ ...memberFromJson(t, ''), id: i + 1, label: `W${i + 1}` })), 'recist1.1');
    const specs = viewSpecs(view.stats, { theme: 'dark', width: 300, quantity: 'Sum of diameters', unit: 'mm' });
    await Promise.all([renderPlot(specs.waterfall), renderPlot(specs.swimmer)]);
  })().catch(() => undefined);
  return warm;
}
