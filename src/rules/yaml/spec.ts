// The data a YAML rule file describes, once checked: plain values, ready to build a rule from.
import type { RuleType } from '../../types.js';

export type YamlRuleKind = 'phrase' | 'require' | 'order' | 'limit';
export type YamlRuleLevel = 'error' | 'warn' | 'off';

interface Common {
  id: string;
  filePath: string;
  description: string;
  message: string;
  level: YamlRuleLevel;
  type: RuleType;
  examples: { incorrect: string[]; correct: string[] };
}

export interface PhraseSpec extends Common {
  kind: 'phrase';
  patterns: string[];
  suggest?: string;
  inQuestions: boolean;
  inConditionals: boolean;
}

export interface RequireSpec extends Common {
  kind: 'require';
  patterns: string[];
  /** The sentences searched: the first N, the last N, or all. */
  within?: { first: number } | { last: number };
}

export interface OrderSpec extends Common {
  kind: 'order';
  first: string[];
  then: string[];
}

export interface LimitSpec extends Common {
  kind: 'limit';
  patterns: string[];
  max: number;
}

export type YamlRuleSpec = PhraseSpec | RequireSpec | OrderSpec | LimitSpec;

/** Keys every rule file may have, and the keys of each kind. */
export const COMMON_KEYS = ['id', 'description', 'message', 'level', 'kind', 'type', 'examples'] as const;
export const KIND_KEYS: Readonly<Record<YamlRuleKind, readonly string[]>> = {
  phrase: ['patterns', 'suggest', 'inQuestions', 'inConditionals'],
  require: ['patterns', 'within'],
  order: ['first', 'then'],
  limit: ['patterns', 'max'],
};
export const KINDS = Object.keys(KIND_KEYS) as YamlRuleKind[];

/** Kebab-case, as built-in ids; no "/", which marks plugin rules. */
export const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
