import { arrangementOf } from './arrangementOf';
import { ProtocolFileSchema, type HangingProtocol } from './schema';

export interface ParsedProtocols {
  readonly protocols: readonly HangingProtocol[];
  /** Readable problems ("protocols[2].viewports[0].view: …"); empty when the file is valid. */
  readonly errors: readonly string[];
}

/**
 * Validates a hanging-protocol file. A file that does not match the schema gives no protocols (the
 * caller keeps the built-in ones); a protocol the viewer cannot arrange, or a repeated id, is
 * left out by itself with its reason.
 */
export function parseProtocolFile(json: unknown): ParsedProtocols {
  const r = ProtocolFileSchema.safeParse(json);
  if (!r.success) {
    return { protocols: [], errors: r.error.issues.slice(0, 8).map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`) };
  }
  const errors: string[] = [];
  const seen = new Set<string>();
  const protocols = r.data.protocols.filter((p, i) => {
    const a = arrangementOf(p);
    if ('error' in a) errors.push(`protocols.${i} (${p.id}): ${a.error}`);
    else if (seen.has(p.id)) errors.push(`protocols.${i}: the id ${p.id} is used twice`);
    else {
      seen.add(p.id);
      return true;
    }
    return false;
  });
  return { protocols, errors };
}
