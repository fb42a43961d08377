// `macrolint --init` in-process: the config it writes for each platform is valid for the real
// config loader and lints that platform's fixture; it asks on a terminal, takes flags otherwise,
// never overwrites a config, and never hangs without a terminal.
import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { globBase, initConfigText, shellArg } from '../../src/cli/init-config.js';
import { INIT_PLATFORMS } from '../../src/cli/init-platforms.js';
import { writeNew } from '../../src/cli/init.js';
import { loadConfig } from '../../src/config/index.js';
import { DEFAULT_EXTENSIONS } from '../../src/engine/find-files.js';
import { lintFiles } from '../../src/engine/lint-files.js';
import type { Diagnostic, FileResult } from '../../src/types.js';
import { tempTree, type TempTree } from '../engine/temp-tree.js';
import { runMain, type RunOutcome } from './run-main.js';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const CONFIG = '.macrolintrc.yaml';

let tree: TempTree | undefined;
afterEach(() => {
  tree?.remove();
  tree = undefined;
});

function folder(files: Record<string, string> = {}): string {
  tree = tempTree({ 'README.md': '# Our macros\n', ...files });
  return tree.root;
}

const init = (cwd: string, flags: string[] = []) => runMain(['--init', ...flags], { cwd });

/** Runs main() on a "terminal": stdin and stdout are TTYs, and the answers are typed into stdin. */
async function initOnTerminal(cwd: string, answers: string[] | undefined, flags: string[] = []): Promise<RunOutcome> {
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  if (answers) stdin.end(answers.map((a) => `${a}\n`).join(''));
  else stdin.end();
  let stdout = '';
  let stderr = '';
  const code = await main(['--init', ...flags], {
    stdin,
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    cwd,
    env: {},
    isTTY: true,
  });
  return { code, stdout, stderr };
}

/** The messages of a run, comparable across runs: file (relative), template, rule and position. */
function messagesOf(results: FileResult[], root: string, keep: (m: Diagnostic) => boolean = () => true): string[] {
  return results.flatMap((r) =>
    r.messages.filter(keep).map((m) => `${path.relative(root, r.filePath)} ${m.template} ${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`),
  );
}

