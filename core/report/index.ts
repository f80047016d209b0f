/** The printable discrepancy report, its chart and its HTML helpers. */
export { renderReport } from './report';
export { intervalChart, type ChartRow } from './chart';
export { escapeHtml, formatNumber } from './html';
