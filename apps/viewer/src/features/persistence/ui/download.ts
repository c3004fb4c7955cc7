/** Offer bytes (or text, or a Blob) as a file download. */
export function downloadBytes(name: string, type: string, bytes: Uint8Array | string | Blob): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer> | string | Blob], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
