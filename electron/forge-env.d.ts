// Constants Forge's Vite plugin defines when it bundles the main process (see
// @electron-forge/plugin-vite/forge-vite-env.d.ts). Declared here rather than by referencing that
// file, which also augments vite's ConfigEnv for every config in the project. The dev server URL
// is only defined under `electron-forge start`; read it through `typeof` so a build where it is
// not replaced cannot throw a ReferenceError.
declare const MAIN_WINDOW_VITE_DEV_SERVER_URL: string | undefined;
declare const MAIN_WINDOW_VITE_NAME: string;
