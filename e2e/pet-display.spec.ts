import { CT, PT, PT_SERIES_UID, ctHU, ptSUV } from './fixtures/study';
import { docShot } from './support/docShot';
import { FIXTURE_MANIFEST } from './support/globalSetup';
import { expect, openApp, sampleAt, test } from './support/test';

interface MeasureDebug {
  goTo(viewportId: string, lps: readonly [number, number, number]): Promise<void> | void;
}

/** Voxel centres of the fixture grids (ORIGIN −63, −63, −30; PET voxels offset by half their extra size). */
const CT_ORIGIN = [-63, -63, -30] as const;
const PT_ORIGIN = [-63 + (PT.pixelMm - CT.pixelMm) / 2, -63 + (PT.pixelMm - CT.pixelMm) / 2, -30] as const;
const ctVoxel = (p: readonly number[]) => [0, 1].map((a) => Math.round((p[a] - CT_ORIGIN[a]) / CT.pixelMm)).concat(Math.round((p[2] - CT_ORIGIN[2]) / CT.sliceMm));
const ptVoxel = (p: readonly number[]) => [0, 1].map((a) => Math.round((p[a] - PT_ORIGIN[a]) / PT.pixelMm)).concat(Math.round((p[2] - PT_ORIGIN[2]) / PT.sliceMm));

/**
 * PET/CT display as nuclear physicians read it: the fused pane reads SUV and HU at one patient point
 * (axial and sagittal fusion), the hot-iron colour bar has round SUV ticks, and a click on the MIP
 * brings the slice panes to the hottest voxel along that ray. Expected values come from the
 * fixture's analytic voxel functions (the files the app loads were written from them).
 */
