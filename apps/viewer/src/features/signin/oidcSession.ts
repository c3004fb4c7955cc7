import { InMemoryWebStorage, UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { createStore } from 'zustand/vanilla';
import type { OidcConfig } from '../loading/sources/dicomWebSettings';
import { explainSignInError } from './explainSignInError';
import { renewDelayMs } from './renewDelay';

export type SignInState = 'signed-out' | 'signing-in' | 'signed-in' | 'expired' | 'failed';

/** What the DICOMweb dialog shows about sign-in. Never holds a token. */
export interface SignInStatus {
  readonly state: SignInState;
  readonly message: string;
  /** The DICOMweb origin the token is bound to while signed in. */
  readonly origin: string;
}

export const signInStore = createStore<SignInStatus>(() => ({ state: 'signed-out', message: '', origin: '' }));

// The session lives in this module only: tokens are never written to localStorage or
// sessionStorage (a reload signs out). Only the PKCE verifier and state of a sign-in in progress
// go to sessionStorage (this tab), where oidc-client-ts needs them when the response comes back.
let manager: UserManager | null = null;
let user: User | null = null;
let issuer = '';
let renewTimer: ReturnType<typeof setTimeout> | undefined;
/** Which sign-in attempt is current: a pop-up the reader abandoned may still answer later. */
let attempt = 0;

const originOf = (url: string): string => {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
};

/** The app is its own redirect URI (see isSignInCallback). */
export const redirectUri = (): string => `${location.origin}${location.pathname}`;

function managerFor(config: OidcConfig): UserManager {
  return new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    scope: config.scope,
    response_type: 'code',
    redirect_uri: redirectUri(),
    popup_redirect_uri: redirectUri(),
    popupWindowFeatures: { width: 520, height: 680 },
    automaticSilentRenew: false, // renewed here, at a share of each token's own lifetime (renewDelay)
    monitorSession: false,
    loadUserInfo: false, // the access token goes to the DICOMweb server only
    requestTimeoutInSeconds: 20,
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: sessionStorage }),
  });
}

const set = (s: Partial<SignInStatus>) => signInStore.setState(s);

/**
 * The access token to send to `url`, or '' when signed out, expired, or `url` is not on the
 * DICOMweb origin the sign-in was made for (a token is sent only to its server).
 */
export function accessTokenFor(url: string): string {
  const origin = signInStore.getState().origin;
  if (!user || user.expired || !origin || originOf(url) !== origin) return '';
  return user.access_token;
}

function schedule(u: User): void {
  clearTimeout(renewTimer);
  renewTimer = setTimeout(() => void renew(), renewDelayMs(u.expires_in));
}

function lost(reason: string): void {
  clearTimeout(renewTimer);
  user = null;
  set({
    state: 'expired',
    message: `Your sign-in expired and could not be renewed: ${reason} Sign in again; the studies and reading already open stay as they are.`,
  });
}

/** Refresh-token grant (RFC 6749 §6) before the access token expires. */
export async function renew(): Promise<void> {
  if (!manager || !user) return;
  if (!user.refresh_token) return lost('the identity provider issued no refresh token (ask for the offline_access scope).');
  const mine = attempt;
  try {
    const next = await manager.signinSilent();
    if (mine !== attempt) return; // signed out or in again meanwhile
    if (!next) return lost('the identity provider returned no token.');
    user = next;
    set({ state: 'signed-in', message: `Signed in; the session is renewed automatically.` });
    schedule(next);
  } catch (e) {
    if (mine === attempt) lost(explainSignInError(e, issuer));
  }
}

/** Renews first when the token has less than 5 s left (a tab woken from sleep missed its timer). */
export async function ensureFreshToken(): Promise<void> {
  if (user && (user.expires_in ?? 0) < 5) await renew();
}

/**
 * Authorization code + PKCE (RFC 7636) in a pop-up window, so nothing open in this tab is lost.
 * Call from the click handler itself: browsers allow a pop-up only from a user gesture.
 */
export async function signIn(config: OidcConfig, dicomWebUrl: string): Promise<void> {
  const origin = originOf(dicomWebUrl);
  if (!/^https?:\/\//.test(config.issuer) || !originOf(config.issuer)) return void set({ state: 'failed', message: 'Sign-in needs the identity provider’s issuer URL (https://…).' });
  if (!config.clientId) return void set({ state: 'failed', message: 'Sign-in needs the client id registered for Caliper at the identity provider.' });
  if (!origin) return void set({ state: 'failed', message: 'Sign-in needs the DICOMweb server URL first: the token is sent to that server only.' });
  clearTimeout(renewTimer);
  user = null;
  issuer = config.issuer;
  const mine = ++attempt;
  const m = (manager = managerFor(config));
  // With Cross-Origin-Opener-Policy the tab cannot see the pop-up close, so a closed pop-up is not
  // detected: the reader presses Sign in again, and the abandoned attempt is ignored if it answers.
  set({ state: 'signing-in', message: 'Signing in: finish in the sign-in window (closed it? press Sign in again).', origin });
  try {
    const u = await m.signinPopup();
    if (mine !== attempt) return;
    user = u;
    set({ state: 'signed-in', message: `Signed in${u.profile.sub ? ` as ${u.profile.sub}` : ''}; the session is renewed automatically.` });
    schedule(u);
  } catch (e) {
    if (mine === attempt) set({ state: 'failed', message: explainSignInError(e, config.issuer), origin: '' });
  }
}

/** Revokes both tokens at the provider (RFC 7009) and forgets them here. */
export async function signOut(): Promise<void> {
  clearTimeout(renewTimer);
  attempt++;
  let note = '';
  if (manager && user) {
    try {
      await manager.revokeTokens(['access_token', 'refresh_token']);
    } catch (e) {
      note = ` The identity provider could not be told (${explainSignInError(e, issuer)}); the tokens lapse at their expiry.`;
    }
    await manager.removeUser();
  }
  user = null;
  set({ state: 'signed-out', origin: '', message: `Signed out: the DICOMweb server will refuse requests until you sign in again.${note}` });
}
