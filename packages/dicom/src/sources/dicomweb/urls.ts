/** WADO-RS / QIDO-RS resource URLs (PS3.18 10.4, 10.6) under a service root. */
function root(base: string): string {
  return base.replace(/\/+$/, '');
}

export function studiesUrl(base: string, query: Readonly<Record<string, string>> = {}): string {
  const q = new URLSearchParams(query).toString();
  return `${root(base)}/studies${q ? `?${q}` : ''}`;
}

export function seriesUrl(base: string, study: string): string {
  return `${root(base)}/studies/${encodeURIComponent(study)}/series`;
}

export function instancesUrl(base: string, study: string, series: string): string {
  return `${seriesUrl(base, study)}/${encodeURIComponent(series)}/instances`;
}

export function instanceUrl(base: string, study: string, series: string, sop: string): string {
  return `${instancesUrl(base, study, series)}/${encodeURIComponent(sop)}`;
}

/** Frame URL (1-based frame number), as Cornerstone's `wadors:` image ids use. */
export function frameUrl(base: string, study: string, series: string, sop: string, frame: number): string {
  return `${instanceUrl(base, study, series, sop)}/frames/${frame}`;
}
