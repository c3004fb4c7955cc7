/**
 * When to renew an access token that expires in `expiresInS` seconds: after three quarters of
 * what is left, so a short-lived token (minutes, as identity providers issue for PACS access) is
 * replaced well before a request could carry an expired one, and a long one is not renewed
 * needlessly. Never sooner than one second (no renewal storm when a provider issues tokens that
 * are already about to expire).
 */
export function renewDelayMs(expiresInS: number | undefined): number {
  if (expiresInS === undefined || !Number.isFinite(expiresInS)) return 60_000;
  return Math.max(1_000, Math.floor(expiresInS * 750));
}
