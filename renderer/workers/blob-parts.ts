/** One part of a text to store; `last` marks its final part. `key` matches parts and reply. */
export interface BlobRequest {
  key: number;
  part: string;
  last: boolean;
}

/** The reply: the text as a Blob of UTF-8 (a Blob crosses back without copying its bytes). */
export interface BlobReply {
  key: number;
  blob: Blob;
}

/**
 * What the Blob worker does with each part it is sent: converts it to UTF-8 at once (so the
 * string can go) and, at the last part, answers with the Blob of all the parts in order.
 */
export function createBlobAssembler(): (request: BlobRequest) => BlobReply | null {
  const parts = new Map<number, Blob[]>();
  return ({ key, part, last }) => {
    const made = parts.get(key) ?? [];
    made.push(new Blob([part]));
    if (!last) {
      parts.set(key, made);
      return null;
    }
    parts.delete(key);
    return { key, blob: new Blob(made, { type: 'application/json' }) };
  };
}
