export function dicomWebOrigins(env?: string): string[];
export function identityProviderOrigins(env?: string): string[];
export function contentSecurityPolicy(options?: { connect?: string[]; header?: boolean }): string;
