import type { PhantomConfig } from '../config';
import { generatePhantomSet } from '../generatePhantomSet';
import type { PhantomSet } from '../generatePhantomSet';

export async function generateInMemory(config: PhantomConfig): Promise<{ files: Map<string, Uint8Array>; set: PhantomSet }> {
  const files = new Map<string, Uint8Array>();
  const set = await generatePhantomSet(config, (p, b) => files.set(p, b));
  return { files, set };
}
