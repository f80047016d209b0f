/**
 * FNV-1a, 32 bits, as 8 hex digits. Used for group ids: deterministic, fast and synchronous in
 * every runtime. Not a security hash; collisions only matter within one project's groups.
 */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
