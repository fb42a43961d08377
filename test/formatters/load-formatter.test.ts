import { describe, expect, it } from 'vitest';
import { formatterNames, loadFormatter, UnknownFormatterError } from '../../src/formatters/index.js';

describe('loadFormatter', () => {
  it('loads the built-in formatters by name', async () => {
    expect(formatterNames).toEqual(['checkstyle', 'compact', 'github', 'html', 'json', 'junit', 'sarif', 'stylish', 'unix']);
    expect(await loadFormatter('json')).toBeTypeOf('function');
    expect(await loadFormatter('stylish')).toBeTypeOf('function');
  });

  it('rejects unknown names, listing the known ones', async () => {
    await expect(loadFormatter('tap')).rejects.toThrow(UnknownFormatterError);
    await expect(loadFormatter('tap')).rejects.toThrow(
      'Unknown formatter "tap". Available formatters: checkstyle, compact, github, html, json, junit, sarif, stylish, unix.',
    );
    await expect(loadFormatter('toString')).rejects.toThrow(UnknownFormatterError);
  });
});
