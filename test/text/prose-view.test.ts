import { describe, expect, it } from 'vitest';
import { parseTemplates } from '../../src/core/parse-templates.js';
import type { Sentence } from '../../src/types.js';

function prose(text: string, filePath = 'reply.md') {
  const parsed = parseTemplates(text, filePath);
  return { ...parsed.templates[0]!.prose, text };
}

function sentenceTexts(text: string, filePath?: string): string[] {
  return prose(text, filePath).sentences.map((s) => s.text);
}

function norms(sentence: Sentence): string[] {
  return sentence.tokens.map((t) => t.norm || t.text);
}

describe('sentences', () => {
  it('splits on terminal punctuation but not after abbreviations, decimals or initials', () => {
    expect(sentenceTexts('Thanks for writing in! We refunded $3.50 today, e.g. the fee. Talk soon, J. Smith. Bye?')).toEqual([
      'Thanks for writing in!',
      'We refunded $3.50 today, e.g. the fee.',
      'Talk soon, J. Smith.',
      'Bye?',
    ]);
  });

  it('never splits inside a placeholder, whatever it contains', () => {
    const text = 'Thanks {{ ticket.requester.first_name | default: "there. Really!" }}, your order shipped.';
    expect(sentenceTexts(text)).toEqual([text]);
  });

  it('ends a greeting line that ends in a comma', () => {
    expect(sentenceTexts('Hi {{name}},\nThanks for waiting.')).toEqual(['Hi {{name}},', 'Thanks for waiting.']);
  });

  it('treats each list item, heading and paragraph as its own block', () => {
    const view = prose('# Refund\n\nIntro text\n\n1. Open Settings\n2. Click Refund\n\n- a bullet');
    expect(view.blocks.map((b) => [b.kind, b.ordered ?? null])).toEqual([
      ['heading', null], ['paragraph', null], ['listItem', true], ['listItem', true], ['listItem', false],
    ]);
  });

  it('leaves fenced code, HTML and front matter out of the prose', () => {
    expect(sentenceTexts('---\ntitle: Hello there.\n---\nBody text.\n\n```\nYou are wrong.\n```\n\n<div>html</div>\n')).toEqual(['Body text.']);
  });

  it('reads plain-text files as paragraphs and marker lines as list items', () => {
    const view = prose('Hello,\nline two of the same paragraph.\n\n1. First step\n2. Second step\n', 'reply.txt');
    expect(view.blocks.map((b) => b.kind)).toEqual(['paragraph', 'listItem', 'listItem']);
    expect(view.sentences.map((s) => s.text)).toEqual(['Hello,', 'line two of the same paragraph.', 'First step', 'Second step']);
  });
});

