import { useStore } from 'zustand';
import type { OidcConfig } from '../loading/sources/dicomWebSettings';
import { signIn, signInStore, signOut } from './oidcSession';

/** OpenID Connect part of the DICOMweb dialog: provider, client, scope, sign-in state. */
export function SignInFields({ config, url, onChange, onSignIn }: { config: OidcConfig; url: string; onChange: (c: OidcConfig) => void; onSignIn: () => void }) {
  const status = useStore(signInStore);
  const signedIn = status.state === 'signed-in';
  return (
    <fieldset className="signin" data-testid="oidc-fields">
      <label title="The identity provider's issuer URL (its /.well-known/openid-configuration is read from there)">
        Issuer URL
        <input data-testid="oidc-issuer" value={config.issuer} placeholder="https://login.example.org/realms/hospital" onChange={(e) => onChange({ ...config, issuer: e.target.value })} />
      </label>
      <label title="The public client registered for Caliper (authorization code + PKCE; redirect URI = this page's URL)">
        Client id
        <input data-testid="oidc-client-id" value={config.clientId} onChange={(e) => onChange({ ...config, clientId: e.target.value })} />
      </label>
      <label title="offline_access asks for a refresh token, so the session is renewed without a new sign-in">
        Scope
        <input data-testid="oidc-scope" value={config.scope} onChange={(e) => onChange({ ...config, scope: e.target.value })} />
      </label>
      <div className="row">
        {/* signIn opens the pop-up synchronously: nothing may be awaited before it in this handler. */}
        <button
          data-testid="oidc-sign-in"
          onClick={() => {
            onSignIn();
            void signIn(config, url);
          }}
          title="Sign in at the identity provider in a pop-up window"
        >
          {status.state === 'expired' ? 'Sign in again' : 'Sign in'}
        </button>
        <button data-testid="oidc-sign-out" disabled={!signedIn} onClick={() => void signOut()} title="Revoke the tokens and forget them">
          Sign out
        </button>
      </div>
      <p data-testid="oidc-status" data-state={status.state} role="status" className={status.state === 'failed' || status.state === 'expired' ? 'error-reason' : 'muted'}>
        {status.message || 'Not signed in.'}
      </p>
    </fieldset>
  );
}
