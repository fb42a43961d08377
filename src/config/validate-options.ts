// Rule options checked against each rule's `meta.schema`, with the exact key path of the
// offending value. Only rules that were given options are looked up, so a config of plain
// severities never loads a rule module just to validate it.
import type { OptionSchema, RuleMeta } from '../types.js';
import { validateOptions } from '../core/options.js';
import { invalid, type Origin } from './errors.js';
import { appendPath, joinKey } from './key-path.js';
import type { RuleTable } from './validate-rules.js';

export type RuleMetaLookup = (id: string) => Promise<RuleMeta | undefined>;

/** A rule without a schema takes no options: anything given to it is a mistake worth reporting. */
const NO_OPTIONS: OptionSchema = { type: 'object', properties: {}, additionalProperties: false };

export async function checkRuleOptions(tables: RuleTable[], origin: Origin, getRuleMeta: RuleMetaLookup): Promise<void> {
  const withOptions = tables.flatMap((table) => [...table].filter(([, entry]) => entry.options !== undefined));
  // Look the rules up together, then report in the order written so the first error is stable.
  const metas = await Promise.all(withOptions.map(([id]) => getRuleMeta(id)));
  withOptions.forEach(([, entry], i) => {
    const meta = metas[i];
    // A lookup that does not know a built-in rule cannot judge its options; the id itself was checked.
    if (!meta) return;
    const [problem] = validateOptions(schemaFor(meta), entry.options);
    if (problem) throw invalid(origin, appendPath(joinKey(entry.keyPath, 1), problem.path), problem.message);
  });
}

function schemaFor(meta: RuleMeta): OptionSchema {
  return meta.schema ? { type: 'object', ...meta.schema } : NO_OPTIONS;
}
