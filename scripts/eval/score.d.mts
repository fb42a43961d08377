// Types of score.mjs, for the TypeScript tests in test/eval/.

export declare const TONE_RULES: readonly string[];
export declare const STRUCTURE_RULES: readonly string[];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Rates {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export declare function ratio(num: number, den: number): number | null;
export declare function precisionRecall(counts: Counts): Rates;
export declare function microAverage(rows: readonly Counts[]): Counts & Rates;

export interface ScoredCase {
  text: string;
  labels: readonly string[];
  fired: Map<string, string[]>;
  [extra: string]: unknown;
}

export interface RuleRow extends Counts, Rates {
  rule: string;
  labeled: number;
}

export interface Miss {
  kind: 'FN' | 'FP';
  rule: string;
  case: ScoredCase;
  words?: string[];
}

export declare function scoreCases(
  cases: readonly ScoredCase[],
  ruleIds: readonly string[],
): { rows: RuleRow[]; micro: Counts & Rates; misses: Miss[] };

export declare function formatPercent(value: number | null | undefined): string;
export declare function formatTable(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string;

export declare function collapseWhitespace(text: string): string;
export declare function findCollapsed(haystack: string, needle: string): { start: number; end: number } | null;
export declare function overlaps(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean;

export interface NotableEntry {
  part: string | null;
  number: number;
  title: string;
  repo: string;
  folder: string;
  path: string;
  line: number;
  passage: string;
  note: string | undefined;
}

export declare function parseNotable(markdown: string): NotableEntry[];

export declare function isSectionBoundary(line: string, options?: { rst?: boolean }): boolean;
export declare function dedent(text: string): string;
export declare function splitSections(text: string, options?: { rst?: boolean }): Array<{ text: string; startLine: number }>;

export declare function collectStrings(data: unknown, out?: string[]): string[];
export declare function looksLikeHtml(text: string): boolean;
export declare function htmlToText(html: string): string;
export declare function findReplyInData(data: unknown, passage: string): { text: string; span: { start: number; end: number } } | null;
export declare function findReplyInSections(
  fileText: string,
  passage: string,
  options?: { rst?: boolean },
): { text: string; startLine: number; span: { start: number; end: number } } | null;
