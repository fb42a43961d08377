#!/usr/bin/env node
// Thin on purpose: everything testable lives in src/cli/main.ts, which returns the exit code.
import module from 'node:module';

module.enableCompileCache?.();

function crash(error) {
  const debug = /(^|[\s,])(macrolint(:\*)?|\*)([\s,]|$)/.test(process.env.DEBUG ?? '');
  const detail = debug && error?.stack ? error.stack : `${error?.message ?? error}\n(DEBUG=macrolint shows the stack trace.)`;
  process.stderr.write(`macrolint: internal error: ${detail}\n`);
  process.exit(2);
}
process.on('uncaughtException', crash).on('unhandledRejection', crash);
// `macrolint | head` closing the pipe early is not a crash.
process.stdout.on('error', (error) => (error.code === 'EPIPE' ? process.exit(process.exitCode ?? 0) : crash(error)));

// The bundled CLI (scripts/bundle.mjs): a few files to load instead of ~300 modules.
const { main } = await import('../dist/bundle/cli.js');
process.exitCode = await main(process.argv.slice(2));
