import { log } from './log.js';

let digest: ((text: string) => string) | undefined;

/**
 * Installs the SHA-256 of hash mode: the hash plugin (dist/chatwire.hash.min.js,
 * `chatwire/hash`) registers it, so pages in the other modes never download it.
 * @param sha256 lowercase hex SHA-256 of a string's UTF-8 bytes
 */
export function setHash(sha256: (text: string) => string): void {
  digest = sha256;
}

/**
 * Lowercase hex SHA-256 through the registered hash plugin. Without the
 * plugin there is no hash: `null`, and debug mode says why.
 * @param text the normalized email or phone
 * @returns 64 hex characters, or null without the plugin
 */
export function hash(text: string): string | null {
  if (digest) return digest(text);
  log('pii', 'no hash plugin');
  return null;
}
