/** The part of the WHATWG TextDecoder core needs; every runtime we ship on has it. */
interface Utf8Decoder {
  decode(input: Uint8Array): string;
}
type DecoderConstructor = new (label?: string, options?: { fatal?: boolean }) => Utf8Decoder;

/**
 * Decodes file bytes as text: a UTF-16 byte order mark is honoured, otherwise UTF-8 (with or
 * without BOM), falling back to Windows-1252 when the bytes are not valid UTF-8, which is what
 * old web pages and Windows text files usually are. The decoder is the runtime's own
 * (browser, Electron and Node all have it), reached through globalThis so core still compiles
 * without DOM or Node typings.
 */
export function decodeText(bytes: Uint8Array): string {
  const Decoder = (globalThis as unknown as { TextDecoder: DecoderConstructor }).TextDecoder;
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new Decoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new Decoder('utf-16be').decode(bytes.subarray(2));
  const body =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new Decoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new Decoder('windows-1252').decode(body);
  }
}
