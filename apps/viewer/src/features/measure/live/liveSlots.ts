/**
 * A small ring of result slots in a SharedArrayBuffer. The engine worker publishes each live result
 * there as well as replying by message, so the main thread can take it inside the very frame that
 * draws the edited shape (a message would wait behind that frame's input, animation-frame and paint
 * work). Each slot is a seqlock: the writer makes the sequence odd while writing, even when done;
 * a reader that sees it change, or odd, treats the slot as empty and waits for the message.
 * Layout per slot: Int32 [sequence, requestId, byteLength] then the JSON bytes of {k: key, v: value}.
 */
export const LIVE_SLOTS = 8;
export const LIVE_SLOT_BYTES = 64 * 1024;
const HEADER_BYTES = 16;
const STRIDE = HEADER_BYTES + LIVE_SLOT_BYTES;

/** The shared buffer, or null where memory cannot be shared (page not cross-origin isolated). */
export function createLiveSlots(): SharedArrayBuffer | null {
  if (typeof SharedArrayBuffer === 'undefined' || (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === false) return null;
  return new SharedArrayBuffer(LIVE_SLOTS * STRIDE);
}

/** Slot of a key (a live channel): one channel always uses the same slot, newer results overwrite older. */
function slotOf(key: string): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return (h >>> 0) % LIVE_SLOTS;
}

const header = (sab: SharedArrayBuffer, slot: number) => new Int32Array(sab, slot * STRIDE, 3);
const body = (sab: SharedArrayBuffer, slot: number) => new Uint8Array(sab, slot * STRIDE + HEADER_BYTES, LIVE_SLOT_BYTES);

/** Writer (worker): publishes `value` for request `requestId` of channel `key`; false if it does not fit. */
export function publishLive(sab: SharedArrayBuffer, key: string, requestId: number, value: unknown): boolean {
  const bytes = new TextEncoder().encode(JSON.stringify({ k: key, v: value }));
  if (bytes.length > LIVE_SLOT_BYTES) return false;
  const slot = slotOf(key);
  const h = header(sab, slot);
  Atomics.add(h, 0, 1); // odd: writing
  body(sab, slot).set(bytes);
  Atomics.store(h, 1, requestId);
  Atomics.store(h, 2, bytes.length);
  Atomics.add(h, 0, 1); // even: complete
  return true;
}

/** Reader (main thread): the value published for exactly this key and request, or undefined. */
export function takeLive<T>(sab: SharedArrayBuffer, key: string, requestId: number): T | undefined {
  const slot = slotOf(key);
  const h = header(sab, slot);
  const seq = Atomics.load(h, 0);
  if (seq % 2 === 1 || Atomics.load(h, 1) !== requestId) return undefined;
  const len = Atomics.load(h, 2);
  const copy = body(sab, slot).slice(0, len); // a private copy: TextDecoder does not read shared memory
  if (Atomics.load(h, 0) !== seq) return undefined; // rewritten while copying
  const msg = JSON.parse(new TextDecoder().decode(copy)) as { k: string; v: T };
  return msg.k === key ? msg.v : undefined;
}
