// Bundles the CLI and its lint worker after tsc has built dist/: a pre-commit run loads a few
// files instead of resolving ~300 ES modules one by one. Code splitting keeps every lazy
// boundary of the source (the core, each rule, each formatter, --init) a separate file that is
// loaded only when a run needs it. The library API (`import 'macrolint'`) stays tsc's output.
import { build } from 'esbuild';

await build({
  entryPoints: { cli: 'dist/src/cli/main.js', 'lint-worker': 'dist/src/engine/lint-worker.js' },
  outdir: 'dist/bundle',
  // Lazily loaded modules keep their source file's name (lint-text-XXXX.js), so a test can tell
  // what a run loaded.
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // cosmiconfig loads TypeScript config files with the user's own `typescript`, if any: bundling
  // it would add 9 MB. Parsers loaded with require() on first use stay in node_modules.
  external: ['typescript'],
  // Bundled CommonJS dependencies call require() for Node built-ins, and read __filename and
  // __dirname (import-fresh, which cosmiconfig uses for .cjs config files).
  banner: {
    js: [
      "import { createRequire as __macrolintRequire } from 'node:module';",
      "import { fileURLToPath as __macrolintPath } from 'node:url';",
      'const require = __macrolintRequire(import.meta.url);',
      'const __filename = __macrolintPath(import.meta.url);',
      "const __dirname = __macrolintPath(new URL('.', import.meta.url));",
    ].join(' '),
  },
  legalComments: 'none',
  logLevel: 'warning',
});
