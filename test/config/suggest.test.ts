import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/config/suggest.js';
import { joinKey, appendPath } from '../../src/config/key-path.js';

const ids = ['acknowledge-before-resolving', 'no-blame', 'no-customer-wrong', 'no-told-you-so'];

describe('did-you-mean suggestions', () => {
  it('measures edit distance', () => {
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('no-blame', 'no-blame')).toBe(0);
    expect(editDistance('no-blam', 'no-blame')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it.each([
    ['no-blam', 'no-blame'],
    ['No-Blame', 'no-blame'],
    ['no-told-you', 'no-told-you-so'],
    ['acknowledge-before-resolve', 'acknowledge-before-resolving'],
    ['blame', 'no-blame'],
    ['macrolint/no-blame', 'no-blame'],
    ['no-customer-is-wrong', 'no-customer-wrong'],
  ])('suggests %s -> %s', (input, expected) => {
    expect(closest(input, ids)).toBe(expected);
  });

  it.each(['max-length', 'no', 'spelling'])('suggests nothing for %s', (input) => {
    expect(closest(input, ids)).toBeUndefined();
  });
});

describe('key paths', () => {
  it('joins keys and indexes the way users read them', () => {
    expect(joinKey('', 'rules')).toBe('rules');
    expect(joinKey('rules', 'no-blame')).toBe('rules.no-blame');
    expect(joinKey('rules.no-blame', 1)).toBe('rules.no-blame[1]');
    expect(joinKey('rules', 'a.b')).toBe('rules["a.b"]');
    expect(appendPath('rules.no-blame[1]', '')).toBe('rules.no-blame[1]');
    expect(appendPath('rules.no-blame[1]', 'words[2]')).toBe('rules.no-blame[1].words[2]');
    expect(appendPath('x', '[0]')).toBe('x[0]');
  });
});
