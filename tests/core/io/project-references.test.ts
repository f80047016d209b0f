import { describe, expect, it } from 'vitest';
import { parseProject, serializeProject } from '../../../core/io/project-file';
import type { Project } from '../../../core/model/project';
import { claimOn, sampleProject, TEXT_B } from './fixtures';

/** The sample project with source "b" carrying its text, as an imported source does. */
function withEmbeddedText(): Project {
  const project = sampleProject();
  project.sources[1]!.content = {
    text: TEXT_B,
    blocks: [{ kind: 'paragraph', start: 0, end: TEXT_B.length }],
  };
  return project;
}

/** The embedded project as a file, after one edit of the parsed JSON. */
function fileWith(edit: (project: Project) => void): string {
  const project = JSON.parse(serializeProject(withEmbeddedText())) as Project;
  edit(project);
  return JSON.stringify(project, null, 2);
}

function errorOf(json: string): string {
  const result = parseProject(json);
  return result.ok ? '(loaded)' : result.error;
}

describe('project file references', () => {
  it('loads a project whose references all hold', () => {
    expect(parseProject(fileWith(() => {})).ok).toBe(true);
  });

  it.each<[string, (project: Project) => void, string]>([
    [
      'two sources with one id',
      (p) => p.sources.push({ ...p.sources[0]!, title: 'A again' }),
      'sources[2].id: source id "a" is used twice (also by sources[0])',
    ],
    [
      'two claims with one id',
      (p) => (p.claims[2]!.id = 'c1'),
      'claims[2].id: claim id "c1" is used twice (also by claims[0])',
    ],
    [
      'a claim on a source the project does not list',
      (p) => (p.claims[0]!.target.sourceId = 'gone'),
      'claims[0].target.sourceId: the claim names source "gone", which the project does not list in "sources"',
    ],
    [
      'a claim past the end of its embedded text',
      (p) => {
        p.claims[2]!.target.position = {
          type: 'TextPositionSelector',
          start: TEXT_B.length - 2,
          end: TEXT_B.length + 40,
        };
      },
      `claims[2].target.position.end: the claim ends at ${TEXT_B.length + 40}, past the end of its source text (${TEXT_B.length} characters)`,
    ],
    [
      'a block past the end of the text',
      (p) => (p.sources[1]!.content!.blocks[0]!.end = TEXT_B.length + 1),
      `sources[1].content.blocks[0]: the block ends at ${TEXT_B.length + 1}, past the end of the text (${TEXT_B.length} characters)`,
    ],
    [
      'a block that ends before it starts',
      (p) => (p.sources[1]!.content!.blocks = [{ kind: 'paragraph', start: 30, end: 10 }]),
      'sources[1].content.blocks[0]: the block ends (10) before it starts (30)',
    ],
    [
      'a block inside the block before it',
      (p) =>
        (p.sources[1]!.content!.blocks = [
          { kind: 'heading', start: 0, end: 20 },
          { kind: 'paragraph', start: 10, end: 30 },
        ]),
      'sources[1].content.blocks[1]: the block starts at 10, inside the block before it (which ends at 20)',
    ],
  ])('refuses %s, naming the field', (_name, edit, problem) => {
    expect(errorOf(fileWith(edit))).toBe(
      `The project file is damaged: ${problem}. Fix that field or open a backup copy; the file was not changed.`,
    );
  });

  it.each<[string, (project: Project) => void]>([
    [
      'an orphaned claim still describing the older text it was tagged on',
      (p) => {
        p.claims[2]!.target.contentHash = 'sha256:older';
        p.claims[2]!.target.position = { type: 'TextPositionSelector', start: 500, end: 520 };
      },
    ],
    [
      'a claim past the end of a corpus source, whose text the project does not carry',
      (p) => {
        p.claims[0]!.target.position = { type: 'TextPositionSelector', start: 5000, end: 5010 };
      },
    ],
    [
      'a claim ending exactly at the end of the text',
      (p) => {
        const whole = claimOn(TEXT_B, 'b', TEXT_B, { id: 'c4' });
        p.claims.push(whole);
      },
    ],
  ])('accepts %s', (_name, edit) => {
    expect(errorOf(fileWith(edit))).toBe('(loaded)');
  });

  it('lists several broken references, the first three by field, then the count', () => {
    const error = errorOf(
      fileWith((p) => {
        for (const claim of p.claims) claim.id = 'same';
        p.claims.push({ ...p.claims[0]!, target: { ...p.claims[0]!.target, sourceId: 'x' } });
      }),
    );
    expect(error).toMatch(
      /^The project file is damaged: claims\[1\]\.id: .*; claims\[2\]\.id: .*; claims\[3\]\.id: .*; and 1 more problem\./,
    );
  });
});
