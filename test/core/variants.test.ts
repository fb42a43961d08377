import { describe, expect, it } from 'vitest';
import { parseTemplates } from '../../src/core/parse-templates.js';
import { enumerateVariants, findConditionals, MAX_VARIANTS, whereFound } from '../../src/core/variants.js';
import { deriveView } from '../../src/text/variants.js';
import { lintText } from '../../src/core/lint-text.js';
import { defineRule } from '../../src/rules/define-rule.js';
import type { ProseView, RuleModule } from '../../src/types.js';
import offerFurtherHelp from '../../rules/offer-further-help/index.js';
import acknowledgeBeforeResolving from '../../rules/acknowledge-before-resolving/index.js';
import thankTheCustomer from '../../rules/thank-the-customer/index.js';

function parse(text: string, filePath = 'reply.md'): { prose: ProseView } {
  return parseTemplates(text, filePath).templates[0]!;
}

function variantsOf(text: string, filePath = 'reply.md') {
  return enumerateVariants(parse(text, filePath).prose.placeholders);
}

/** The words each variant renders. */
function rendered(text: string, filePath = 'reply.md'): string[] {
  const { prose } = parse(text, filePath);
  return enumerateVariants(prose.placeholders).map((v) =>
    deriveView(prose, v.omitted)
      .sentences.flatMap((s) => s.tokens.filter((t) => t.kind === 'word').map((t) => t.text))
      .join(' '),
  );
}

describe('variant enumeration', () => {
  it('gives none for a template without conditionals', () => {
    expect(variantsOf('Hi {{name}}, thanks. {% assign x = 1 %}{% for i in list %}A{% else %}B{% endfor %}')).toEqual([]);
  });

  it('picks each branch of an if / else, first branch first', () => {
    const variants = variantsOf('Start. {% if ticket.priority == "urgent" %}Fast.{% else %}Slow.{% endif %} End.');
    expect(variants.map((v) => v.label)).toEqual([
      '{% if ticket.priority == "urgent" %} → then',
      '{% if ticket.priority == "urgent" %} → else',
    ]);
    expect(rendered('Start. {% if a %}Fast.{% else %}Slow.{% endif %} End.')).toEqual(['Start Fast End', 'Start Slow End']);
  });

  it('gives an if without else an implicit empty branch', () => {
    expect(rendered('Start. {% if a %}Maybe.{% endif %} End.')).toEqual(['Start Maybe End', 'Start End']);
    expect(variantsOf('{% if a %}Maybe.{% endif %}').map((v) => v.label)).toEqual(['{% if a %} → then', '{% if a %} → else (empty)']);
  });

  it('handles elsif, unless and case / when', () => {
    expect(rendered('{% if a %}A.{% elsif b %}B.{% else %}C.{% endif %}')).toEqual(['A', 'B', 'C']);
    expect(rendered('{% if a %}A.{% elsif b %}B.{% endif %}')).toEqual(['A', 'B', '']);
    expect(rendered('{% unless a %}U.{% else %}V.{% endunless %}')).toEqual(['U', 'V']);
    const text = '{% case x %} {% when 1 %}One. {% when 2, 3 %}Two.{% else %}Other.{% endcase %}';
    expect(rendered(text)).toEqual(['One', 'Two', 'Other']);
    expect(variantsOf(text).map((v) => v.label)).toEqual(['{% case x %} → when 1', '{% case x %} → when 2, 3', '{% case x %} → else']);
    expect(rendered('{% case x %}{% when 1 %}One.{% endcase %}')).toEqual(['One', '']);
  });

  it('nests conditionals only inside the branch that is picked', () => {
    const text = 'A. {% if a %}B. {% if b %}C.{% else %}D.{% endif %}{% else %}E.{% endif %} {% if c %}F.{% endif %}';
    expect(rendered(text)).toEqual(['A B C F', 'A B C', 'A B D F', 'A B D', 'A E F', 'A E']);
    const conditionals = findConditionals(parse(text).prose.placeholders)!;
    expect(conditionals).toHaveLength(2);
    expect(conditionals[0]!.branches[0]!.children).toHaveLength(1);
    expect(conditionals[0]!.branches[1]!.children).toHaveLength(0);
  });

  it('reads Handlebars if / else if / else and unless', () => {
    expect(rendered('Hi. {{#if vip}}Gold.{{else if x}}Silver.{{else}}Bronze.{{/if}} {{#unless ok}}Oops.{{/unless}}', 'reply.hbs')).toEqual([
      'Hi Gold Oops', 'Hi Gold', 'Hi Silver Oops', 'Hi Silver', 'Hi Bronze Oops', 'Hi Bronze',
    ]);
    expect(variantsOf('{{#if vip}}Gold.{{/if}}', 'reply.hbs').map((v) => v.label)).toEqual(['{{#if vip}} → then', '{{#if vip}} → else (empty)']);
    // {{else}} of an {{#each}} is no conditional branch.
    expect(variantsOf('{{#each items}}X.{{else}}None.{{/each}}', 'reply.hbs')).toEqual([]);
  });

  it('caps at 32 variants, the first in order, starting with all first branches', () => {
    const text = Array.from({ length: 6 }, (_, i) => `{% if c${i} %}Yes${i}.{% else %}No${i}.{% endif %}`).join(' ');
    const variants = variantsOf(text);
    expect(variants).toHaveLength(MAX_VARIANTS);
    expect(rendered(text)[0]).toBe('Yes0 Yes1 Yes2 Yes3 Yes4 Yes5');
    expect(rendered(text)[1]).toBe('Yes0 Yes1 Yes2 Yes3 Yes4 No5');
    expect(new Set(variants.map((v) => v.label)).size).toBe(MAX_VARIANTS);
    expect(enumerateVariants(parse(text).prose.placeholders, 5)).toHaveLength(5);
  });

  it('gives no variants when block tags do not match', () => {
    expect(variantsOf('{% if a %}A.{% else %}B.')).toEqual([]);
    expect(variantsOf('A.{% else %}B.{% endif %}')).toEqual([]);
    expect(variantsOf('{% if a %}A.{% endunless %}')).toEqual([]);
    expect(findConditionals(parse('{% if a %}A.').prose.placeholders)).toBeUndefined();
  });
});

