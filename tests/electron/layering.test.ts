import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Only the two entry files may load Electron at runtime; every other module receives Electron
// objects as parameters (and imports only types), so it runs under plain Node with fakes.
const electronDir = join(import.meta.dirname, '../../electron');
const ENTRIES = new Set(['main.ts', 'preload.ts']);
const VALUE_IMPORT = /^\s*import\s+(?!type\b)[^;]*?from\s+['"]electron(\/[\w-]+)?['"]/m;
const TYPE_ONLY = /^\s*import\s+type\s/;

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory()
        ? sourceFiles(join(dir, entry.name))
        : Promise.resolve(entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []),
    ),
  );
  return nested.flat();
}

describe('electron/ layering', () => {
  it('only main.ts and preload.ts import electron at runtime', async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles(electronDir)) {
      const name = relative(electronDir, file);
      if (ENTRIES.has(name)) continue;
      const text = await readFile(file, 'utf8');
      const statements = text.match(/^\s*import[^;]*from\s+['"]electron(\/[\w-]+)?['"]/gm) ?? [];
      if (statements.some((line) => !TYPE_ONLY.test(line)) || VALUE_IMPORT.test(text)) {
        offenders.push(name);
      }
      if (/require\(\s*['"]electron['"]\s*\)/.test(text)) offenders.push(name);
    }
    expect(offenders).toEqual([]);
  });
});
