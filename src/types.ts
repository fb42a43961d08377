// The data that flows between macrolint's layers. Everything here is plain, serialisable data:
// diagnostics cross worker threads and end up in JSON reports, so no classes and no functions
// except in rule modules.

/** 1 = warning, 2 = error, as in ESLint's JSON output. */
export type Severity = 1 | 2;
export type SeveritySetting = 'off' | 'warn' | 'error' | 0 | 1 | 2;
export type RuleSetting = SeveritySetting | [SeveritySetting, ...unknown[]];

export interface TextEdit {
  /** 0-based [start, end) offsets in the linted text. */
  range: [number, number];
  text: string;
}

export interface Suggestion {
  desc: string;
  fix: TextEdit;
}

/** A problem found in a file. Positions are 1-based lines and columns, end exclusive, in the file. */
export interface Diagnostic {
  ruleId: string | null;
  severity: Severity;
  message: string;
  messageId?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** 0-based offsets in the text handed to lintText (a leading BOM is not part of it). */
  offset: number;
  endOffset: number;
  /** The name (or id) of the template the problem is in, for files that hold several. */
  template?: string;
  fix?: TextEdit;
  suggestions?: Suggestion[];
  /** A problem that stopped the file from being linted (parse error, unreadable file). */
  fatal?: boolean;
}

export interface FileResult {
  filePath: string;
  messages: Diagnostic[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The templates found in the file, with their metadata, in source order. */
  templates: TemplateSummary[];
  /** Directives that disabled nothing (only collected when asked for). */
  unusedDirectives?: Diagnostic[];
  /**
   * With --fix / --fix-dry-run, and only when fixes changed the file: the whole fixed file (its
   * BOM kept), as in ESLint's results. `messages` are then the problems left in this text.
   */
  output?: string;
  /** Set for UTF-16 files only (UTF-8 is the default): `--fix` writes `output` back in this encoding. */
  encoding?: 'utf-16le' | 'utf-16be';
}

export interface TemplateSummary {
  name: string;
  metadata: TemplateMetadata;
}

export interface TemplateMetadata {
  title?: string;
  id?: string;
  locale?: string;
  channel?: string;
  audience?: string;
  tags?: string[];
  [key: string]: unknown;
}

// ---------------------------------------------------------------------------------------------
// Templates and placeholders
// ---------------------------------------------------------------------------------------------

export type BodyKind = 'markdown' | 'text' | 'html';

/** A placeholder dialect. `auto` detects from the body. */
export type TemplateSyntax = 'auto' | 'liquid' | 'handlebars' | 'jinja' | 'helpscout' | 'osticket' | 'github' | 'dollar' | 'salesforce';

/**
 * Where a template's body sits in its file. Bodies inside JSON strings or YAML scalars are decoded
 * text (`\n`, `\"`, `\u2019` resolved), so a body offset is not a file offset: this maps one to
 * the other exactly, and encodes replacement text the way the file needs it.
 */
export interface PositionMap {
  /** The file offset of body offset `offset` (0..body.length; body.length maps to the body's end). */
  toFile(offset: number): number;
  /** Replacement text as it must be written into the file (JSON-escaped inside a JSON string). */
  encode(text: string): string;
}

/** One template (macro, saved reply) inside a file. A Markdown file is one template. */
export interface TemplateUnit {
  name: string;
  metadata: TemplateMetadata;
  kind: BodyKind;
  /** The body as its template engine sees it. Rules, prose offsets and `context.text` use this. */
  body: string;
  /** [start, end) of the prose in `body` (front matter excluded). */
  bodyStart: number;
  bodyEnd: number;
  /** Body offsets -> file offsets. */
  map: PositionMap;
  /** The placeholder dialect of the body (default: auto). */
  syntax?: TemplateSyntax;
  /** A subject line is linted as a one-line template of its own. */
  role?: 'body' | 'subject';
}

export type PlaceholderKind = 'output' | 'tag' | 'comment';

export interface PlaceholderFilter {
  name: string;
  args: string[];
}

/** A `{{ … }}`, `{% … %}` or template comment found in a body. */
export interface Placeholder {
  kind: PlaceholderKind;
  /** The delimiter family: `{{`, `{%`, `{#`, `%{`, `@{`, `${`, `{!` … */
  syntax: Exclude<TemplateSyntax, 'auto'>;
  /** Offsets in the linted text, end exclusive. */
  start: number;
  end: number;
  raw: string;
  /** For output: the variable path (`ticket.requester.first_name`); for tags: the tag name (`if`). */
  name: string;
  /** For tags: everything after the tag name. For comments: the comment text. */
  args: string;
  filters: PlaceholderFilter[];
  /** A fallback the platform prints when the value is empty, from `| default:`, `| fallback:`, `||` or `,fallback=`. */
  fallback?: string;
  /** False when the closing delimiter is missing: the placeholder runs to the end of the line. */
  closed: boolean;
}

// ---------------------------------------------------------------------------------------------
// The prose view
// ---------------------------------------------------------------------------------------------

export type TokenKind = 'word' | 'number' | 'punct' | 'placeholder' | 'code' | 'url' | 'email' | 'symbol';

export interface Token {
  /** The source text of this token (for an expanded contraction, only its part). */
  text: string;
  /** Lower-cased, straight-quoted, contraction-expanded form: `n't` -> `not`, `’re` -> `are`. */
  norm: string;
  kind: TokenKind;
  start: number;
  end: number;
  /** Index in its sentence's tokens. */
  index: number;
  /** Inside a quotation ("…" or a Markdown blockquote): someone else's words. */
  quoted: boolean;
  /** Inside a conditional clause (if / when / unless / in case …). */
  conditional: boolean;
  /** A negation word (not, no, never, n't, …). */
  negation: boolean;
  /** Part of link text. */
  link: boolean;
  /** The placeholder this token stands for (kind === 'placeholder'). */
  placeholder?: Placeholder;
}

export type BlockKind = 'paragraph' | 'heading' | 'listItem' | 'tableCell';

export type SentenceRole = 'greeting' | 'signoff';

export interface Sentence {
  text: string;
  start: number;
  end: number;
  tokens: Token[];
  /** Index in the prose view's `sentences`. */
  index: number;
  block: Block;
  isQuestion: boolean;
  /** The sentence starts with a conditional clause (If you didn't get it, …). */
  startsConditional: boolean;
  role?: SentenceRole;
  /** For a greeting: the name it addresses, when there is one. */
  greetingName?: { text: string; placeholder?: Placeholder };
}

export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  /** Inside a Markdown blockquote: usually the customer's own message. */
  quoted: boolean;
  /** For list items: whether the list is numbered. */
  ordered?: boolean;
  /** Heading depth, for headings. */
  depth?: number;
  sentences: Sentence[];
  /** Index in the prose view's `blocks`. */
  index: number;
}