describe('derived views', () => {
  const text = 'Hi {{name}},\n\n{% if vip %}Thanks so much for being a VIP.\n\nBest,\nSam{% else %}We received your message and will reply today.{% endif %}\n';

  it('drops the tokens, sentences and blocks of the other branch and renumbers', () => {
    const { prose } = parse(text);
    const [first, second] = enumerateVariants(prose.placeholders);
    const view = deriveView(prose, second!.omitted);
    expect(view.sentences.map((s) => s.text)).toEqual(['Hi {{name}},', 'We received your message and will reply today.']);
    expect(view.sentences.map((s) => s.index)).toEqual([0, 1]);
    expect(view.blocks.map((b) => b.index)).toEqual([0, 1]);
    expect(view.sentences.every((s) => s.tokens.every((t, i) => t.index === i))).toBe(true);
    expect(view.sentences[1]!.block).toBe(view.blocks[1]);
    expect(deriveView(prose, first!.omitted).sentences.map((s) => s.text)).not.toContain('We received your message and will reply today.');
  });

  it('recomputes greeting and sign-off on the variant', () => {
    const { prose } = parse(text);
    const [first, second] = enumerateVariants(prose.placeholders);
    const vip = deriveView(prose, first!.omitted);
    expect(vip.greeting?.text).toBe('Hi {{name}},');
    expect(vip.sentences.filter((s) => s.role === 'signoff').map((s) => s.text)).toEqual(['Best,', 'Sam']);
    const other = deriveView(prose, second!.omitted);
    expect(other.sentences.map((s) => s.role)).toEqual(['greeting', undefined]);
  });

  it('never changes the template view', () => {
    const inline = 'Hi {{name}}, {% if a %}thanks for all your help with this today{% else %}ok{% endif %} and more words here.';
    const { prose } = parse(inline);
    const snapshot = JSON.stringify(prose, (key, value) => (key === 'block' ? undefined : value));
    for (const variant of enumerateVariants(prose.placeholders)) {
      const view = deriveView(prose, variant.omitted);
      expect(view.sentences.every((s) => !prose.sentences.includes(s))).toBe(true);
    }
    expect(JSON.stringify(prose, (key, value) => (key === 'block' ? undefined : value))).toBe(snapshot);
  });

  it('cuts a sentence that spans an inline conditional', () => {
    const { prose } = parse('Thanks {% if a %}so much {% endif %}for writing.');
    const [, without] = enumerateVariants(prose.placeholders);
    const sentence = deriveView(prose, without!.omitted).sentences[0]!;
    expect(sentence.tokens.map((t) => t.text)).toEqual(['Thanks', 'for', 'writing', '.']);
    expect(sentence.start).toBe(0);
  });
});

describe('whereFound', () => {
  const text = '{% if a %}A.{% else %}B.{% endif %} {% if b %}C.{% else %}D.{% endif %}';
  const variants = variantsOf(text);
  it('names the fewest branches that select the variants', () => {
    expect(whereFound(variants, new Set([0, 1, 2, 3]))).toBeUndefined();
    expect(whereFound(variants, new Set([2, 3]))).toBe('the branch {% else %} of {% if a %}');
    expect(whereFound(variants, new Set([0, 2]))).toBe('the first branch of {% if b %}');
    expect(whereFound(variants, new Set([3]))).toBe('the branch {% else %} of {% if a %} and the branch {% else %} of {% if b %}');
    expect(whereFound(variants, new Set([1, 2]))).toBe('2 of 4 variants, for example {% if a %} → then, {% if b %} → else');
  });
  it('names an outer branch only when needed', () => {
    const nested = variantsOf('{% if a %}{% if b %}X.{% endif %}{% else %}Y.{% endif %}');
    expect(nested.map((v) => v.label)).toEqual(['{% if a %} → then, {% if b %} → then', '{% if a %} → then, {% if b %} → else (empty)', '{% if a %} → else']);
    expect(whereFound(nested, new Set([1]))).toBe('the implicit empty {% else %} of {% if b %}');
  });
});