describe('tokens', () => {
  it('expands contractions with straight and curly apostrophes into exact parts', () => {
    const view = prose('You’re sure we didn’t? I can\'t, won\'t, cannot. Let\'s go, it\'s fine; the customer\'s box.');
    expect(view.sentences.map(norms)).toEqual([
      ['you', 'are', 'sure', 'we', 'did', 'not', '?'],
      ['i', 'can', 'not', ',', 'will', 'not', ',', 'can', 'not', '.'],
      ['let', 'us', 'go', ',', 'it', 'is', 'fine', ';', 'the', "customer's", 'box', '.'],
    ]);
    const [you, are] = view.sentences[0]!.tokens;
    expect(view.text.slice(you!.start, you!.end)).toBe('You');
    expect(view.text.slice(are!.start, are!.end)).toBe('’re');
  });

  it('maps tokens through escapes, entities and blockquote markers to exact offsets', () => {
    const text = '> Tom \\*really\\* said &amp; meant\n> it';
    const view = prose(text);
    const tokens = view.sentences[0]!.tokens;
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Tom', '\\*', 'really', '\\*', 'said', '&amp;', 'meant', 'it']);
    expect(tokens.every((t) => t.quoted)).toBe(true);
  });

  it('maps the U+FFFD CommonMark puts for a NUL back to the NUL', () => {
    // Found by the property tests (test/property): the NUL was never matched, so every later
    // character was pinned to the end of the paragraph.
    const text = 'Thanks\u0000 for writing.\nYou will have to contact your bank.';
    const tokens = prose(text).sentences.flatMap((s) => s.tokens);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Thanks', '\u0000', 'for', 'writing', '.', 'You', 'will', 'have', 'to', 'contact', 'your', 'bank', '.']);
  });

  it('gives each line of a placeholder over several lines only its own part of it', () => {
    // Found by the property tests (test/property): every part claimed the whole placeholder, so a
    // message quoting the words of one line quoted the lines after it too.
    const text = "We can't{{ticket.name change\nthe date}} today.";
    const tokens = prose(text).sentences.flatMap((s) => s.tokens).filter((t) => t.kind === 'placeholder');
    expect(tokens.map((t) => [t.text, text.slice(t.start, t.end), t.placeholder?.raw])).toEqual([
      ['{{ticket.name change', '{{ticket.name change', '{{ticket.name change\nthe date}}'],
      ['the date}}', 'the date}}', '{{ticket.name change\nthe date}}'],
    ]);
  });

  it('marks placeholders, code, URLs, emails and link text', () => {
    const text = 'Hi {{name}}, run `npm ci` at https://example.com/a?b=1 or mail help@example.com via [our docs](https://x.y).';
    const tokens = prose(text).sentences.flatMap((s) => s.tokens);
    const kinds = tokens.map((t) => [t.kind, text.slice(t.start, t.end)]);
    expect(kinds).toContainEqual(['placeholder', '{{name}}']);
    expect(kinds).toContainEqual(['code', '`npm ci`']);
    expect(kinds).toContainEqual(['url', 'https://example.com/a?b=1']);
    expect(kinds).toContainEqual(['email', 'help@example.com']);
    expect(tokens.filter((t) => t.link).map((t) => t.text)).toEqual(['our', 'docs']);
    expect(tokens.find((t) => t.kind === 'placeholder')!.placeholder).toMatchObject({ name: 'name' });
  });

  it('marks quotations, negations, conditional clauses and questions', () => {
    const view = prose('If you didn\'t get it, check spam. You said "it is broken" today. Did you restart it? Should you need help, reply.');
    const [conditional, quote, question, inverted] = view.sentences;
    expect(conditional!.startsConditional).toBe(true);
    expect(conditional!.tokens.filter((t) => t.conditional).map((t) => t.norm)).toEqual(['if', 'you', 'did', 'not', 'get', 'it']);
    expect(conditional!.tokens.filter((t) => t.negation).map((t) => t.norm)).toEqual(['not']);
    expect(quote!.tokens.filter((t) => t.quoted).map((t) => t.norm)).toEqual(['it', 'is', 'broken']);
    expect(question!.isQuestion).toBe(true);
    expect(quote!.isQuestion).toBe(false);
    expect(inverted!.startsConditional).toBe(true);
  });

  it('drops template tags and comments from the words of a sentence', () => {
    const view = prose('Thanks {% if vip %}so much{% endif %} {{! note }} for waiting.');
    expect(view.sentences[0]!.tokens.map((t) => t.norm)).toEqual(['thanks', 'so', 'much', 'for', 'waiting', '.']);
  });
});

describe('roles', () => {
  it('sees a greeting with a placeholder name', () => {
    const view = prose('Hi {{ticket.requester.first_name}},\n\nThanks for writing.');
    expect(view.greeting?.text).toBe('Hi {{ticket.requester.first_name}},');
    expect(view.greeting?.greetingName?.placeholder?.name).toBe('ticket.requester.first_name');
  });

  it('sees a greeting without a name', () => {
    const view = prose('Hello there,\n\nThanks for writing.');
    expect(view.greeting?.role).toBe('greeting');
    expect(view.greeting?.greetingName).toBeUndefined();
  });

  it('does not take an opening sentence without a greeting word for one', () => {
    expect(prose('Thanks for writing in.').greeting).toBeUndefined();
  });

  it('marks the sign-off and signature', () => {
    const view = prose('Thanks for writing.\n\nBest,\nSam from Support');
    expect(view.sentences.map((s) => s.role ?? null)).toEqual([null, 'signoff', 'signoff']);
  });
});

