// Parsers a run doesn't need are never loaded: a pre-commit run on Markdown files must not pay
// for parse5. Checked in a fresh Node process on the built core, through the module cache that
// the synchronous lazy loads go through.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, repoRoot } from './run-cli.js';

function parsersLoadedAfterLinting(filePath: string, text: string): { html: boolean; yaml: boolean } {
  const script = `
    import { createRequire } from 'node:module';
    const { lintText } = await import(${JSON.stringify(path.join(repoRoot, 'dist/src/core/lint-text.js'))});
    lintText(${JSON.stringify(text)}, { filePath: ${JSON.stringify(filePath)}, config: { rules: {} }, rules: new Map() });
    const loaded = Object.keys(createRequire(import.meta.url).cache);
    console.log(JSON.stringify({
      html: loaded.some((file) => file.includes('/node_modules/rehype-parse/')),
      yaml: loaded.some((file) => file.includes('/node_modules/yaml/')),
    }));
  `;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' })) as { html: boolean; yaml: boolean };
}

describe('lazy parsers', () => {
  beforeAll(() => assertBuilt());

  it('lints Markdown with plain front matter loading neither the HTML nor the YAML parser', () => {
    expect(parsersLoadedAfterLinting('reply.md', '---\ntitle: Refund approved\n---\nHi there,\n\nThanks for writing in.\n')).toEqual({ html: false, yaml: false });
  });

  it('loads each parser when a file needs it', () => {
    expect(parsersLoadedAfterLinting('reply.html', '<p>Hi there,</p><p>Thanks for writing in.</p>')).toEqual({ html: true, yaml: false });
    expect(parsersLoadedAfterLinting('reply.md', '---\ntags:\n  - billing\n---\nHi there.\n')).toEqual({ html: false, yaml: true });
    expect(parsersLoadedAfterLinting('macros.json', '{"macros": [{"title": "A", "body": "Hi there."}]}')).toEqual({ html: false, yaml: true });
  });
});
