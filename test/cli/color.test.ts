import { describe, expect, it } from 'vitest';
import { shouldUseColor } from '../../src/cli/color.js';

describe('shouldUseColor', () => {
  it('lets the flag win over everything', () => {
    expect(shouldUseColor(true, { NO_COLOR: '1', FORCE_COLOR: '0' }, false)).toBe(true);
    expect(shouldUseColor(false, { FORCE_COLOR: '1' }, true)).toBe(false);
  });

  it('reads FORCE_COLOR before NO_COLOR', () => {
    expect(shouldUseColor(undefined, { FORCE_COLOR: '' }, false)).toBe(true);
    expect(shouldUseColor(undefined, { FORCE_COLOR: '2', NO_COLOR: '1' }, false)).toBe(true);
    expect(shouldUseColor(undefined, { FORCE_COLOR: 'false' }, true)).toBe(false);
    expect(shouldUseColor(undefined, { FORCE_COLOR: '0' }, true)).toBe(false);
  });

  it('treats only a non-empty NO_COLOR as off, then follows the TTY', () => {
    expect(shouldUseColor(undefined, { NO_COLOR: '' }, true)).toBe(true);
    expect(shouldUseColor(undefined, { NO_COLOR: 'yes' }, true)).toBe(false);
    expect(shouldUseColor(undefined, {}, false)).toBe(false);
  });
});
