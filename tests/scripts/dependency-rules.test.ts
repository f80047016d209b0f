import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The layering rules of .dependency-cruiser.cjs, run on a small made-up tree that breaks each
// rule once (and keeps one allowed import of each kind), so a rule that stops matching fails here.
const ROOT = resolve(import.meta.dirname, '../..');
const FILES: Record<string, string> = {
  'core/model/thing.ts': 'export interface Thing { id: string }\n',
  'core/model/uses-quantity.ts': "import { q } from '../quantity/q';\nexport const m = q;\n",
  'core/quantity/q.ts': "import { m } from '../model/back';\nexport const q = () => m;\n",
  'core/model/back.ts': 'export const m = 1;\n',
  'core/text/a.ts': "import { b } from './b';\nexport const a = (): unknown => b;\n",
  'core/text/b.ts': "import { a } from './a';\nexport const b = (): unknown => a;\n",
  'core/io/host.ts':
    "import { view } from '../../renderer/view';\nimport { readFileSync } from 'node:fs';\nimport { useState } from 'react';\nexport const x = [view, readFileSync, useState];\n",
  'contract/api.ts':
    "import type { Thing } from '../core/model/thing';\nimport { leaf } from '../electron/leaf';\nexport type Api = Thing;\nexport const s = leaf;\n",
  'renderer/view.tsx':
    "import type { Api } from '../contract/api';\nimport type { Thing } from '../core/model/thing';\nimport { leaf } from '../electron/leaf';\nimport { join } from 'node:path';\nexport const view = (api: Api, thing: Thing) => [api, thing, leaf, join];\n",
  'cli/main.ts':
    "import { leaf } from '../electron/leaf';\nimport { view } from '../renderer/view';\nimport { readFileSync } from 'node:fs';\nexport const run = [leaf, view, readFileSync];\n",
  'cli/leaf.ts': 'export const cliLeaf = 1;\n',
  'electron/leaf.ts': 'export const leaf = 1;\n',
  'electron/shell.ts':
    "import type { Api } from '../contract/api';\nimport { cliLeaf } from '../cli/leaf';\nimport { missing } from './nowhere';\nexport const shell = (api: Api) => [api, cliLeaf, missing];\n",
};

const dir = mkdtempSync(join(tmpdir(), 'corroborate-layering-'));
for (const [path, text] of Object.entries(FILES)) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}
writeFileSync(
  join(dir, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: { module: 'ESNext', moduleResolution: 'bundler', jsx: 'react-jsx' },
  }),
);
symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

function cruise(): string[] {
  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
      'core',
      'contract',
      'renderer',
      'electron',
      'cli',
      '--config',
      join(ROOT, '.dependency-cruiser.cjs'),
      '--output-type',
      'json',
    ],
    { cwd: dir, encoding: 'utf8' },
  );
  const report = JSON.parse(result.stdout) as { summary: { violations: Violation[] } };
  return report.summary.violations
    .map(
      (v) => `${v.rule.name}: ${v.from} -> ${v.to.replace(/^.*node_modules\/([^/]+)\/.*/, '$1')}`,
    )
    .sort();
}

describe('the layering rules', () => {
  it('catch each forbidden import and cycle, and nothing else', () => {
    expect(cruise()).toEqual(
      [
        'cli-imports-no-electron-or-renderer: cli/main.ts -> electron/leaf.ts',
        'cli-imports-no-electron-or-renderer: cli/main.ts -> renderer/view.tsx',
        'contract-imports-core-only: contract/api.ts -> electron/leaf.ts',
        'core-imports-no-host: core/io/host.ts -> renderer/view.tsx',
        'core-imports-no-node-builtins: core/io/host.ts -> fs',
        'core-imports-no-runtime: core/io/host.ts -> react',
        'electron-imports-no-renderer-or-cli: electron/shell.ts -> cli/leaf.ts',
        'no-cycles-between-core-rooms: core/model -> core/quantity',
        'no-cycles-between-core-rooms: core/quantity -> core/model',
        'no-cycles: core/text/a.ts -> core/text/b.ts',
        'no-unresolvable: electron/shell.ts -> ./nowhere',
        'renderer-imports-no-electron-or-cli: renderer/view.tsx -> electron/leaf.ts',
        'renderer-imports-no-node-builtins: renderer/view.tsx -> path',
      ].sort(),
    );
  });
});
