/** Pieces joined at a time into one chunk of the text (see TextPieces). */
const CHUNK = 1024;

/**
 * The pieces of a text an importer reads piece by piece (htmlparser2's runs of text, a PDF
 * line's runs), joined once when the text ends. Why not `text += piece`: that makes one string
 * per piece, a chain of 200,000 for a line of 200,000 runs, which the garbage collector copies
 * while the text is read. Why not a fresh array per text: emptying an array frees its storage,
 * which the next text (one per HTML text node) allocates again; this list keeps it. Every CHUNK
 * pieces are joined into a chunk, so a text of a million pieces is not a million-slot array.
 */
export class TextPieces {
  private readonly pieces: string[] = [];
  /** How many of `pieces` belong to the current text. */
  private count = 0;
  private readonly chunks: string[] = [];

  /** True when nothing was added since the last take. */
  get empty(): boolean {
    return this.count === 0 && this.chunks.length === 0;
  }

  /** Appends the next piece of the current text. */
  add(piece: string): void {
    if (this.count < this.pieces.length) this.pieces[this.count] = piece;
    else this.pieces.push(piece);
    this.count += 1;
    if (this.count < CHUNK) return;
    this.chunks.push(this.pieces.join(''));
    this.count = 0;
  }

  /** The pieces added since the last take, as one string; the list starts again empty. */
  take(): string {
    const count = this.count;
    const pieces = this.pieces;
    let text =
      count === 1
        ? pieces[0]!
        : count === pieces.length
          ? pieces.join('')
          : pieces.slice(0, count).join('');
    this.count = 0;
    if (this.chunks.length > 0) {
      this.chunks.push(text);
      text = this.chunks.join('');
      this.chunks.length = 0;
    }
    return text;
  }
}
