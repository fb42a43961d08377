import { describe, expect, it } from 'vitest';
import { packageForNamespace, parseConfigRef, parsePluginSpec, splitRuleId } from '../../src/plugins/index.js';

describe('plugin names', () => {
  it.each<[string, { request: string; namespace?: string } | undefined]>([
    ['macrolint-plugin-acme', { request: 'macrolint-plugin-acme', namespace: 'acme' }],
    ['acme', { request: 'macrolint-plugin-acme', namespace: 'acme' }],
    ['@scope/macrolint-plugin-x', { request: '@scope/macrolint-plugin-x', namespace: '@scope/x' }],
    ['@scope/x', { request: '@scope/macrolint-plugin-x', namespace: '@scope/x' }],
    ['@scope/macrolint-plugin', { request: '@scope/macrolint-plugin', namespace: '@scope' }],
    ['@scope', { request: '@scope/macrolint-plugin', namespace: '@scope' }],
    ['./local-plugin.js', { request: './local-plugin.js' }],
    ['../shared/plugin.mjs', { request: '../shared/plugin.mjs' }],
    ['/abs/plugin.js', { request: '/abs/plugin.js' }],
    ['macrolint-plugin', undefined],
    ['Acme Plugin', undefined],
    ['acme/rules', undefined],
  ])('%s', (written, expected) => {
    const spec = parsePluginSpec(written);
    expect(spec && { request: spec.request, ...(spec.namespace !== undefined ? { namespace: spec.namespace } : {}) }).toEqual(expected);
  });

  it('splits rule ids and config references at the last slash', () => {
    expect(splitRuleId('acme/no-jargon')).toEqual({ namespace: 'acme', local: 'no-jargon' });
    expect(splitRuleId('@scope/x/no-jargon')).toEqual({ namespace: '@scope/x', local: 'no-jargon' });
    expect(splitRuleId('no-blame')).toBeUndefined();
    expect(parseConfigRef('plugin:@scope/x/strict')).toEqual({ namespace: '@scope/x', name: 'strict' });
    expect(parseConfigRef('plugin:acme')).toBeUndefined();
    expect(packageForNamespace('@scope')).toBe('@scope/macrolint-plugin');
  });
});
