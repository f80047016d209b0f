import { looksBinary, guessLayout } from '../io/source-file';
import { contentHash } from '../model/hash';
import { fail, ok, type Result } from '../model/result';
import type { Source } from '../model/source';
import { layOutText } from '../text/layout';
import { isoDay } from './names';
import { titleFromText } from '../text/title';
import { detectLanguage } from '../language/detect';

/**
 * Makes a Source from text pasted into the app. Unlike a file, pasted text has no front matter
 * (a leading "---" is text), so only layout is inferred: one paragraph per line, or hard-wrapped
 * lines joined when it looks copied from a PDF (see guessLayout). The title is the first line,
 * marked as assigned so the analyst is asked to check it. Never throws.
 */
export function sourceFromPastedText(
  text: string,
  options: { id: string; now: string },
): Result<Source> {
  if (looksBinary(text)) {
    return fail('The pasted content is not text. Copy the article text itself and paste again.');
  }
  const laidOut = layOutText(text, { layout: guessLayout(text) });
  if (!laidOut.text.trim()) {
    return fail(
      'Nothing to import: the pasted text is empty. Copy the article text and paste it again.',
    );
  }
  return ok({
    id: options.id,
    metadata: {
      title: titleFromText(laidOut.text, options.id),
      titleAssigned: true,
      capture: 'pasted',
      language: detectLanguage(laidOut.text),
      published: null,
      captured: isoDay(options.now),
    },
    text: laidOut.text,
    blocks: laidOut.blocks,
    contentHash: contentHash(laidOut.text),
  });
}