test('fused MPR reads SUV and HU at the same point; a MIP click goes to the hottest voxel', async ({ page, pageErrors }) => {
  void pageErrors;
  await openApp(page);
  await page.evaluate((u) => window.caliper.debug.loadManifest(u), FIXTURE_MANIFEST);
  await page.evaluate((uid) => window.caliper.open(uid, { viewport: 'fusion' }), PT_SERIES_UID);
  const bar = page.locator('[data-testid="suv-colorbar"][data-viewport-id="fusion-fused"]');
  await expect(bar).toHaveAttribute('data-colormap', 'hotIron');
  await expect(bar).toHaveAttribute('data-ticks', '0,1,2,3,4,5');

  const readoutAt = async (viewportId: string, lps: readonly [number, number, number]) => {
    const [x, y] = await page.evaluate(([id, p]) => window.caliper.debug.worldToCanvas(id as string, p as [number, number, number]), [viewportId, lps] as const);
    const box = (await page.locator(`.viewport-element[data-viewport-uid="${viewportId}"]`).boundingBox())!;
    await page.mouse.move(box.x + x, box.y + y);
    const layer = (i: number) => page.getByTestId(`readout-layer-${i}`);
    await expect(layer(1)).toHaveAttribute('data-unit', 'SUVbw');
    return {
      hu: Number(await layer(0).getAttribute('data-value')),
      huUnit: await layer(0).getAttribute('data-unit'),
      suv: Number(await layer(1).getAttribute('data-value')),
      text: await page.getByTestId('readout').innerText(),
      lps: (await sampleAt(page, viewportId, lps)).lps,
    };
  };

  // A point on the lesion's edge, where CT and PET voxels differ from their centres' values.
  const point: [number, number, number] = [29, -3, 6];
  const want = { hu: ctHU(...(ctVoxel(point) as [number, number, number])), suv: ptSUV(...(ptVoxel(point) as [number, number, number])) };
  expect(want).toEqual({ hu: 100, suv: 8 });
  const axial = await readoutAt('fusion-fused', point);
  expect(axial.huUnit).toBe('HU');
  expect(axial.hu).toBe(want.hu);
  expect(axial.suv).toBeCloseTo(want.suv, 4);
  expect(axial.text).toContain('CT 100 HU · PET 8.00 SUVbw');
  // Background body: SUV 1 over soft tissue 40 HU.
  const body: [number, number, number] = [-30, 10, -12];
  const bodyAxial = await readoutAt('fusion-fused', body);
  expect([bodyAxial.hu, bodyAxial.suv]).toEqual([ctHU(...(ctVoxel(body) as [number, number, number])), ptSUV(...(ptVoxel(body) as [number, number, number]))]);

  // Sagittal fusion through the same point: the same two values.
  await page.getByTestId('fused-plane-sagittal').click();
  await page.evaluate((p) => (window.caliper.measureDebug as MeasureDebug).goTo('fusion-fused', p), point);
  const sagittal = await readoutAt('fusion-fused', point);
  expect(sagittal.lps[0]).toBeCloseTo(point[0], 0);
  expect([sagittal.hu, sagittal.suv]).toEqual([want.hu, want.suv]);
  expect(await page.evaluate(() => window.caliper.debug.actors('fusion-fused').length)).toBe(2);

  // The CT pane elsewhere; a click on the MIP at the lesion brings CT (and the linked panes) to the
  // hottest voxel along the anterior–posterior ray: computed here over the PET grid.
  await page.evaluate(() => (window.caliper.measureDebug as MeasureDebug).goTo('fusion-ct', [0, 0, -21]));
  const [pi, , pk] = ptVoxel(point);
  let best = { v: -Infinity, k: -1 };
  for (let k = 0; k < PT.slices; k++) for (let j = 0; j < PT.size; j++) if (k === pk && ptSUV(pi, j, k) > best.v) best = { v: ptSUV(pi, j, k), k };
  const hottestZ = PT_ORIGIN[2] + best.k * PT.sliceMm;
  const [mx, my] = await page.evaluate((p) => window.caliper.debug.worldToCanvas('fusion-mip', p), point);
  const mipBox = (await page.locator(`.viewport-element[data-viewport-uid="fusion-mip"]`).boundingBox())!;
  await page.mouse.click(mipBox.x + mx, mipBox.y + my);
  await expect.poll(async () => (await sampleAt(page, 'fusion-ct', point)).lps[2]).toBeCloseTo(hottestZ, 3);
  // The MIP marks the panes' new level.
  await expect(page.getByTestId('mip-level-fusion-mip')).toHaveAttribute('data-z', hottestZ.toFixed(1));
  await page.mouse.move(mipBox.x + mx, mipBox.y + my);
  await expect(page.getByTestId('readout')).toContainText('MIP max 8.00 SUVbw');

  // The MIP turned to the left lateral view and back: its overlay names the angle (rotation cine: unit-tested camera).
  await page.getByTestId('mip-lateral').click();
  await expect(page.getByTestId('slice-fusion-mip')).toHaveAttribute('data-mip-angle', '90');
  await expect(page.getByTestId('slice-fusion-mip')).toContainText('MIP 90° · left lateral');
  await page.getByTestId('mip-anterior').click();
  await expect(page.getByTestId('slice-fusion-mip')).toHaveAttribute('data-mip-angle', '0');
  await page.getByTestId('fused-plane-axial').click();
  await page.mouse.move(5, 5);
  await page.screenshot({ path: docShot('pet-display-fixture.png') });

  // A W/L drag on the PET pane (inverted grey) moves the shared PET window: the fused pane's PET
  // layer takes the same range and the colour bar's ticks follow.
  const petRange = () => page.evaluate(() => window.caliper.debug.actors('fusion-pet')[0].colorRange);
  const fusedPetRange = (pt: string) => page.evaluate((uid) => window.caliper.debug.actors('fusion-fused').find((a) => a.referencedId.includes(uid))!.colorRange, pt);
  expect(await petRange()).toEqual([0, 5]);
  const petBox = (await page.locator('.viewport-element[data-viewport-uid="fusion-pet"]').boundingBox())!;
  await page.mouse.move(petBox.x + petBox.width / 2, petBox.y + petBox.height / 2);
  await page.mouse.down();
  await page.mouse.move(petBox.x + petBox.width / 2 + 60, petBox.y + petBox.height / 2 + 40, { steps: 6 });
  await page.mouse.up();
  const dragged = await petRange();
  expect(dragged).not.toEqual([0, 5]);
  await expect.poll(() => fusedPetRange(PT_SERIES_UID)).toEqual(dragged);
  await expect(bar).not.toHaveAttribute('data-ticks', '0,1,2,3,4,5');
});
