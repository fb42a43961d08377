// A checked rule file turned into an ordinary RuleModule: from here on the core cannot tell a
// YAML rule from a built-in one.
import { pathToFileURL } from 'node:url';
import type { RuleMeta, RuleModule } from '../../types.js';
import { LIMIT_MESSAGE, limitRule } from './kinds/limit.js';
import { ORDER_MESSAGE, orderRule } from './kinds/order.js';
import { PHRASE_MESSAGE, phraseRule } from './kinds/phrase.js';
import { REQUIRE_MESSAGE, requireRule } from './kinds/require.js';
import type { YamlRuleKind, YamlRuleSpec } from './spec.js';

const MESSAGE_IDS: Record<YamlRuleKind, string> = {
  phrase: PHRASE_MESSAGE,
  require: REQUIRE_MESSAGE,
  order: ORDER_MESSAGE,
  limit: LIMIT_MESSAGE,
};

function metaOf(spec: YamlRuleSpec): RuleMeta {
  return {
    id: spec.id,
    type: spec.type,
    docs: {
      description: spec.description,
      recommended: spec.level === 'off' ? false : spec.level,
      url: pathToFileURL(spec.filePath).href,
    },
    messages: { [MESSAGE_IDS[spec.kind]]: spec.message },
    // Everything a YAML rule needs is in its file: it takes no options.
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    ...(spec.kind === 'phrase' && spec.suggest !== undefined ? { hasSuggestions: true } : {}),
  };
}

export function buildRule(spec: YamlRuleSpec): RuleModule {
  const meta = metaOf(spec);
  switch (spec.kind) {
    case 'phrase':
      return phraseRule(spec, meta);
    case 'require':
      return requireRule(spec, meta);
    case 'order':
      return orderRule(spec, meta);
    case 'limit':
      return limitRule(spec, meta);
  }
}
