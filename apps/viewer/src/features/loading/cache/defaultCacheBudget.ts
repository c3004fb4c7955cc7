const MIB = 1024 * 1024;

/** Bounds of the default budget: below 512 MiB a single whole-body CT would not stay; above 4 GiB a 32-bit tab's heap would be at risk. */
export const CACHE_FLOOR_BYTES = 512 * MIB;
export const CACHE_CEILING_BYTES = 4096 * MIB;
/** Assumed when the browser does not say (navigator.deviceMemory is Chromium-only). */
const UNKNOWN_DEVICE_GIB = 4;

/**
 * Default memory budget of the decoded-volume cache: a quarter of the device memory the browser
 * reports (`navigator.deviceMemory`, GiB, which Chromium rounds down to a power of two and caps at 8),
 * clamped to [512 MiB, 4 GiB]; 4 GiB of device memory is assumed when it is not reported.
 * 8 GiB → 2 GiB; 2 GiB → 512 MiB.
 */
export function defaultCacheBudget(deviceMemoryGiB: number | undefined): number {
  const gib = deviceMemoryGiB !== undefined && Number.isFinite(deviceMemoryGiB) && deviceMemoryGiB > 0 ? deviceMemoryGiB : UNKNOWN_DEVICE_GIB;
  const quarter = Math.round((gib * 1024 * MIB) / 4);
  return Math.min(CACHE_CEILING_BYTES, Math.max(CACHE_FLOOR_BYTES, quarter));
}
