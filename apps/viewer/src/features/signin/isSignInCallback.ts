/**
 * Whether this page load is the identity provider sending the sign-in window back to the app
 * (the authorization response of RFC 6749 §4.1.2: `state` with `code`, or with `error`). The app
 * is its own redirect URI (static hosting needs no other page): such a load only hands the
 * response to the tab that started sign-in and does not start the viewer.
 */
export function isSignInCallback(search: string): boolean {
  const q = new URLSearchParams(search);
  return q.has('state') && (q.has('code') || q.has('error'));
}
