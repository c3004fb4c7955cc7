import { describe, expect, it } from 'vitest';
import { explainSignInError } from '../explainSignInError';
import { isSignInCallback } from '../isSignInCallback';
import { renewDelayMs } from '../renewDelay';

describe('renewDelayMs', () => {
  it('renews after three quarters of the remaining lifetime, never sooner than 1 s', () => {
    expect(renewDelayMs(300)).toBe(225_000);
    expect(renewDelayMs(12)).toBe(9_000);
    expect(renewDelayMs(1)).toBe(1_000);
    expect(renewDelayMs(-5)).toBe(1_000);
    expect(renewDelayMs(undefined)).toBe(60_000);
  });
});

describe('isSignInCallback', () => {
  it('is an authorization response only with state and code or error', () => {
    expect(isSignInCallback('?code=abc&state=xyz')).toBe(true);
    expect(isSignInCallback('?error=access_denied&state=xyz')).toBe(true);
    expect(isSignInCallback('?code=abc')).toBe(false);
    expect(isSignInCallback('?state=xyz')).toBe(false);
    expect(isSignInCallback('')).toBe(false);
  });
});

describe('explainSignInError', () => {
  const issuer = 'https://idp.example.org';
  it('names a refusal by the provider with its code and description', () => {
    const e = Object.assign(new Error('x'), { name: 'ErrorResponse', error: 'access_denied', error_description: 'End-User aborted interaction' });
    expect(explainSignInError(e, issuer)).toBe('Sign-in was refused by the identity provider: access_denied (End-User aborted interaction).');
  });
  it('names an unreachable provider with its issuer URL', () => {
    expect(explainSignInError(new TypeError('Failed to fetch'), issuer)).toBe(
      "The identity provider at https://idp.example.org could not be reached (down, wrong issuer URL, or it does not allow this app's origin).",
    );
  });
  it('names a closed sign-in window', () => {
    expect(explainSignInError(new Error('Popup closed by user'), issuer)).toBe('The sign-in window was closed before sign-in finished.');
  });
});
