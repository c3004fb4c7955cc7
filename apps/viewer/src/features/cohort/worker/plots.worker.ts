// The cohort view's plot worker: only wires packages/board's tested renderSvg to comlink, so Vega's
// compile and render of a 200-patient cohort run beside the main thread's table, not before it.
import './canvasShim';
import * as Comlink from 'comlink';
import { renderSvg } from '@caliper/board/render/renderSvg';

Comlink.expose({ renderSvg });