describe('structure rules on variants', () => {
  const rules = new Map<string, RuleModule>([
    ['offer-further-help', offerFurtherHelp as unknown as RuleModule],
    ['acknowledge-before-resolving', acknowledgeBeforeResolving as unknown as RuleModule],
    ['thank-the-customer', thankTheCustomer as unknown as RuleModule],
  ]);
  function lint(text: string, ids = ['offer-further-help', 'acknowledge-before-resolving'], filePath = 'reply.liquid') {
    const config = { rules: Object.fromEntries(ids.map((id) => [id, { severity: 1 as const, options: {} }])) };
    return lintText(text, { filePath, config, rules }).messages;
  }

  it('reports offer-further-help only for the branch without an invitation, naming it', () => {
    const text = [
      'Hi {{name}},',
      '',
      'Thanks for reaching out about your order.',
      '',
      '{% if ticket.priority == "urgent" %}',
      'I have upgraded your order to express delivery. If it has not arrived by Friday, just reply to this email.',
      '{% else %}',
      'Your order will ship tomorrow.',
      '{% endif %}',
      '',
      'Best,',
      'Sam',
      '',
    ].join('\n');
    const messages = lint(text);
    expect(messages.map((m) => m.ruleId)).toEqual(['offer-further-help']);
    expect(messages[0]!.message).toMatch(/ \(in the branch \{% else %\} of \{% if ticket\.priority == "urgent" %\}\)$/);
    expect(text.slice(messages[0]!.offset, messages[0]!.endOffset)).toBe('Your order will ship tomorrow.');
  });

  it('is fine with acknowledge-before-resolving when both branches acknowledge', () => {
    const text = [
      '{% if vip %}Thanks for being with us so long. Please restart the app.{% else %}I am sorry for the trouble. Please restart the app.{% endif %}',
      '',
      'If that does not help, just reply to this email.',
      '',
    ].join('\n');
    expect(lint(text)).toEqual([]);
  });

  it('reports acknowledge-before-resolving in the branch that starts solving', () => {
    const text = '{% if vip %}Thanks for being with us so long. Please restart the app.{% else %}Please restart the app.{% endif %}\n\nIf that does not help, just reply to this email.\n';
    const messages = lint(text);
    expect(messages.map((m) => m.ruleId)).toEqual(['acknowledge-before-resolving']);
    expect(messages[0]!.message).toMatch(/\(in the branch \{% else %\} of \{% if vip %\}\)$/);
  });

  it('reports a problem common to every variant once, without a branch', () => {
    const text = 'Hi {{name}},\n\n{% if a %}Your refund is on its way.{% else %}Your refund was sent yesterday.{% endif %} Closing this ticket now.\n';
    const messages = lint(text, ['offer-further-help', 'thank-the-customer']);
    const help = messages.filter((m) => m.ruleId === 'offer-further-help');
    expect(help).toHaveLength(1);
    expect(help[0]!.message).not.toMatch(/\(in /);
    expect(text.slice(help[0]!.offset, help[0]!.endOffset)).toBe('Closing this ticket now.');
    // Not thanked in either variant, but the opening sentence differs: one report per branch, each named.
    const thanks = messages.filter((m) => m.ruleId === 'thank-the-customer');
    expect(thanks.map((m) => [text.slice(m.offset, m.endOffset), / \(in (.*)\)$/.exec(m.message)?.[1]])).toEqual([
      ['Your refund is on its way.', 'the first branch of {% if a %}'],
      ['Your refund was sent yesterday.', 'the branch {% else %} of {% if a %}'],
    ]);
  });

  it('runs other rules once on the full view', () => {
    let calls = 0;
    const probe = defineRule({
      meta: { id: 'probe', type: 'style', docs: { description: 'probe', recommended: false }, messages: { m: 'm' } },
      create() {
        calls++;
      },
    });
    let structureCalls = 0;
    const structure = defineRule({
      meta: { id: 'structure', type: 'structure', docs: { description: 'probe', recommended: false }, messages: { m: 'm' } },
      create() {
        structureCalls++;
      },
    });
    const run = (text: string) =>
      lintText(text, {
        filePath: 'reply.md',
        config: { rules: { probe: { severity: 1, options: {} }, structure: { severity: 1, options: {} } } },
        rules: new Map<string, RuleModule>([['probe', probe as RuleModule], ['structure', structure as RuleModule]]),
      });
    run('{% if a %}A.{% elsif b %}B.{% else %}C.{% endif %}');
    expect([calls, structureCalls]).toEqual([1, 3]);
    run('No conditionals here.');
    expect([calls, structureCalls]).toEqual([2, 4]);
    // Unbalanced: a single normal run.
    run('{% if a %}A.{% else %}B.');
    expect([calls, structureCalls]).toEqual([3, 5]);
  });
});
