/**
 * Which loader builds volumes: Caliper's pipeline (default) or Cornerstone3D's stock path
 * (@cornerstonejs/dicom-image-loader + the streaming image volume loader, as OHIF uses it), kept
 * reachable with `?loader=cornerstone` for comparison (`pnpm bench load`) and as a fallback.
 */
export type LoaderMode = 'caliper' | 'cornerstone';

export function loaderMode(search: string = globalThis.location?.search ?? ''): LoaderMode {
  return new URLSearchParams(search).get('loader') === 'cornerstone' ? 'cornerstone' : 'caliper';
}
