import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * Content hash of a source's canonical text. Synchronous and identical in every runtime
 * (renderer, main process, CLI), which Web Crypto's async digest would not give us cheaply.
 */
export function contentHash(text: string): string {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(text)))}`;
}
