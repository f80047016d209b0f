/**
 * Around every commit, React saves and restores the selection of the focused element when it is
 * a text field, which for a contentEditable element means walking all of its text to count
 * characters up to the caret (react-dom's getSelectionInformation). With a 1 MB source focused,
 * that walk over ~10,000 nodes took 40-120 ms of every commit: every tag, every click while the
 * text had focus. The source view is edited by nobody and its selection belongs to ProseMirror,
 * so React is told it is not an editable field: the element's `contentEditable` property reads
 * "inherit" for scripts, while its attribute, which the browser and ProseMirror go by (caret,
 * keyboard selection, `isContentEditable`), stays "true".
 */
export function optOutOfReactSelection(element: HTMLElement): void {
  Object.defineProperty(element, 'contentEditable', {
    configurable: true,
    get: () => 'inherit',
    set: (value: string) => element.setAttribute('contenteditable', value),
  });
}
