import { describe, expect, it } from 'vitest';
import { parseTemplates } from '../../src/core/parse-templates.js';
import { acknowledgementIndex } from '../../src/rules/acknowledgement.js';

function firstSentence(text: string) {
  return parseTemplates(text, 'x.md').templates[0]!.prose.sentences[0]!;
}

describe('acknowledgementIndex', () => {
  it.each(['Thank you for writing in.', 'Sorry to hear this.', 'I understand how frustrating that is.', 'We appreciate your patience.'])('counts %j', (text) => {
    expect(acknowledgementIndex(firstSentence(text))).toBeGreaterThanOrEqual(0);
  });

  it.each([
    "You're welcome to reopen this.",
    'Thanks to the new update, go to Settings.',
    "We'd appreciate it if you could restart the app.",
    'Happy to help: click Save.',
    "We don't appreciate being shouted at.",
  ])('does not count %j as thanks', (text) => {
    expect(acknowledgementIndex(firstSentence(text))).toBe(-1);
  });
});
