import { appStore } from '../../../app/store';
import { BUILT_IN_PROTOCOLS } from '../model/builtInProtocols';
import { parseProtocolFile } from '../model/parseProtocolFile';

export const PROTOCOL_FILE = 'hanging-protocols.json';

/**
 * Loads the site's protocols from ./hanging-protocols.json. An invalid file (not JSON, not the
 * schema, an HTTP error) is named in the errors panel and the built-in protocols are used; a
 * protocol the viewer cannot arrange is named and left out. Offline without the file: built-in,
 * silently (the same protocols as shipped).
 */
export async function loadProtocols(url = `./${PROTOCOL_FILE}`): Promise<void> {
  const st = appStore.getState();
  st.setHangingProtocols(BUILT_IN_PROTOCOLS, 'built-in');
  const fail = (reason: string) => st.addErrors([{ source: PROTOCOL_FILE, reason: `${reason}; the built-in hanging protocols are used` }]);
  let res: Response;
  try {
    res = await fetch(url, { cache: 'no-cache' });
  } catch {
    return;
  }
  if (!res.ok) return fail(`HTTP ${res.status}`);
  let json: unknown;
  try {
    json = await res.json();
  } catch (e) {
    return fail(`not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const { protocols, errors } = parseProtocolFile(json);
  if (!protocols.length) return fail(errors.join('; ') || 'no protocols');
  if (errors.length) st.addErrors(errors.map((reason) => ({ source: PROTOCOL_FILE, reason: `protocol left out: ${reason}` })));
  st.setHangingProtocols(protocols, 'file');
}
