// Layering, VS Code style: each top-level folder says what it may import. Checked by `npm test`
// (one whole-tree check) and by `npm run deps`. The folders and why:
//   core/      the domain, pure: runs in the renderer, the main process, the CLI and tests, so
//              it imports none of the hosts (renderer/, electron/, cli/) nor contract/, and no
//              runtime (Node built-ins, Electron, React, ProseMirror).
//   contract/  the IPC method map both sides type against: core model types only.
//   renderer/  the UI (also the web build): core/ and contract/, never electron/ (it talks to a
//              Host interface), no Node built-ins.
//   cli/       a Node entry over core/: never electron/ or renderer/.
//   electron/  the desktop shell: core/ and contract/, never renderer/ or cli/.
// No import cycle anywhere, and so none between the rooms of core/ (core/<room>/).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment:
        'An import cycle ties modules into one unit that cannot be understood, tested or moved ' +
        'apart; between the rooms of core/ it means two rooms are really one. Move the shared ' +
        'piece to the lower room (or a neutral one) instead.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-cycles-between-core-rooms',
      comment:
        'The rooms of core/ (model, text, quantity, anchoring, extract, compare, io, report, ...) ' +
        'form layers: a room imports only rooms below it. Two rooms that import each other, even ' +
        'through different files, are one room in disguise; move the shared piece down.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^core/' },
      to: { path: '^core/', circular: true },
    },
    {
      name: 'core-imports-no-host',
      comment:
        'core/ is the pure domain shared by every host: it may not import the renderer, the ' +
        'Electron shell, the CLI or the IPC contract (hosts import core, never the reverse).',
      severity: 'error',
      from: { path: '^core/' },
      to: { path: '^(renderer|electron|cli|contract|scripts|tests|bench)/' },
    },
    {
      name: 'core-imports-no-runtime',
      comment:
        'core/ runs unchanged in the renderer, the main process, the CLI and tests: no Node ' +
        'built-ins, no Electron, no UI library (ESLint says the same in the editor; ' +
        'tests/core/purity.test.ts also checks globals such as window and process).',
      severity: 'error',
      from: { path: '^core/' },
      to: {
        // A bare name when unresolved; once resolved, a path that may lead out of the tree
        // (a worktree's node_modules can be a symlink), so the package folder is matched anywhere.
        path: '^(electron|react|react-dom|prosemirror-[^/]+)(/|$)|(^|/)node_modules/(electron|react|react-dom|prosemirror-[^/]+)/',
      },
    },
    {
      name: 'core-imports-no-node-builtins',
      comment: 'core/ is pure: a Node built-in would break it in the renderer and the web build.',
      severity: 'error',
      from: { path: '^core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-imports-no-node-builtins',
      comment:
        'The renderer is also the web build, which runs in a plain browser: no Node built-ins.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'contract-imports-core-only',
      comment:
        'contract/ is the neutral, types-only IPC method map: it may import core model types, ' +
        'never a host.',
      severity: 'error',
      from: { path: '^contract/' },
      to: { path: '^(renderer|electron|cli|scripts|tests|bench)/' },
    },
    {
      name: 'renderer-imports-no-electron-or-cli',
      comment:
        'The renderer talks to a Host interface; shared IPC types live in contract/. Importing ' +
        'electron/ would drag main-process code into the web build.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^(electron|cli|scripts|tests|bench)/' },
    },
    {
      name: 'cli-imports-no-electron-or-renderer',
      comment: 'The CLI is a thin Node entry over core/: no desktop shell, no UI.',
      severity: 'error',
      from: { path: '^cli/' },
      to: { path: '^(electron|renderer|scripts|tests|bench)/' },
    },
    {
      name: 'electron-imports-no-renderer-or-cli',
      comment:
        'The desktop shell delegates to core/ and types its IPC against contract/; the renderer ' +
        'is loaded as a page, never imported.',
      severity: 'error',
      from: { path: '^electron/' },
      to: { path: '^(renderer|cli|scripts|tests|bench)/' },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that does not resolve is a typo or a missing dependency.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
