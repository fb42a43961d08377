// Plugin packages in temp projects: the acme fixture copied into node_modules (node_modules is
// git-ignored, so the fixture lives outside it), or small plugins written for one test.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ACME_FIXTURE = fileURLToPath(new URL('../../fixtures/plugins/macrolint-plugin-acme/', import.meta.url));

export function installAcme(projectDir: string): string {
  const target = path.join(projectDir, 'node_modules', 'macrolint-plugin-acme');
  fs.cpSync(ACME_FIXTURE, target, { recursive: true });
  return target;
}

/** A rule module's source, for plugins written inline. */
export function ruleSource(id: string, extra = ''): string {
  return `{
    meta: { id: ${JSON.stringify(id)}, type: 'style', docs: { description: 'Flags "${id}".' }, messages: { found: 'Found {{phrase}}.' } },
    patterns: [${JSON.stringify(id.replace(/-/g, ' '))}],
    create(context) {
      for (const sentence of context.prose.sentences)
        for (const m of context.matchPatterns(sentence)) {
          const start = m.tokens[0].start, end = m.tokens[m.tokens.length - 1].end;
          context.report({ messageId: 'found', data: { phrase: context.text.slice(start, end) }, start, end });
        }
    },
    ${extra}
  }`;
}

/** Files of an ES-module plugin package `name` exporting `body` (JS source of the default export). */
export function esmPackage(name: string, body: string): Record<string, string> {
  return {
    [`node_modules/${name}/package.json`]: JSON.stringify({ name, version: '0.1.0', type: 'module', main: 'index.js' }),
    [`node_modules/${name}/index.js`]: `export default ${body};\n`,
  };
}
