/** Source revisions: carry claims over to a new text, flagging what changed or disappeared. */
export { reviseSource, type RevisionCounts, type RevisionReport } from './revise';
