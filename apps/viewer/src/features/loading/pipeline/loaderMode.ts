/**
 * Which loader builds volumes: Cornerstone3D's stock path (@cornerstonejs/dicom-image-loader + the
 * streaming image volume loader, as OHIF uses it; the default) or Caliper's progressive pipeline,
 * opt-in with `?loader=caliper` (`pnpm bench load` compares both). The pipeline stays opt-in until
 * it passes every workflow: with it, scissors on a stack raise Cornerstone metadata errors and the
 * ADC map is drawn with another window (docs/loading.md, "Status").
 */
export type LoaderMode = 'caliper' | 'cornerstone';

export function loaderMode(search: string = globalThis.location?.search ?? ''): LoaderMode {
  return new URLSearchParams(search).get('loader') === 'caliper' ? 'caliper' : 'cornerstone';
}
