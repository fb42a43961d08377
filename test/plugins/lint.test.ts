// Plugin and YAML rules in a real lint run: loaded from the config, not from the registry, and
// reported under the id the config uses.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/engine/lint-files.js';
import { makeDir } from '../config/helpers.js';
import { installAcme } from './helpers.js';

describe('linting with plugin and YAML rules', () => {
  it('reports plugin rules as <prefix>/<id> and YAML rules by their id, per template metadata', async () => {
    const dir = makeDir({
      '.macrolintrc.yaml': [
        'plugins: [acme]',
        'rulesDir: ./rules',
        'rules:',
        '  acme/no-jargon: error',
        'overrides:',
        '  - metadata: { audience: internal }',
        '    rules: { acme/no-jargon: off }',
        '',
      ].join('\n'),
      'rules/no-asap.yaml': "message: 'Say when, not \"{{phrase}}\".'\nkind: phrase\npatterns: [asap]\n",
      'macros/a.md': 'I passed it to the T2 team. They will reply ASAP.\n',
      'macros/b.md': '---\naudience: internal\n---\nAsk the T2 team.\n',
    });
    installAcme(dir);
    const results = await lintFiles(['macros'], { cwd: dir });
    expect(results.map((r) => [path.basename(r.filePath), r.messages.map((m) => [m.ruleId, m.severity, m.line, m.column, m.message])])).toEqual([
      [
        'a.md',
        [
          ['acme/no-jargon', 2, 1, 20, '"T2 team" is Acme jargon the customer may not know. Say what it means, for example "our billing team".'],
          ['no-asap', 1, 1, 45, 'Say when, not "ASAP".'],
        ],
      ],
      ['b.md', []],
    ]);
  });
});
