import { defineConfig } from 'vite';

// Preload bundle. Forge merges this over its defaults: one CJS file, .vite/build/preload.js, no
// chunks. It must be a single file: a sandboxed preload cannot require its own modules.
export default defineConfig({});
