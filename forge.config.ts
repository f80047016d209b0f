import type { ForgeConfig } from '@electron-forge/shared-types';
import { MakerDeb } from '@electron-forge/maker-deb';
import { MakerDMG } from '@electron-forge/maker-dmg';
import { MakerRpm } from '@electron-forge/maker-rpm';
import { MakerSquirrel } from '@electron-forge/maker-squirrel';
import { MakerZIP } from '@electron-forge/maker-zip';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

// Forge 7 with the Vite plugin (Forge 8 needs node >= 22.13). The Vite configs are `.mts` so the
// package can stay CommonJS: Forge emits CJS main/preload bundles into .vite/build.
const config: ForgeConfig = {
  packagerConfig: {
    name: 'Corroborate',
    executableName: 'corroborate',
    asar: true,
    // The shipped articles sit next to app.asar (process.resourcesPath/corpus), read-only.
    extraResource: ['corpus'],
  },
  rebuildConfig: {},
  makers: [
    new MakerZIP({}, ['darwin', 'linux', 'win32']),
    new MakerDeb({ options: { bin: 'corroborate' } }),
    new MakerRpm({ options: { bin: 'corroborate' } }),
    new MakerSquirrel({}),
    new MakerDMG({}),
  ],
  plugins: [
    new VitePlugin({
      build: [
        { entry: 'electron/main.ts', config: 'vite.main.config.mts', target: 'main' },
        { entry: 'electron/preload.ts', config: 'vite.preload.config.mts', target: 'preload' },
      ],
      renderer: [{ name: 'main_window', config: 'vite.renderer.config.mts' }],
    }),
    // Fuses are flipped in the Electron binary at package time, before signing (as Forge's
    // Vite-TypeScript template): no ELECTRON_RUN_AS_NODE, NODE_OPTIONS or --inspect, and only
    // the integrity-checked app.asar may be loaded.
    new FusesPlugin({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    }),
  ],
};

export default config;
