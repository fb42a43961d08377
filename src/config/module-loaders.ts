// Loaders for JavaScript and TypeScript configs, built on cosmiconfig's: it lives in
// node_modules, so its import() is Node's own in production and under the test runner alike.
import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { defaultLoaders, type Loader } from 'cosmiconfig';
import { syntaxError } from './syntax.js';

const loadJs = defaultLoaders['.mjs']!;

export const loadModule: Loader = async (filePath, content) => {
  try {
    // `export default null` is an empty config, not a missing one (cosmiconfig would skip it).
    return (await loadJs(filePath, content)) ?? undefined;
  } catch (error) {
    // When import() fails, cosmiconfig retries with require(), and on Node 20 the retry's error
    // ("Cannot require() ES Module … not yet fully loaded") replaces the one that matters.
    if (/not yet fully loaded/.test((error as Error).message)) {
      throw new Error(`it does not load as an ES module; run "node ${filePath}" to see the error and its line`, { cause: error });
    }
    throw error;
  }
};

/**
 * Compiles with `typescript` (an optional dependency, as for cosmiconfig), reporting syntax
 * errors with their line, to an `.mjs` beside the config so that its relative imports resolve.
 */
export const loadTypeScript: Loader = async (filePath, content) => {
  const ts = await importTypeScript();
  const { outputText, diagnostics = [] } = ts.transpileModule(content, {
    fileName: filePath,
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
  });
  const [first] = diagnostics;
  if (first) {
    const where = first.file && first.start !== undefined ? first.file.getLineAndCharacterOfPosition(first.start) : undefined;
    const position = where && { line: where.line + 1, column: where.character + 1 };
    throw syntaxError(filePath, ts.flattenDiagnosticMessageText(first.messageText, ' ').replace(/\.$/, ''), position, first);
  }
  const compiled = `${filePath}.${randomUUID()}.mjs`;
  await writeFile(compiled, outputText);
  try {
    return await loadModule(compiled, outputText);
  } finally {
    await rm(compiled, { force: true });
  }
};

async function importTypeScript(): Promise<typeof import('typescript')> {
  try {
    return (await import('typescript')).default;
  } catch (error) {
    throw new Error('a TypeScript config needs the "typescript" package: npm install --save-dev typescript', { cause: error });
  }
}
