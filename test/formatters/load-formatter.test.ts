import { describe, expect, it } from 'vitest';
import { formatterNames, loadFormatter, UnknownFormatterError } from '../../src/formatters/index.js';

describe('loadFormatter', () => {
  it('loads the built-in formatters by name', async () => {
    expect(formatterNames).toEqual(['json', 'stylish']);
    expect(await loadFormatter('json')).toBeTypeOf('function');
    expect(await loadFormatter('stylish')).toBeTypeOf('function');
  });

  it('rejects unknown names, listing the known ones', async () => {
    await expect(loadFormatter('junit')).rejects.toThrow(UnknownFormatterError);
    await expect(loadFormatter('junit')).rejects.toThrow('Unknown formatter "junit". Available formatters: json, stylish.');
    await expect(loadFormatter('toString')).rejects.toThrow(UnknownFormatterError);
  });
});
