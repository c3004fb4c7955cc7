// The viewer's one long-lived engine worker: only wires the tested createMeasureApi() to comlink,
// plus the life lock by which the main thread sees it die (workerLife.ts).
import * as Comlink from 'comlink';
import { createDceApi } from './createDceApi';
import { createMeasureApi } from './createMeasureApi';
import { createWorkerLife } from './workerLife';

Comlink.expose({ ...createMeasureApi(), ...createDceApi(), ...createWorkerLife(self) });
