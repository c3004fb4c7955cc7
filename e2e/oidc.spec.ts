import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from '@playwright/test';
import { orthancAvailable, startOrthanc, type OrthancHandle } from './fixtures/orthanc';
import { OIDC_CLIENT_ID, startOidc, type OidcHandle } from './fixtures/oidc';
import { CT_SERIES_UID } from './fixtures/study';
import { CT_PROBES } from './support/ctPoints';
import { allowOrigin } from './support/egress';
import { FIXTURE_DIR } from './support/globalSetup';
import { expect, openApp, sampleAt, test } from './support/test';

const files = (sub: string) => readdirSync(join(FIXTURE_DIR, sub)).map((f) => join(FIXTURE_DIR, sub, f));
const APP_URL = `http://127.0.0.1:${process.env.E2E_PORT ?? 4319}/`;
/** Access tokens live 12 s: the viewer renews at 9 s (3/4), so a few seconds of test see a refresh. */
const TOKEN_TTL_S = 12;

test.describe('OpenID Connect sign-in to a DICOMweb server behind an identity provider', () => {
  test.skip(!orthancAvailable(), 'Orthanc + DICOMweb plugin not installed (apt-get install orthanc orthanc-dicomweb)');
  let orthanc: OrthancHandle;
  let oidc: OidcHandle;

  test.beforeAll(async () => {
    orthanc = await startOrthanc();
    await orthanc.stow(files('ct'));
    oidc = await startOidc({ appUrl: APP_URL, orthancUrl: orthanc.directUrl, accessTokenTtl: TOKEN_TTL_S });
  });
  test.afterAll(async () => {
    await oidc?.stop();
    await orthanc?.stop();
  });

  async function configure(page: Page, issuer = oidc.issuer) {
    await page.getByRole('button', { name: 'DICOMweb…' }).click();
    await page.getByTestId('dicomweb-url').fill(oidc.dicomWebUrl);
    await page.getByTestId('dicomweb-auth').selectOption('oidc');
    await page.getByTestId('oidc-issuer').fill(issuer);
    await page.getByTestId('oidc-client-id').fill(OIDC_CLIENT_ID);
  }

  /** Signs in through the provider's own login page in the pop-up; `refuse` presses Refuse instead. */
  async function signIn(page: Page, refuse = false) {
    const popup = page.waitForEvent('popup');
    await page.getByTestId('oidc-sign-in').click();
    const w = await popup;
    await w.waitForLoadState();
    if (refuse) await w.getByRole('button', { name: 'Refuse' }).click();
    else {
      await w.getByLabel('User').fill('reader');
      await w.getByLabel('Password').fill('any');
      await w.getByRole('button', { name: 'Sign in' }).click();
    }
  }

  const errorCount = (page: Page) => page.evaluate(() => window.caliper.errors().length);
  const lastError = (page: Page) => page.evaluate(() => window.caliper.errors().at(-1)?.reason ?? '');

  test('401 before sign-in; after sign-in the study loads with a token kept in memory, sent only to the server, renewed before expiry; sign-out is refused again', async ({ page, pageErrors }) => {
    void pageErrors;
    const bearer: { url: string; auth: string }[] = [];
    page.context().on('request', (r: Request) => {
      // allHeaders (not headers) includes Authorization; it fails once the sign-in window has closed.
      r.allHeaders().then(
        (h) => void (h.authorization && bearer.push({ url: r.url(), auth: h.authorization })),
        () => undefined,
      );
    });
    await openApp(page);
    await configure(page);

    // Not signed in: the gateway refuses and the errors panel names the 401.
    await page.getByTestId('dicomweb-search').click();
    await expect(page.getByTestId('errors-panel')).toContainText('401');
    expect(oidc.hits.at(-1)).toMatchObject({ token: '', status: 401 });

    await signIn(page);
    await expect(page.getByTestId('oidc-status')).toHaveAttribute('data-state', 'signed-in');
    await expect(page.getByTestId('oidc-status')).toContainText('Signed in as reader');
    expect(oidc.grants).toEqual(['authorization_code']);
    const signedInAt = Date.now();

    await page.getByTestId('dicomweb-search').click();
    const study = page.getByTestId('dicomweb-studies').getByRole('button', { name: /E2E, Patient/ });
    await expect(study).toBeVisible();
    const first = oidc.hits.at(-1)!;
    expect(first.status).toBe(200);
    expect(first.token.length).toBeGreaterThan(20);
    await study.click();
    const browser = page.getByTestId('study-browser');
    await expect(browser.locator(`[data-series-uid="${CT_SERIES_UID}"]`)).toContainText('24 images', { timeout: 60_000 });
    await page.evaluate((uid) => window.caliper.open(uid), CT_SERIES_UID);
    const probe = CT_PROBES[3]!;
    expect((await sampleAt(page, 'vp-0', probe.lps)).value, probe.name).toBe(probe.hu);

    // The token is in neither web storage, nor in any URL.
    const stored = await page.evaluate(() => [localStorage, sessionStorage].flatMap((s) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`)).join('\n'));
    expect(stored).not.toContain(first.token);
    expect(stored).toContain('caliper.dicomweb');

    // After the first token's lifetime the renewed one keeps loading working; the first is dead.
    await expect.poll(() => oidc.grants.filter((g) => g === 'refresh_token').length, { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    await page.waitForTimeout(Math.max(0, signedInAt + (TOKEN_TTL_S + 1) * 1000 - Date.now()));
    expect(await oidc.isActive(first.token)).toBe(false);
    await page.getByRole('button', { name: 'DICOMweb…' }).click();
    const hitsBefore = oidc.hits.length;
    await page.getByTestId('dicomweb-search').click();
    await expect.poll(() => oidc.hits.length).toBeGreaterThan(hitsBefore);
    await expect(page.getByTestId('dicomweb-studies').getByRole('button', { name: /E2E, Patient/ })).toBeVisible();
    const renewed = oidc.hits[hitsBefore]!;
    expect(renewed.path).toContain('/dicom-web/studies');
    expect(renewed.status).toBe(200);
    expect(renewed.token).not.toBe(first.token);

    // The bearer header went to the DICOMweb gateway and nowhere else (not the app, not the provider).
    expect(bearer.length).toBeGreaterThanOrEqual(3);
    for (const b of bearer) expect(new URL(b.url).origin, b.url).toBe(oidc.gatewayUrl);
    await expect.poll(() => bearer.some((b) => b.auth === `Bearer ${renewed.token}`)).toBe(true);

    // Sign-out revokes at the provider; the next request is refused and the panel says so.
    await page.getByTestId('oidc-sign-out').click();
    await expect(page.getByTestId('oidc-status')).toHaveAttribute('data-state', 'signed-out');
    await expect(page.getByTestId('oidc-status')).toContainText('the DICOMweb server will refuse requests until you sign in again');
    expect(await oidc.isActive(renewed.token)).toBe(false);
    const before = await errorCount(page);
    await page.getByTestId('dicomweb-search').click();
    await expect.poll(() => errorCount(page)).toBe(before + 1);
    expect(await lastError(page)).toContain('401');
    expect(oidc.hits.at(-1)).toMatchObject({ token: '', status: 401 });
    // What was loaded stays loaded.
    await expect(browser.locator(`[data-series-uid="${CT_SERIES_UID}"]`)).toContainText('24 images');
  });

  test('an unreachable provider, a refused sign-in and a failed renewal are named; a renewal failure keeps the study open', async ({ page, pageErrors }) => {
    void pageErrors;
    await openApp(page);
    allowOrigin('http://127.0.0.1:9'); // the wrong issuer the reader typed (nothing listens there)
    await configure(page, 'http://127.0.0.1:9');
    await page.getByTestId('oidc-sign-in').click();
    await expect(page.getByTestId('oidc-status')).toHaveAttribute('data-state', 'failed');
    await expect(page.getByTestId('oidc-status')).toContainText('The identity provider at http://127.0.0.1:9 could not be reached');

    await page.getByTestId('oidc-issuer').fill(oidc.issuer);
    await signIn(page, true);
    await expect(page.getByTestId('oidc-status')).toContainText('Sign-in was refused by the identity provider: access_denied (The reader refused to sign in)');

    await signIn(page);
    await expect(page.getByTestId('oidc-status')).toHaveAttribute('data-state', 'signed-in');
    await page.getByTestId('dicomweb-search').click();
    await page.getByTestId('dicomweb-studies').getByRole('button', { name: /E2E, Patient/ }).click();
    const series = page.getByTestId('study-browser').locator(`[data-series-uid="${CT_SERIES_UID}"]`);
    await expect(series).toContainText('24 images', { timeout: 60_000 });

    // The provider's token endpoint stops answering: the renewal fails and the reader is asked to sign in again.
    await page.context().route(`${oidc.issuer}/token`, (r) => r.abort('connectionrefused'));
    await page.getByRole('button', { name: 'DICOMweb…' }).click();
    await expect(page.getByTestId('oidc-status')).toHaveAttribute('data-state', 'expired', { timeout: 30_000 });
    await expect(page.getByTestId('oidc-status')).toContainText('Your sign-in expired and could not be renewed');
    await expect(page.getByTestId('oidc-sign-in')).toHaveText('Sign in again');
    await expect(series).toContainText('24 images');
    await page.context().unroute(`${oidc.issuer}/token`);
  });
});
