import { describe as describeSpan } from '../../../core/anchoring/describe';
import { parseSourceFile } from '../../../core/io/source-file';
import type { Claim } from '../../../core/model/claim';
import type { Source } from '../../../core/model/source';

/** A source read from a body under a minimal front matter. */
export function source(id: string, body: string): Source {
  const result = parseSourceFile({ id, content: `---\ntitle: ${id}\n---\n${body}` });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const NOW = '2026-11-23T10:00:00.000Z';

/** A count claim on the first occurrence of `words` in the source. */
export function claimOn(on: Source, words: string, id: string): Claim {
  const start = on.text.indexOf(words);
  return {
    id,
    type: 'count',
    tags: [],
    target: describeSpan(on.text, start, start + words.length, on.id, on.contentHash),
    event: '',
    measure: 'homes',
    value: null,
    attributedTo: '',
    note: '',
    created: NOW,
    modified: NOW,
  };
}
