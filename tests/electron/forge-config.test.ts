import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import config from '../../forge.config';

const root = join(import.meta.dirname, '../..');

type Plugin = { name: string; config?: unknown; fusesConfig?: Record<string | number, unknown> };
const plugins = (config.plugins ?? []) as unknown as Plugin[];

describe('forge.config', () => {
  it('packs the app into an asar and ships the corpus next to it', () => {
    expect(config.packagerConfig?.asar).toBe(true);
    expect(config.packagerConfig?.extraResource).toEqual(['corpus']);
    expect(existsSync(join(root, 'corpus'))).toBe(true);
  });

  it('builds main and preload from electron/ and the main_window renderer with .mts configs', () => {
    const vite = plugins.find((plugin) => plugin.name === 'vite')?.config as {
      build: { entry: string; config: string; target: string }[];
      renderer: { name: string; config: string }[];
    };
    expect(vite.build).toEqual([
      { entry: 'electron/main.ts', config: 'vite.main.config.mts', target: 'main' },
      { entry: 'electron/preload.ts', config: 'vite.preload.config.mts', target: 'preload' },
    ]);
    expect(vite.renderer).toEqual([{ name: 'main_window', config: 'vite.renderer.config.mts' }]);
    for (const file of [...vite.build, ...vite.renderer].map((entry) => entry.config)) {
      expect(existsSync(join(root, file)), file).toBe(true);
    }
  });

  it.each([
    ['RunAsNode', false],
    ['EnableCookieEncryption', true],
    ['EnableNodeOptionsEnvironmentVariable', false],
    ['EnableNodeCliInspectArguments', false],
    ['EnableEmbeddedAsarIntegrityValidation', true],
    ['OnlyLoadAppFromAsar', true],
  ] as const)('fuse %s is %s', (fuse, value) => {
    const fuses = plugins.find((plugin) => plugin.name === 'fuses')?.fusesConfig;
    expect(fuses?.version).toBe(FuseVersion.V1);
    expect(fuses?.[FuseV1Options[fuse]]).toBe(value);
  });

  it('has the zip, deb, rpm, squirrel and dmg makers', () => {
    expect((config.makers ?? []).map((maker) => (maker as { name: string }).name).sort()).toEqual([
      'deb',
      'dmg',
      'rpm',
      'squirrel',
      'zip',
    ]);
  });
});
