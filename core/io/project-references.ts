/**
 * The cross-references of a project that a shape check cannot see: every source id and claim id
 * used once, every claim naming a source the project lists, and every offset inside the text it
 * indexes. A project breaking one of these loads "fine" and then fails far away (a claim on no
 * pane, a highlight past the end of the text, one claim's edit landing on its twin), so the
 * project schema refuses it at the door with the field that is wrong.
 */
import type { Project } from '../model/project';

/** One broken reference: where (a path into the project, as zod paths are) and what. */
export interface ReferenceProblem {
  path: (string | number)[];
  message: string;
}

/** The problems of each id used more than once, naming where it was first used. */
function duplicateIds(
  items: readonly { id: string }[],
  list: 'sources' | 'claims',
  what: string,
): ReferenceProblem[] {
  const first = new Map<string, number>();
  const problems: ReferenceProblem[] = [];
  items.forEach((item, index) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, index);
    else
      problems.push({
        path: [list, index, 'id'],
        message: `${what} id "${item.id}" is used twice (also by ${list}[${earlier}])`,
      });
  });
  return problems;
}

/** Blocks that end before they start, overlap the block before, or run past the text's end. */
function blockProblems(project: Project): ReferenceProblem[] {
  return project.sources.flatMap((source, s) => {
    const content = source.content;
    if (!content) return [];
    const length = content.text.length;
    return content.blocks.flatMap((block, b): ReferenceProblem[] => {
      const path = ['sources', s, 'content', 'blocks', b];
      const previous = b > 0 ? content.blocks[b - 1] : undefined;
      let message: string | null = null;
      if (block.start > block.end)
        message = `the block ends (${block.end}) before it starts (${block.start})`;
      else if (block.end > length)
        message = `the block ends at ${block.end}, past the end of the text (${length} characters)`;
      else if (previous && block.start < previous.end)
        message = `the block starts at ${block.start}, inside the block before it (which ends at ${previous.end})`;
      return message ? [{ path, message }] : [];
    });
  });
}

/**
 * Claims naming a source the project does not list, and claims whose offsets run past the end of
 * the text they were described on. Only a target whose content hash is the embedded text's own
 * can be checked: an orphaned claim keeps describing an older revision on purpose, and the
 * shipped corpus's text is not in the project.
 */
function claimProblems(project: Project): ReferenceProblem[] {
  const sources = new Map(project.sources.map((source) => [source.id, source]));
  return project.claims.flatMap((claim, c) => {
    const { sourceId, contentHash, position } = claim.target;
    const source = sources.get(sourceId);
    if (!source)
      return [
        {
          path: ['claims', c, 'target', 'sourceId'],
          message: `the claim names source "${sourceId}", which the project does not list in "sources"`,
        },
      ];
    const text = source.content?.text;
    if (text === undefined || contentHash !== source.contentHash || position.end <= text.length)
      return [];
    return [
      {
        path: ['claims', c, 'target', 'position', 'end'],
        message: `the claim ends at ${position.end}, past the end of its source text (${text.length} characters)`,
      },
    ];
  });
}

/**
 * Every broken cross-reference of a project that already has the right shape, in file order
 * (sources, then claims). Linear in the size of the project: one map of ids, one pass each.
 */
export function projectReferenceProblems(project: Project): ReferenceProblem[] {
  return [
    ...duplicateIds(project.sources, 'sources', 'source'),
    ...blockProblems(project),
    ...duplicateIds(project.claims, 'claims', 'claim'),
    ...claimProblems(project),
  ];
}
