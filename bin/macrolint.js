#!/usr/bin/env node
// Thin on purpose: everything testable lives in src/cli/main.ts.
import module from 'node:module';

module.enableCompileCache?.();

try {
  const { main } = await import('../dist/src/cli/main.js');
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const debug = /(^|[\s,])(macrolint|\*)([\s,]|$)/.test(process.env.DEBUG ?? '');
  console.error(`macrolint: ${debug && error?.stack ? error.stack : (error?.message ?? error)}`);
  if (!debug) console.error('Run again with DEBUG=macrolint for the stack trace.');
  process.exitCode = 2;
}
