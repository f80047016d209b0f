import { defineConfig } from 'vite';

// Main-process bundle. Forge's Vite plugin merges this over its own defaults: CJS library build
// of electron/main.ts into .vite/build/main.js, electron and Node built-ins external.
export default defineConfig({});
