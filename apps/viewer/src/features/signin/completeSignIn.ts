import { UserManager } from 'oidc-client-ts';

/**
 * Runs in the sign-in window when the identity provider sends it back to the app: hands the
 * authorization response to the tab that started sign-in (postMessage, or a BroadcastChannel when
 * the Cross-Origin-Opener-Policy has cut the window's opener) and closes. The code is exchanged by
 * that tab, which holds the PKCE verifier; nothing is stored here.
 */
export async function completeSignIn(root: HTMLElement): Promise<void> {
  root.textContent = 'Signing in…';
  try {
    // Only the callback is used: authority and client id are not consulted by it.
    await new UserManager({ authority: location.origin, client_id: 'caliper', redirect_uri: location.href }).signinPopupCallback(location.href);
    root.textContent = 'Signed in. You can close this window.';
  } catch (e) {
    root.textContent = `Sign-in could not be completed: ${e instanceof Error ? e.message : String(e)}`;
  }
}
