import type { FoundFigure } from './figure';
import type { FigureOptions } from './intervals';
import type { Token } from './tokens';

/** Shared state for one scan: the text, its tokens and the band settings. */
export interface Scan {
  text: string;
  tokens: Token[];
  options: FigureOptions;
}

/** A figure read at a token, and the token after it. */
export interface Match {
  figure: FoundFigure;
  next: number;
}