describe('regressions', () => {
  it('splits a greeting from the sentence it opens', () => {
    const view = prose('Hi {{name}}, while we love ideas, this is not the place. Thanks!');
    expect(view.sentences.map((s) => [s.text, s.role ?? null])).toEqual([
      ['Hi {{name}},', 'greeting'],
      ['while we love ideas, this is not the place.', null],
      ['Thanks!', 'signoff'],
    ]);
    expect(view.sentences[1]!.tokens[0]!.index).toBe(0);
    expect(view.sentences.map((s) => s.index)).toEqual([0, 1, 2]);
  });

  it('keeps a one-line greeting whole', () => {
    expect(prose('Hello there, friend.').sentences.map((s) => s.text)).toEqual(['Hello there, friend.']);
  });

  it('opens a conditional with "once" or "provided" only before a clause', () => {
    const conditional = (text: string) => prose(text).sentences[0]!.tokens.filter((t) => t.conditional).map((t) => t.norm);
    expect(conditional('I checked once more and you forgot it.')).toEqual([]);
    expect(conditional("You haven't provided the order number.")).toEqual([]);
    expect(conditional('The details you provided are wrong.')).toEqual([]);
    expect(conditional('Once you receive it, reply.')).toEqual(['once', 'you', 'receive', 'it']);
    expect(conditional('We refund it, provided you return it.')).toEqual(['provided', 'you', 'return', 'it', '.']);
    expect(conditional('Please wait until tomorrow.')).toEqual([]);
  });
});

describe('regressions (2)', () => {
  it('ends a sentence before a template tag that follows its full stop', () => {
    expect(sentenceTexts('{% if vip %}Thanks!{% endif %} Your order shipped.')).toEqual(['Thanks!', 'Your order shipped.']);
    expect(sentenceTexts('Done.{{! note }}\nNext one.')).toEqual(['Done.', 'Next one.']);
  });

  it('sees a "--" signature line as a sign-off', () => {
    const view = prose('Thanks for writing.\n\n--\nAcme Support');
    expect(view.sentences.map((s) => s.role ?? null)).toEqual([null, 'signoff']);
    expect(view.sentences[1]!.text).toBe('--\nAcme Support');
  });
});

describe('quotations and embedded questions', () => {
  const quoted = (text: string) => prose(text).sentences[0]!.tokens.filter((t) => t.quoted).map((t) => t.norm);

  it('reads straight single quotes at word boundaries as a quotation', () => {
    expect(quoted("Please don't write 'we apologize for any inconvenience' in replies.")).toEqual(['we', 'apologize', 'for', 'any', 'inconvenience']);
    expect(quoted("The customers' orders shipped, and it's fine.")).toEqual([]);
  });

  it('does not let an unmatched quote mark swallow the rest of the sentence', () => {
    expect(quoted('The 27" monitor is out of stock and we can\'t refund it.')).toEqual([]);
    expect(quoted('You said "it broke" and we can help.')).toEqual(['it', 'broke']);
  });

  it('does not read "tell you when" as a condition', () => {
    const conditional = (text: string) => prose(text).sentences[0]!.tokens.filter((t) => t.conditional).map((t) => t.norm);
    expect(conditional("I can't tell you when we can ship it.")).toEqual([]);
    expect(conditional('Let us know whether it works.')).toEqual([]);
    expect(conditional('Let us know if it breaks.')).toEqual(['if', 'it', 'breaks', '.']);
  });
});
