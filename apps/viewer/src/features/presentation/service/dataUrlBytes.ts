/** Bytes of a base64 data URL (a key image's PNG/JPEG for the PDF). */
export const dataUrlBytes = (url: string): Uint8Array => Uint8Array.from(atob(url.slice(url.indexOf(',') + 1)), (c) => c.charCodeAt(0));
