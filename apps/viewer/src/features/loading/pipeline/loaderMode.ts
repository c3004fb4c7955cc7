/**
 * Which loader builds volumes: Caliper's progressive pipeline (the default) or Cornerstone3D's
 * stock path (@cornerstonejs/dicom-image-loader + the streaming image volume loader, as OHIF uses
 * it), kept behind `?loader=cornerstone` for `pnpm bench load`, which compares both.
 */
export type LoaderMode = 'caliper' | 'cornerstone';

export function loaderMode(search: string = globalThis.location?.search ?? ''): LoaderMode {
  return new URLSearchParams(search).get('loader') === 'cornerstone' ? 'cornerstone' : 'caliper';
}
