/** Public surface of the quantity room: find and parse reported figures. */
export type { Figure, FigureKind, FoundFigure } from './figure';
export { findFigures } from './scanner';
export { parseFigure } from './parse';
export { DEFAULT_FIGURE_OPTIONS, isWellFormed, type FigureOptions } from './intervals';