describe('--init --platform <export>: the written config, through the real loader, lints the fixture', () => {
  for (const platform of INIT_PLATFORMS.filter((p) => p.preset)) {
    it(platform.id, async () => {
      const cwd = folder();
      // The export goes where the default glob looks: zendesk/…, helpscout/…
      cpSync(path.join(fixtures, 'platforms', platform.id), path.join(cwd, platform.id), { recursive: true });
      const out = await init(cwd, ['--platform', platform.id]);
      expect(out.stderr).toBe('');
      expect(out.code).toBe(0);

      const config = await loadConfig({ cwd });
      expect(config.filePath).toBe(path.join(cwd, CONFIG));
      const anyExport = path.join(cwd, platform.id, 'x.json');
      expect(config.isSourceFile(anyExport)).toBe(true);
      expect(config.printable(anyExport)).toMatchObject({ rules: { 'placeholder-known': ['warn', { platform: platform.id, known: [] }] } });

      // A walk of the whole folder finds the export only through `sources`; the same file named
      // directly with no config is read by shape. Both must read the same templates and find the
      // same problems, except the placeholder names the config now checks.
      const configured = await lintFiles([], { cwd });
      const exports = configured.map((r) => r.filePath);
      expect(exports.filter((f) => f.endsWith('.json') || f.endsWith('.yaml')).length).toBeGreaterThan(0);
      const bare = await lintFiles(exports, { cwd, useConfigLookup: false });
      expect(configured.flatMap((r) => r.messages).filter((m) => m.fatal)).toEqual([]);
      expect(configured.map((r) => r.templates)).toEqual(bare.map((r) => r.templates));
      expect(messagesOf(configured, cwd, (m) => m.ruleId !== 'placeholder-known')).toEqual(messagesOf(bare, cwd));
      expect(messagesOf(configured, cwd).length).toBeGreaterThan(0);
    });
  }

  it('front: placeholder-known now reports a name Front does not document', async () => {
    const cwd = folder();
    cpSync(path.join(fixtures, 'platforms', 'front'), path.join(cwd, 'front'), { recursive: true });
    await init(cwd, ['--platform', 'front']);
    const results = await lintFiles([], { cwd });
    expect(results.flatMap((r) => r.messages).filter((m) => m.ruleId === 'placeholder-known')).toHaveLength(1);
  });

  it('writes each key with a comment, the platform’s dialect and the preset', async () => {
    const cwd = folder({ 'helpscout/': '' });
    expect((await init(cwd, ['--platform', 'helpscout'])).code).toBe(0);
    const text = readFileSync(path.join(cwd, CONFIG), 'utf8');
    for (const key of ['extends: macrolint:recommended', 'sources:', '  - files: "helpscout/**/*.{json,yaml,yml}"', '    preset: helpscout', '    syntax: helpscout', 'rules:', 'ignores: []']) {
      const lines = text.split('\n');
      const at = lines.indexOf(key);
      expect(at, key).toBeGreaterThan(0);
      expect(lines[at - 1], `comment above ${key}`).toMatch(/^\s*#/);
    }
    expect(text).toContain('{%customer.firstName,fallback=there%}');
  });
});

describe('--init --platform markdown', () => {
  it('writes a config for plain template files that lints them as before, with the chosen syntax', async () => {
    const cwd = folder();
    cpSync(path.join(fixtures, 'examples'), path.join(cwd, 'templates'), { recursive: true });
    const out = await init(cwd, ['--platform', 'markdown']);
    expect(out.code).toBe(0);
    const config = await loadConfig({ cwd });
    expect(config.filePath).toBe(path.join(cwd, CONFIG));
    expect(readFileSync(config.filePath!, 'utf8')).toContain('    syntax: auto\n');
    const configured = await lintFiles(['templates'], { cwd });
    const bare = await lintFiles(['templates'], { cwd, useConfigLookup: false });
    expect(configured.length).toBe(7);
    expect(messagesOf(configured, cwd)).toEqual(messagesOf(bare, cwd));
  });

  it('its default glob names exactly the extensions directory walks pick up', () => {
    const markdown = INIT_PLATFORMS.find((p) => p.id === 'markdown')!;
    const extensions = /\{(.*)\}$/.exec(markdown.files)![1]!.split(',').map((e) => `.${e}`);
    expect(extensions.sort()).toEqual([...DEFAULT_EXTENSIONS].sort());
  });

  it('takes --templates and --syntax, and keeps an odd glob one YAML value', async () => {
    const cwd = folder();
    const glob = 'replies "2024" #1: a\'b/*.md';
    const out = await init(cwd, ['--platform', 'markdown', '--templates', glob, '--syntax', 'handlebars']);
    expect(out.code).toBe(0);
    const config = await loadConfig({ cwd });
    expect(config.isSourceFile(path.join(cwd, 'replies "2024" #1: a\'b', 'x.md'))).toBe(true);
    expect(config.printable(path.join(cwd, 'replies "2024" #1: a\'b', 'x.md'))).toMatchObject({ format: { syntax: 'handlebars' } });
    expect(out.stdout).toContain(`  npx macrolint 'replies "2024" #1: a'\\''b'\n`);
  });
});

describe('--init without a terminal', () => {
  it('exits 2 without --platform, listing the choices, and writes nothing', async () => {
    const cwd = folder();
    const out = await init(cwd);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('--init cannot ask which platform your templates are for');
    expect(out.stderr).toContain('zendesk, helpscout, freshdesk, intercom, front, gorgias, markdown');
    expect(existsSync(path.join(cwd, CONFIG))).toBe(false);
  });

  it('also when only stdout is a terminal (piped answers are not a conversation)', async () => {
    const out = await runMain(['--init'], { cwd: folder(), isTTY: true, stdin: '1\n' });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('Name it with --platform');
  });

  it('prints what it wrote and the command to run next, and whether that folder exists yet', async () => {
    const cwd = folder();
    const out = await init(cwd, ['--platform', 'zendesk']);
    expect(out.stdout).toBe(
      [
        `Wrote ${path.join(cwd, CONFIG)} for Zendesk macros (JSON or YAML export): templates in zendesk/**/*.{json,yaml,yml}, placeholder syntax liquid.`,
        'Next, lint your templates:',
        '  npx macrolint zendesk',
        'zendesk/ does not exist yet: put your Zendesk export there, or change "files" in .macrolintrc.yaml.',
        '',
      ].join('\n'),
    );
    const ready = folder({ 'zendesk/macros.json': '[]' });
    expect((await init(ready, ['--platform', 'zendesk'])).stdout).not.toContain('does not exist');
  });

  it('rejects unknown values with a suggestion, and a negated glob', async () => {
    const cases: Array<[string[], string]> = [
      [['--platform', 'zendsk'], 'Unknown --platform "zendsk" (did you mean "zendesk"?). Choose one of: zendesk, helpscout, freshdesk, intercom, front, gorgias, markdown.'],
      [['--platform', 'markdown', '--syntax', 'liquidd'], 'Unknown --syntax "liquidd" (did you mean "liquid"?).'],
      [['--platform', 'markdown', '--templates', '!drafts/**'], '--templates "!drafts/**" can\'t be used: negated globs'],
    ];
    for (const [flags, message] of cases) {
      const cwd = folder();
      const out = await init(cwd, flags);
      expect(out.code, flags.join(' ')).toBe(2);
      expect(out.stderr).toContain(message);
      expect(existsSync(path.join(cwd, CONFIG))).toBe(false);
    }
  });
});

describe('--init never overwrites a config', () => {
  const existing: Array<[string, string, string]> = [
    ['.macrolintrc', '{}', '.macrolintrc'],
    ['.macrolintrc.yaml', 'extends: macrolint:recommended\n', '.macrolintrc.yaml'],
    ['.macrolintrc.json', '', '.macrolintrc.json'],
    ['macrolint.config.mjs', 'export default {};\n', 'macrolint.config.mjs'],
    ['package.json', '{ "name": "x", "macrolint": { "rules": {} } }', 'package.json ("macrolint" key)'],
  ];
  for (const [file, content, named] of existing) {
    it(`refuses when ${named} is there`, async () => {
      const cwd = folder({ [file]: content });
      const out = await init(cwd, ['--platform', 'zendesk']);
      expect(out.code).toBe(2);
      expect(out.stdout).toBe('');
      expect(out.stderr).toBe(`macrolint: A config file already exists: ${path.join(cwd, named)}. --init does not overwrite it: edit it, or remove it and run macrolint --init again.\n`);
      expect(readFileSync(path.join(cwd, file), 'utf8')).toBe(content);
    });
  }

  it('writes next to a package.json without a "macrolint" key', async () => {
    const cwd = folder({ 'package.json': '{ "name": "x" }' });
    expect((await init(cwd, ['--platform', 'zendesk'])).code).toBe(0);
    expect(existsSync(path.join(cwd, CONFIG))).toBe(true);
  });

  it('writes with O_EXCL, so a config created after the check is not overwritten either', async () => {
    const cwd = folder({ [CONFIG]: 'rules: {}\n' });
    await expect(writeNew(path.join(cwd, CONFIG), 'extends: x\n')).rejects.toThrow(`${path.join(cwd, CONFIG)} already exists; --init does not overwrite a config.`);
    expect(readFileSync(path.join(cwd, CONFIG), 'utf8')).toBe('rules: {}\n');
  });

  it('exits 2 naming the file when it cannot be written', async () => {
    const cwd = path.join(folder(), 'no-such-folder');
    const out = await init(cwd, ['--platform', 'zendesk']);
    expect(out).toEqual({ code: 2, stdout: '', stderr: `macrolint: Cannot write ${path.join(cwd, CONFIG)}: ENOENT.\n` });
  });

  it('checks before asking anything', async () => {
    const out = await initOnTerminal(folder({ '.macrolintrc.json': '{}' }), ['1', '']);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
  });
});

describe('--init on a terminal', () => {
  it('asks for the platform from a numbered list, then where the templates live (Enter takes the default)', async () => {
    const cwd = folder();
    const out = await initOnTerminal(cwd, ['2', '']);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('Where are your templates kept?\n  1) Zendesk macros (JSON or YAML export)\n  2) Help Scout saved replies');
    expect(out.stdout).toContain('  7) Markdown, HTML or text files in a repository\nChoose 1-7 [7]: ');
    expect(out.stdout).toContain('Which files hold the templates (a glob relative to this folder)? [helpscout/**/*.{json,yaml,yml}]: ');
    expect(out.stdout).not.toContain('placeholder syntax do');
    const text = readFileSync(path.join(cwd, CONFIG), 'utf8');
    expect(text).toContain('    preset: helpscout\n    # ');
    expect(text).toContain('    syntax: helpscout\n');
  });

  it('asks again after an answer it cannot use; takes a platform by name', async () => {
    const cwd = folder();
    const out = await initOnTerminal(cwd, ['9', 'Gorgias', '!macros', 'exports/gorgias.json']);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('"9" is not one of the choices: answer with a number from 1 to 7.\nChoose 1-7 [7]: ');
    expect(out.stdout).toContain("That can't be used: negated globs");
    expect(readFileSync(path.join(cwd, CONFIG), 'utf8')).toContain('  - files: "exports/gorgias.json"\n    # Read as a Gorgias export');
    expect(out.stdout).toContain('  npx macrolint exports/gorgias.json\n');
  });

  it('for plain files, also asks for the placeholder syntax', async () => {
    const cwd = folder();
    const out = await initOnTerminal(cwd, ['', 'macros/**/*.md', '3']);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('Which placeholder syntax do the templates use?\n  1) auto: detect it in each template\n  2) liquid:');
    const text = readFileSync(path.join(cwd, CONFIG), 'utf8');
    expect(text).toContain('  - files: "macros/**/*.md"\n');
    expect(text).toContain('    syntax: handlebars\n');
  });

  it('skips the questions its flags answer', async () => {
    const cwd = folder();
    const out = await initOnTerminal(cwd, [''], ['--platform', 'front']);
    expect(out.code).toBe(0);
    expect(out.stdout).not.toContain('Choose 1-7');
    expect(out.stdout).toContain('[front/**/*.{json,yaml,yml}]: ');
  });

  it('exits 2 and writes nothing when input ends before the last answer', async () => {
    const cwd = folder();
    const out = await initOnTerminal(cwd, ['1']);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe('macrolint: --init was cancelled before every question was answered; nothing was written.\n');
    expect(existsSync(path.join(cwd, CONFIG))).toBe(false);
  });
});

describe('--init usage errors', () => {
  const cases: Array<[string[], string]> = [
    [['--platform', 'zendesk'], '--platform only applies together with --init.'],
    [['--templates', 'x/*.md'], '--templates only applies together with --init.'],
    [['--init', '--platform', 'zendesk', 'macros/'], '--init writes a config for the working directory and takes no file patterns (macros/).'],
    [['--init', '--platform', 'zendesk', '-c', 'other.yaml'], '--init cannot be combined with -c.'],
    [['--init', '--platform', 'zendesk', '--fix'], '--init cannot be combined with --fix.'],
    [['rules', '--init'], '--init cannot be used with the rules command.'],
  ];
  for (const [argv, message] of cases) {
    it(argv.join(' '), async () => {
      const cwd = folder();
      const out = await runMain(argv, { cwd });
      expect(out).toEqual({ code: 2, stdout: '', stderr: `macrolint: ${message}\n` });
      expect(existsSync(path.join(cwd, CONFIG))).toBe(false);
    });
  }
});

describe('init-config helpers', () => {
  it('globBase: the folder a glob starts in, or the file it names', () => {
    expect(globBase('zendesk/**/*.{json,yaml,yml}')).toBe('zendesk');
    expect(globBase('./support/macros/*.md')).toBe('support/macros');
    expect(globBase('**/*.md')).toBe('');
    expect(globBase('exports/macros.json')).toBe('exports/macros.json');
  });

  it('shellArg quotes only what a shell would split or expand', () => {
    expect(shellArg('zendesk/exports')).toBe('zendesk/exports');
    expect(shellArg('my macros')).toBe("'my macros'");
    expect(shellArg("it's")).toBe("'it'\\''s'");
  });

  it('every platform’s text is a config the loader accepts', async () => {
    for (const platform of INIT_PLATFORMS) {
      const cwd = folder({ [CONFIG]: initConfigText({ platform, files: platform.files, syntax: platform.syntax }) });
      await expect(loadConfig({ cwd }), platform.id).resolves.toMatchObject({ filePath: path.join(cwd, CONFIG) });
    }
  });
});
