// What `macrolint --init` can set up: one choice per help-desk export macrolint has a preset for
// (docs/formats.md, "Platform presets"), and plain template files. Only data and checks: main.ts
// checks the --init flags on every run, so this must not load anything a lint run doesn't need.
import type { PresetId } from '../formats/presets/index.js';
import type { TemplateSyntax } from '../types.js';
import { UsageError } from './errors.js';
import type { CliOptions } from './program.js';

export type InitPlatformId = PresetId | 'markdown';

export interface InitPlatform {
  id: InitPlatformId;
  /** What the user picks from: "Zendesk macros (JSON or YAML export)". */
  label: string;
  /** The product: "Help Scout". */
  name: string;
  /** The preset that reads the export; none for plain template files. */
  preset?: PresetId;
  /** The placeholder dialect written to the config. */
  syntax: TemplateSyntax;
  /** Where the templates live unless the user says otherwise. */
  files: string;
  /** For the config's comments: which fields of the export are templates. */
  reads?: string;
  /** For the config's comments: a customer-name placeholder in the platform's dialect. */
  example?: string;
}

/** A help desk's export: read by its preset from `<id>/…` unless the user says otherwise. */
function helpDesk(id: PresetId, name: string, records: string, syntax: TemplateSyntax, reads: string, example: string): InitPlatform {
  return { id, name, label: `${name} ${records} (JSON or YAML export)`, preset: id, syntax, files: `${id}/**/*.{json,yaml,yml}`, reads, example };
}

// The dialects: Zendesk's is Liquid and Help Scout's its own `{%…%}` (the presets say so). The
// other four write `{{…}}` with Liquid filters (shared/domain.md, section 2); their presets leave
// the dialect to detection, which reads the platforms' fixtures the same way as `liquid` does.
// Naming it in the config means a template that looks like another dialect is still read as Liquid.
export const INIT_PLATFORMS: readonly InitPlatform[] = [
  helpDesk('zendesk', 'Zendesk', 'macros', 'liquid', "each macro's comment_value (Markdown), comment_value_html (HTML) and subject actions", '{{ticket.requester.first_name}}'),
  helpDesk('helpscout', 'Help Scout', 'saved replies', 'helpscout', "each reply's text (HTML) and chatText", '{%customer.firstName,fallback=there%}'),
  helpDesk('freshdesk', 'Freshdesk', 'canned responses', 'liquid', "each response's content_html (HTML)", '{{ticket.requester.firstname}}'),
  helpDesk('intercom', 'Intercom', 'macros', 'liquid', "each macro's body_text, else its body (HTML)", '{{user.name | fallback: "there"}}'),
  helpDesk('front', 'Front', 'message templates', 'liquid', "each template's subject and body (HTML)", '{{recipient.first_name}}'),
  helpDesk('gorgias', 'Gorgias', 'macros', 'liquid', "each action's arguments.body_html, else its body_text", '{{ticket.customer.firstname}}'),
  {
    id: 'markdown', name: 'Markdown', label: 'Markdown, HTML or text files in a repository', syntax: 'auto',
    // The extensions directory walks pick up (DEFAULT_EXTENSIONS; a test keeps the two the same).
    files: 'templates/**/*.{md,markdown,txt,liquid,hbs,handlebars,mustache,j2,jinja,html,htm}',
  },
];

/** Generic template files: the choice when nothing is said (the Enter key at the prompt). */
export const DEFAULT_PLATFORM: InitPlatform = INIT_PLATFORMS.find((p) => p.id === 'markdown')!;

export const platformIds = (): string[] => INIT_PLATFORMS.map((p) => p.id);

/** Why a templates glob can't go in the config, or undefined. */
export function globProblem(glob: string): string | undefined {
  if (glob.trim() === '') return 'it is empty';
  // As in the config: a leading "!" would match every *other* file.
  if (glob.startsWith('!')) return 'negated globs ("!…") are not supported; name the files that hold templates';
  return undefined;
}

const INIT_ONLY: ReadonlyArray<[keyof CliOptions, string]> = [
  ['platform', '--platform'],
  ['templates', '--templates'],
  ['syntax', '--syntax'],
];

// Flags that mean a lint run (or another command): with --init they would be silently ignored.
const NOT_WITH_INIT: ReadonlyArray<[keyof CliOptions, string]> = [
  ['config', '-c'],
  ['stdin', '--stdin'],
  ['fix', '--fix'],
  ['fixDryRun', '--fix-dry-run'],
  ['printConfig', '--print-config'],
  ['listRules', '--list-rules'],
  ['rule', '--rule'],
  ['outputFile', '-o'],
];

/** Usage errors of --init and its flags, before anything is loaded. */
export function checkInitUsage(command: string, patterns: readonly string[], options: CliOptions): void {
  if (!options.init) {
    const stray = INIT_ONLY.find(([key]) => options[key] !== undefined);
    if (stray) throw new UsageError(`${stray[1]} only applies together with --init.`);
    return;
  }
  if (command !== 'lint') throw new UsageError(`--init cannot be used with the ${command} command.`);
  if (patterns.length > 0) throw new UsageError(`--init writes a config for the working directory and takes no file patterns (${patterns.join(' ')}).`);
  const clash = NOT_WITH_INIT.find(([key]) => options[key] !== undefined && options[key] !== false);
  if (clash) throw new UsageError(`--init cannot be combined with ${clash[1]}.`);
}