export interface ProseView {
  blocks: Block[];
  sentences: Sentence[];
  placeholders: Placeholder[];
  greeting?: Sentence;
}

// ---------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------

export type RuleType = 'tone' | 'structure' | 'template' | 'style';

/** A small JSON-Schema subset: enough to validate rule options with exact messages. */
export interface OptionSchema {
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  properties?: Record<string, OptionSchema>;
  additionalProperties?: boolean;
  required?: string[];
  items?: OptionSchema;
  enum?: readonly unknown[];
  minimum?: number;
  maximum?: number;
  description?: string;
}

export interface RuleMeta {
  id: string;
  type: RuleType;
  docs: {
    description: string;
    /** The principle(s) of ../shared/principles.md the rule serves, e.g. `P1`. */
    principle?: string;
    recommended: boolean | 'error' | 'warn';
    url?: string;
  };
  messages: Record<string, string>;
  /** Options are a single object, validated against this schema, merged over defaultOptions. */
  schema?: OptionSchema;
  defaultOptions?: Record<string, unknown>;
  fixable?: 'text';
  hasSuggestions?: boolean;
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  /** Offsets in the template's body (`context.text`); the core maps them into the file. */
  start: number;
  end: number;
  fix?: TextEdit;
  suggest?: Array<{ desc: string; fix: TextEdit }>;
}

/** A match of one of a rule's `patterns` in a sentence: token indexes [start, end). */
export interface RuleMatch {
  patternIndex: number;
  start: number;
  end: number;
  tokens: Token[];
}

