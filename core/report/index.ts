/** The printable discrepancy report and the helpers exports share to recompute verdicts. */
export { renderReport } from './report';
export { intervalChart, niceTicks, type ChartRow } from './chart';
export { escapeHtml, formatNumber } from './html';
export { compareProject, groupsByClaim, isFlagged, mergeSources, type SourceInfo } from './groups';
