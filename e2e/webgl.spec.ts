import { expect, test } from './support/test';

test('without WebGL 2 the viewer explains why instead of crashing', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (type === 'webgl2' || type === 'webgl' || type === 'experimental-webgl') return null;
      return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof original;
  });
  await page.goto('./');
  await expect(page.getByTestId('no-webgl')).toContainText('WebGL 2 is not available');
  await page.waitForFunction(() => typeof window.caliper === 'object');
  await page.evaluate(() => window.caliper.ready);
  expect(await page.evaluate(() => window.caliper.webgl)).toBe(false);
  const msg = await page.evaluate(() => window.caliper.open('1.2.3').then(() => 'opened', (e: Error) => e.message));
  expect(msg).toContain('WebGL 2 is not available');
});
