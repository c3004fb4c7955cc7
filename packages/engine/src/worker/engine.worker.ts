// The engine's Web Worker: only wires the tested createEngineApi() to comlink.
import * as Comlink from 'comlink';
import { createEngineApi } from './createEngineApi';

Comlink.expose(createEngineApi());
