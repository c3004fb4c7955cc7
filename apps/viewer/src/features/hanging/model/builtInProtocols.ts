import shipped from '../../../../../../public/hanging-protocols.json';
import { parseProtocolFile } from './parseProtocolFile';

/**
 * The protocols shipped with Caliper (public/hanging-protocols.json as built): used when the served
 * file is missing or invalid. A unit test keeps the shipped file valid.
 */
export const BUILT_IN_PROTOCOLS = parseProtocolFile(shipped).protocols;
