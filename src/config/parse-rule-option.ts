// --rule values. The short form `no-blame:off` covers most uses; anything else is read as a
// JSON object, or, failing that, as a YAML flow mapping so `{no-blame: [warn, {…}]}` works
// without shell-escaping every quote (the role levn plays for ESLint's --rule).
import { createRequire } from 'node:module';
import type { RuleSetting } from '../types.js';
import { ConfigError, cliOrigin } from './errors.js';
import { checkRules } from './validate-rules.js';
import { isPlainObject } from './values.js';

const SHORT_FORM = /^\s*([^\s:{}[\]]+)\s*:\s*([^\s:{}[\]]+)\s*$/;

export function parseRuleOption(value: string): Record<string, RuleSetting> {
  const short = SHORT_FORM.exec(value);
  const parsed = short ? { [short[1]!]: toSeverity(short[2]!) } : parseObject(value);
  if (!isPlainObject(parsed) || Object.keys(parsed).length === 0) throw badRuleOption(value);
  // Severities and the shape of options. Ids and the options' contents are checked by loadConfig,
  // which knows the config's plugin and YAML rules.
  checkRules(parsed, '', cliOrigin);
  return parsed as Record<string, RuleSetting>;
}

function toSeverity(text: string): string | number {
  return /^\d+$/.test(text) ? Number(text) : text;
}

function parseObject(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return parseYamlFlow(value);
  }
}

function parseYamlFlow(value: string): unknown {
  // Loaded only here: a run without a non-JSON --rule never pays for the YAML parser.
  const yaml = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  try {
    return yaml.parse(value);
  } catch {
    throw badRuleOption(value);
  }
}

function badRuleOption(value: string): ConfigError {
  return new ConfigError(
    `Invalid --rule value ${JSON.stringify(value)}: expected "rule-id:severity" (for example no-blame:warn) ` +
      `or an object such as {"no-blame": ["warn", {...}]}.`,
  );
}
