/** A range of the source text to highlight, in text offsets. */
export interface TextMark {
  id: string;
  start: number;
  end: number;
  attrs: Record<string, string>;
}
