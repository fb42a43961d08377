// `macrolint --init`: writes a starter `.macrolintrc.yaml` for the working directory, like
// `eslint --init`. On a terminal it asks (the platform, where the templates live, and for plain
// files their placeholder dialect); otherwise the flags answer (--platform, --templates, --syntax).
//
// Without a terminal and without --platform it stops with exit code 2 instead of guessing: a
// guessed platform writes a config that silently skips the user's exports, and --init never
// overwrites, so a wrong guess would cost them a manual delete. A script can always say what it wants.
import { lstat, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SEARCH_PLACES } from '../config/load.js';
import { didYouMean } from '../config/suggest.js';
import { SYNTAXES } from '../config/validate-sources.js';
import { escapeControlChars } from '../formatters/escape.js';
import type { TemplateSyntax } from '../types.js';
import { EXIT_OK, UsageError } from './errors.js';
import { globBase, INIT_CONFIG_NAME, initConfigText, shellArg, type InitAnswers } from './init-config.js';
import { DEFAULT_PLATFORM, globProblem, INIT_PLATFORMS, platformIds, type InitPlatform } from './init-platforms.js';
import { canPrompt, createPrompter, type Choice, type Prompter } from './init-prompt.js';
import type { CliIO } from './io.js';
import type { CliOptions } from './program.js';

/** The config file cosmiconfig would find in `dir` itself, if any (what --init would shadow or duplicate). */
export async function existingConfig(dir: string): Promise<string | undefined> {
  for (const name of SEARCH_PLACES) {
    const file = path.join(dir, name);
    if (!(await lstat(file).catch(() => undefined))) continue;
    if (name !== 'package.json') return file;
    try {
      // As cosmiconfig reads it: a package.json counts only with a "macrolint" value.
      const pkg = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown> | null;
      if (pkg?.macrolint != null) return `${file} ("macrolint" key)`;
    } catch {
      // Unreadable or not JSON: not a config --init could overwrite.
    }
  }
  return undefined;
}

function platformFromFlag(value: string): InitPlatform {
  const found = INIT_PLATFORMS.find((p) => p.id === value.toLowerCase());
  if (found) return found;
  throw new UsageError(`Unknown --platform "${value}"${didYouMean(value, platformIds())}. Choose one of: ${platformIds().join(', ')}.`);
}

function syntaxFromFlag(value: string): TemplateSyntax {
  if ((SYNTAXES as readonly string[]).includes(value)) return value as TemplateSyntax;
  throw new UsageError(`Unknown --syntax "${value}"${didYouMean(value, SYNTAXES)}. Choose one of: ${SYNTAXES.join(', ')}.`);
}

function filesFromFlag(value: string): string {
  const problem = globProblem(value);
  if (problem) throw new UsageError(`--templates "${value}" can't be used: ${problem}.`);
  return value;
}

const PLATFORM_CHOICES: Choice<InitPlatform>[] = INIT_PLATFORMS.map((p) => ({ value: p, label: p.label, names: [p.id] }));
const SYNTAX_LABELS: Partial<Record<TemplateSyntax, string>> = {
  auto: 'detect it in each template',
  liquid: '{{ customer.first_name }}, {% if %} (Zendesk, Intercom, Front, Gorgias, Shopify)',
  handlebars: '{{first_name}}, {{#if}} (Handlebars, Mustache)',
  jinja: '{{ first_name }}, {% if %}, {# #} (Jinja)',
  helpscout: '{%customer.firstName,fallback=there%} (Help Scout)',
  salesforce: '{!Contact.FirstName} (Salesforce)',
  osticket: '%{ticket.number} (osTicket)',
  github: '@{issue-author} (GitHub label-actions, bots)',
  dollar: '${var} (bot command files)',
};
const SYNTAX_CHOICES: Choice<TemplateSyntax>[] = SYNTAXES.map((s) => ({ value: s, label: `${s}: ${SYNTAX_LABELS[s] ?? s}`, names: [s] }));

/** The answers the flags give, asking for what they leave out when `prompter` can. */
async function collectAnswers(options: CliOptions, prompter: Prompter | undefined): Promise<InitAnswers> {
  let platform: InitPlatform;
  if (options.platform !== undefined) platform = platformFromFlag(options.platform);
  else if (prompter) platform = await prompter.choose('Where are your templates kept?', PLATFORM_CHOICES, INIT_PLATFORMS.indexOf(DEFAULT_PLATFORM));
  else {
    throw new UsageError(
      `--init cannot ask which platform your templates are for: stdin or stdout is not a terminal. Name it with --platform, one of: ${platformIds().join(', ')} (markdown: plain template files). For example: macrolint --init --platform zendesk`,
    );
  }
  let files: string;
  if (options.templates !== undefined) files = filesFromFlag(options.templates);
  else if (prompter) files = await prompter.text('Which files hold the templates (a glob relative to this folder)?', platform.files, globProblem);
  else files = platform.files;
  let syntax: TemplateSyntax;
  if (options.syntax !== undefined) syntax = syntaxFromFlag(options.syntax);
  // Exports have one dialect; plain files can hold any, so those are asked about.
  else if (prompter && !platform.preset) syntax = await prompter.choose('Which placeholder syntax do the templates use?', SYNTAX_CHOICES, 0);
  else syntax = platform.syntax;
  return { platform, files, syntax };
}

export async function writeNew(target: string, text: string): Promise<void> {
  try {
    // 'wx': never overwrite, even a file created since existingConfig() looked.
    await writeFile(target, text, { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    if (code === 'EEXIST') throw new UsageError(`${target} already exists; --init does not overwrite a config.`);
    throw new UsageError(`Cannot write ${target}: ${code}.`);
  }
}

/** What to run next: lint the folder the glob starts in, or everything when it starts with a wildcard. */
async function nextSteps(answers: InitAnswers, cwd: string): Promise<string[]> {
  const base = globBase(answers.files);
  const command = base === '' ? 'npx macrolint' : `npx macrolint ${shellArg(base)}`;
  const lines = ['Next, lint your templates:', `  ${escapeControlChars(command)}`];
  if (base !== '' && !(await stat(path.resolve(cwd, base)).catch(() => undefined))) {
    const what = answers.platform.preset ? `your ${answers.platform.name} export` : 'your templates';
    const where = base === answers.files ? base : `${base}/`;
    lines.push(`${escapeControlChars(where)} does not exist yet: put ${what} there, or change "files" in ${INIT_CONFIG_NAME}.`);
  }
  return lines;
}

export async function runInit(options: CliOptions, io: CliIO): Promise<number> {
  const target = path.join(io.cwd, INIT_CONFIG_NAME);
  const existing = await existingConfig(io.cwd);
  if (existing) {
    throw new UsageError(`A config file already exists: ${existing}. --init does not overwrite it: edit it, or remove it and run macrolint --init again.`);
  }
  const prompter = canPrompt(io) ? createPrompter(io) : undefined;
  let answers: InitAnswers;
  try {
    answers = await collectAnswers(options, prompter);
  } finally {
    prompter?.close();
  }
  await writeNew(target, initConfigText(answers));
  const summary = `Wrote ${target} for ${answers.platform.label}: templates in ${answers.files}, placeholder syntax ${answers.syntax}.`;
  io.stdout.write(`${[escapeControlChars(summary), ...(await nextSteps(answers, io.cwd))].join('\n')}\n`);
  return EXIT_OK;
}
