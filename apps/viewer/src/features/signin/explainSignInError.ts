/**
 * A message the reader can act on for a failed sign-in or renewal. `e` is what oidc-client-ts
 * threw: an ErrorResponse (the provider answered with an OAuth error, e.g. access_denied, RFC 6749
 * §4.1.2.1 / §5.2), a network failure (provider down, wrong issuer URL, or CORS refused for this
 * app's origin), a timeout, or the sign-in window closed or blocked.
 */
export function explainSignInError(e: unknown, issuer: string): string {
  const o = (typeof e === 'object' && e !== null ? e : {}) as { name?: unknown; error?: unknown; error_description?: unknown; message?: unknown };
  const message = typeof o.message === 'string' ? o.message : String(e);
  if (o.name === 'ErrorResponse' && typeof o.error === 'string') {
    const why = typeof o.error_description === 'string' && o.error_description ? ` (${o.error_description})` : '';
    if (o.error === 'access_denied') return `Sign-in was refused by the identity provider: access_denied${why}.`;
    if (o.error === 'invalid_grant') return `The identity provider no longer accepts this session: invalid_grant${why}.`;
    return `The identity provider answered with an error: ${o.error}${why}.`;
  }
  if (o.name === 'ErrorTimeout') return `The identity provider at ${issuer} did not answer in time.`;
  if (/popup closed|window navigation aborted/i.test(message)) return 'The sign-in window was closed before sign-in finished.';
  if (/popup blocked|window\.open|disposed window/i.test(message)) return 'The sign-in window could not be opened: allow pop-ups for this site and try again.';
  if (/network|failed to fetch|load failed|fetch/i.test(message))
    return `The identity provider at ${issuer} could not be reached (down, wrong issuer URL, or it does not allow this app's origin).`;
  return `Sign-in failed: ${message}`;
}
