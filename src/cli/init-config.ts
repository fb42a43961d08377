// The text of the `.macrolintrc.yaml` that `macrolint --init` writes: a starter config with a
// comment on every key, so the file explains itself. Pure: answers in, YAML out.
import type { TemplateSyntax } from '../types.js';
import type { InitPlatform } from './init-platforms.js';

export const INIT_CONFIG_NAME = '.macrolintrc.yaml';

const DOCS = 'https://github.com/macrolint/macrolint/blob/main/docs';

export interface InitAnswers {
  platform: InitPlatform;
  /** Glob of the template files, relative to the config's folder. */
  files: string;
  syntax: TemplateSyntax;
}

/** A YAML double-quoted scalar: JSON's string syntax is a subset of it, so any glob stays one value. */
const quoted = (text: string): string => JSON.stringify(text);

function sourceLines({ platform, files, syntax }: InitAnswers): string[] {
  const lines = [
    '# Which files hold templates, and how to read them (docs/formats.md).',
    'sources:',
    '  # Globs relative to this file. Directory walks lint the files they match, whatever the extension.',
    `  - files: ${quoted(files)}`,
  ];
  if (platform.preset) {
    lines.push(`    # Read as a ${platform.name} export: ${platform.reads}.`, `    preset: ${platform.preset}`);
  } else {
    lines.push('    # One template per file; `sections` makes each heading section of a Markdown file a template.', '    templates: file');
  }
  if (syntax === 'auto') {
    lines.push('    # Placeholder dialect: `auto` detects it per template; name it (liquid, handlebars, jinja,', '    # helpscout, salesforce …) if detection guesses wrong.');
  } else {
    const example = platform.example && syntax === platform.syntax ? `, as in ${platform.example}` : '';
    lines.push(`    # Placeholder dialect${example}. \`auto\` would detect it per template instead.`);
  }
  lines.push(`    syntax: ${syntax}`);
  return lines;
}

function ruleLines({ platform }: InitAnswers): string[] {
  const lines = ['# Rule settings on top of the recommended ones: off, warn or error, or [severity, { options }].', '# `npx macrolint rules <id>` shows what a rule reports and its options.'];
  if (!platform.preset) {
    return [...lines, '# For example, to check placeholder names against your own list:', '#   placeholder-known: [warn, { known: [customer.first_name, order.number] }]', 'rules: {}'];
  }
  return [
    ...lines,
    'rules:',
    `  # Report placeholders ${platform.name} does not document, with the name you probably meant.`,
    '  # Add your custom fields and other names your templates use to `known` (globs: ticket.ticket_field_*).',
    `  placeholder-known: [warn, { platform: ${platform.preset}, known: [] }]`,
  ];
}

export function initConfigText(answers: InitAnswers): string {
  return [
    `# macrolint config for ${answers.platform.label}, written by \`macrolint --init\`.`,
    `# Every key is explained in ${DOCS}/config.md`,
    '',
    '# Start from the built-in recommended rules (`npx macrolint rules` lists them).',
    'extends: macrolint:recommended',
    '',
    ...sourceLines(answers),
    '',
    ...ruleLines(answers),
    '',
    '# Files and folders not to lint, relative to this file, for example [drafts/, "**/*.bak.md"].',
    '# .gitignore and .macrolintignore are read as well.',
    'ignores: []',
    '',
  ].join('\n');
}

/**
 * The folder a glob starts in (`zendesk/**\/*.json` -> `zendesk`), or the glob itself when it names
 * one file: what to pass to `macrolint` to lint just the templates. '' when the glob starts with a wildcard.
 */
export function globBase(glob: string): string {
  const segments = glob.replace(/^\.\//, '').split('/');
  const wild = segments.findIndex((segment) => /[*?[\]{}()!]/.test(segment));
  return (wild === -1 ? segments : segments.slice(0, wild)).join('/');
}

/** A command line argument, quoted for a POSIX shell when it needs to be. */
export function shellArg(arg: string): string {
  return /^[\w./@%+=:,-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
