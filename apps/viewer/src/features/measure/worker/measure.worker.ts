// The viewer's one long-lived engine worker: only wires the tested createMeasureApi() to comlink.
import * as Comlink from 'comlink';
import { createMeasureApi } from './createMeasureApi';

Comlink.expose(createMeasureApi());
