import { describe, expect, it } from 'vitest';
import * as Comlink from 'comlink';
import { createEngineApi } from '../createEngineApi';
import { createEngineClient } from '../client';
import { makeGeometry, makeVolume } from '../../testing/fixtures';

describe('createEngineClient over a MessageChannel (as with the worker)', () => {
  it('transfers the volume once, then measures by id', async () => {
    const { port1, port2 } = new MessageChannel();
    Comlink.expose(createEngineApi(), port1 as unknown as Comlink.Endpoint);
    const client = createEngineClient(port2 as unknown as Comlink.Endpoint);
    const data = new Float32Array(8).fill(2);
    await client.putVolume('pet', makeVolume(makeGeometry([2, 2, 2], [4, 4, 4]), data, 'SUVbw'));
    // transferred, not copied: the caller's buffer is detached
    expect(data.byteLength).toBe(0);
    const r = await client.measure('pet', { type: 'sphere', centerMm: [0, 0, 0], radiusMm: 4 }, { requestId: 7 });
    if (r.cancelled || !r.ok) throw new Error('expected a result');
    expect(r.value.result).toMatchObject({ voxelCount: 4, mean: 2, suv: { type: 'SUVbw', peak: 2 } });
    const shared = new Float32Array(new SharedArrayBuffer(32)).fill(1);
    await client.putVolume('s', makeVolume(makeGeometry([2, 2, 2]), shared, 'HU'));
    expect(shared.length).toBe(8);
    client.release();
    port1.close();
    port2.close();
  });
});
