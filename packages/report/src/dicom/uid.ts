/** DICOM UIDs under the UUID-derived root 2.25 (PS3.5 B.2): no registered org root needed. */
export function uuidToUid(uuid: string): string {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) throw new Error(`not a UUID: ${uuid}`);
  return `2.25.${BigInt(`0x${hex}`).toString(10)}`;
}

/** Inverse of uuidToUid; undefined when the UID is not a 2.25 UUID-derived UID. */
export function uidToUuid(uid: string): string | undefined {
  const m = /^2\.25\.(0|[1-9][0-9]{0,38})$/.exec(uid);
  if (m === null) return undefined;
  const n = BigInt(m[1]);
  if (n >= 1n << 128n) return undefined;
  const hex = n.toString(16).padStart(32, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function newUid(): string {
  return uuidToUid(crypto.randomUUID());
}
