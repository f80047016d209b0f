import { createHash } from 'node:crypto';
import { setSha256 } from '../core/model/hash';

/** Node's native SHA-256 behind core's content hash (CLI, Electron main, Node benches). */
export function installNodeSha256(): void {
  setSha256((text) => createHash('sha256').update(text, 'utf8').digest('hex'));
}
