/** A user-facing message for a failed DICOMweb request (dicomweb-client sets `status`; 0 = no answer). */
export function explainHttpError(e: unknown, what: string, url: string): string {
  const status = typeof e === 'object' && e !== null && 'status' in e ? Number((e as { status: unknown }).status) : undefined;
  if (status === undefined || Number.isNaN(status)) return `${what} failed: ${e instanceof Error ? e.message : String(e)}`;
  if (status === 0) return `${what} failed: no answer from the DICOMweb server at ${url} (server down, offline, timed out or blocked by CORS)`;
  if (status === 401) return `${what} failed: HTTP 401 Unauthorized, the server wants credentials (set or renew the bearer token)`;
  if (status === 403) return `${what} failed: HTTP 403 Forbidden, the token is not allowed to read this resource`;
  if (status === 404) return `${what} failed: HTTP 404 Not Found, check the DICOMweb URL (${url}) and the UIDs`;
  if (status >= 500) return `${what} failed: HTTP ${status} server error at ${url}`;
  return `${what} failed: HTTP ${status}`;
}
