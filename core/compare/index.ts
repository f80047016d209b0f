/** Grouping claims about the same fact and judging whether their sources agree. */
export * from './attribution';
export * from './compare';
export * from './dates';
export * from './decisions';
export * from './derive';
export * from './event-key';
export * from './figures';
export * from './flags';
export * from './group';
export * from './incremental';
export * from './inconsistency';
export * from './item';
export * from './revision';
export * from './subject';
export * from './values';
export * from './verdict';