export interface RuleContext<Options = Record<string, unknown>> {
  readonly id: string;
  readonly options: Readonly<Options>;
  readonly filePath: string;
  /** The template's body (decoded text: for a Markdown file, the file itself). Offsets are in it. */
  readonly text: string;
  readonly template: Readonly<TemplateUnit>;
  readonly prose: ProseView;
  report(descriptor: ReportDescriptor): void;
  /**
   * The words in body range [start, end) as a reader sees them, for quoting in messages: escapes
   * and entities decoded (`&rsquo;` -> ’), line breaks and runs of spaces as one space.
   */
  quote(start: number, end: number): string;
  /**
   * Matches of this rule's `patterns` in a sentence, leftmost-longest per pattern. All loaded
   * rules' patterns are compiled into one matcher per run and matched once per sentence.
   */
  matchPatterns(sentence: Sentence): RuleMatch[];
}

export interface RuleModule<Options = Record<string, unknown>> {
  meta: RuleMeta;
  /** Called once per template; rules read `context.prose` and report. */
  create(context: RuleContext<Options>): void;
  /** Token patterns (see src/patterns) this rule reads through `context.matchPatterns`. */
  patterns?: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Config
// ---------------------------------------------------------------------------------------------

/** A front-matter value to match: one value, or a list of alternatives. */
export type MetadataValue = string | number | boolean;

export interface ConfigOverride {
  /** Globs relative to the config's folder. At least one of `files` and `metadata` is needed. */
  files?: string | string[];
  /** Front-matter values a template must have (`audience: internal`, `tags: [legal]`). */
  metadata?: Record<string, MetadataValue | MetadataValue[]>;
  rules?: Record<string, RuleSetting>;
}

/** A config as written by a user (any source: file, package.json key, the Node API). */
export interface UserConfig {
  extends?: string | string[];
  rules?: Record<string, RuleSetting>;
  overrides?: ConfigOverride[];
  ignores?: string[];
  /** Plugin packages or paths, resolved from the config file's folder. */
  plugins?: string[];
  /** A folder of YAML rule files, relative to the config file. */
  rulesDir?: string;
}

/** A rule's effective setting for one file. */
export interface ResolvedRule {
  severity: Severity;
  options: Record<string, unknown>;
}

/**
 * Rule settings for the templates whose metadata matches: `{ audience: internal }` scopes rules
 * to staff-facing templates, which only the parsed front matter (or export fields) can tell.
 */
export interface MetadataOverride {
  /** Every key must match: a value equals the metadata value, or is one of a list (tags); an array lists alternatives. */
  metadata: Record<string, string | string[]>;
  /** `null` turns the rule off for those templates. */
  rules: Record<string, ResolvedRule | null>;
}

/** Which values of a JSON or YAML file are templates (see docs/formats.md). */
export interface SourceSelector {
  /** Dot paths with `*` (one level) and `**` (any depth), e.g. `**.comment`, `macros.*.actions.*.value`. */
  select: string[];
  /** How each template is named: a dot path relative to the selected value's parent, or `$key`. */
  name?: string;
  /** How the selected text is read (default: markdown). */
  kind?: BodyKind;
}

/** How one file's templates are read: per file, from the config's `sources`. */
export interface FormatOptions {
  /** JSON / YAML: the values that are templates. Without any, the format's preset (if detected) decides. */
  selectors?: SourceSelector[];
  /** Markdown: one template per file (default), per heading section, or per fenced block. */
  templates?: 'file' | 'sections' | 'fenced';
  /** Placeholder dialect (default: auto). */
  syntax?: TemplateSyntax;
  /** Reads a whole file (no selectors) as this kind whatever its extension: a `.rst` file as text, say. */
  kind?: BodyKind;
  /** JSON / YAML: read as this platform's export, instead of detecting the shape. */
  preset?: 'zendesk' | 'helpscout' | 'freshdesk' | 'intercom' | 'front' | 'gorgias';
}

/** What lintText needs: severities and raw options per rule id, for one file. */
export interface ResolvedConfig {
  rules: Record<string, ResolvedRule>;
  /** Applied in order, per template, over `rules`. */
  metadataOverrides?: MetadataOverride[];
  /** How to read this file's templates. */
  format?: FormatOptions;
}
