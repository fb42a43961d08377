// Bytes -> text (src/engine/decode.ts): what is text, what is binary, and where bytes that are not
// valid text start, in bytes and in line:column.
import { describe, expect, it } from 'vitest';
import { BINARY_SNIFF_BYTES, decodeText, decodeWithBom, encodeText, firstInvalidUtf8, readFileContent } from '../../src/engine/decode.js';
import { decodeText as decodeTextFromLintOne } from '../../src/engine/lint-one.js';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));
const utf16le = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string): Buffer => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);

describe('readFileContent: text', () => {
  it('reads empty and whitespace-only files as (empty) UTF-8 text', () => {
    expect(readFileContent(bytes(''))).toEqual({ kind: 'text', text: '', bom: false, encoding: 'utf-8' });
    expect(readFileContent(bytes(' \n\t\r\n'))).toEqual({ kind: 'text', text: ' \n\t\r\n', bom: false, encoding: 'utf-8' });
  });

  it('strips a UTF-8 BOM and remembers it', () => {
    expect(readFileContent(bytes([0xef, 0xbb, 0xbf], 'Hi é'))).toEqual({ kind: 'text', text: 'Hi é', bom: true, encoding: 'utf-8' });
  });

  it('decodes UTF-16 LE and BE with a BOM, astral characters included', () => {
    const text = 'Hi 👋,\r\nthanks!';
    expect(readFileContent(utf16le(text))).toEqual({ kind: 'text', text, bom: true, encoding: 'utf-16le' });
    expect(readFileContent(utf16be(text))).toEqual({ kind: 'text', text, bom: true, encoding: 'utf-16be' });
  });
});

describe('readFileContent: binary', () => {
  it('is binary with a NUL byte in the first 8000 bytes, as git decides', () => {
    expect(BINARY_SNIFF_BYTES).toBe(8000);
    expect(readFileContent(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toEqual({ kind: 'binary' });
    expect(readFileContent(bytes('a'.repeat(7999), [0]))).toEqual({ kind: 'binary' });
  });

  it('is text when the first NUL comes after the first 8000 bytes', () => {
    const content = readFileContent(bytes('a'.repeat(8000), [0]));
    expect(content).toMatchObject({ kind: 'text', text: `${'a'.repeat(8000)}\u0000` });
  });

  it('takes UTF-16 without a BOM, and UTF-32 (whose BOM starts like UTF-16 LE), for binary', () => {
    expect(readFileContent(Buffer.from('Hi there', 'utf16le'))).toEqual({ kind: 'binary' });
    expect(readFileContent(bytes([0xff, 0xfe, 0, 0, 0x48, 0, 0, 0]))).toEqual({ kind: 'binary' });
  });
});

describe('readFileContent: invalid bytes', () => {
  it('reports the byte offset, the byte, and the line:column of the first bad sequence', () => {
    // "Hello there,\n" is 13 bytes; "Thanks " 7 more; 0xc3 0x28 is a lead byte without its continuation.
    expect(readFileContent(bytes('Hello there,\nThanks ', [0xc3, 0x28], ' for writing.\n', [0xff]))).toEqual({
      kind: 'invalid',
      encoding: 'utf-8',
      byteOffset: 20,
      found: 'byte 0xc3',
      offset: 20,
      line: 2,
      column: 8,
    });
  });

  it('counts the BOM in the byte offset but not in the column, and multi-byte characters as one column', () => {
    // A Latin-1 "é" (0xe9) after a BOM and "Café " (é is two bytes in UTF-8, one column).
    expect(readFileContent(bytes([0xef, 0xbb, 0xbf], 'Café ', [0xe9]))).toMatchObject({ byteOffset: 9, found: 'byte 0xe9', offset: 5, line: 1, column: 6 });
  });

  it('counts CRLF and a lone CR as one line break each', () => {
    expect(readFileContent(bytes('a\r\nb\rc\nd', [0x80]))).toMatchObject({ line: 4, column: 2, byteOffset: 8 });
  });

  it('finds overlong forms, encoded surrogates, code points above U+10FFFF and a sequence cut short at the end', () => {
    expect(readFileContent(bytes('ok ', [0xc0, 0xaf]))).toMatchObject({ byteOffset: 3, found: 'byte 0xc0' });
    expect(readFileContent(bytes('ok ', [0xed, 0xa0, 0x80]))).toMatchObject({ byteOffset: 3, found: 'byte 0xed' });
    expect(readFileContent(bytes('ok ', [0xf4, 0x90, 0x80, 0x80]))).toMatchObject({ byteOffset: 3, found: 'byte 0xf4' });
    expect(readFileContent(bytes('ok 👍', [0xf0, 0x9f]))).toMatchObject({ byteOffset: 7, column: 6 });
  });

  it('finds an unpaired surrogate and an odd trailing byte in UTF-16', () => {
    const loneHigh = Buffer.concat([utf16le('Hi\n'), Buffer.from([0x00, 0xd8, 0x41, 0x00])]);
    expect(readFileContent(loneHigh)).toEqual({
      kind: 'invalid',
      encoding: 'utf-16le',
      byteOffset: 8,
      found: 'unpaired surrogate U+D800',
      offset: 3,
      line: 2,
      column: 1,
    });
    const loneLow = Buffer.concat([utf16be('ab'), Buffer.from([0xdc, 0x00])]);
    expect(readFileContent(loneLow)).toMatchObject({ encoding: 'utf-16be', byteOffset: 6, found: 'unpaired surrogate U+DC00', column: 3 });
    expect(readFileContent(Buffer.concat([utf16le('ab'), Buffer.from([0x41])]))).toMatchObject({ byteOffset: 6, found: 'an odd byte at the end' });
  });

  it('agrees with TextDecoder on where the first bad byte is, on random bytes', () => {
    // A tiny deterministic generator: the same 2,000 buffers every run.
    let seed = 7;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (let n = 0; n < 2000; n++) {
      const buffer = Uint8Array.from({ length: 1 + Math.floor(random() * 12) }, () => (random() < 0.5 ? 0x61 : Math.floor(random() * 256)));
      const bad = firstInvalidUtf8(buffer);
      if (bad < 0) expect(() => strict.decode(buffer)).not.toThrow();
      else {
        expect(() => strict.decode(buffer.subarray(0, bad))).not.toThrow();
        expect(() => strict.decode(buffer.subarray(0, bad + 4 > buffer.length ? buffer.length : bad + 4))).toThrow();
      }
    }
  });
});

describe('decodeWithBom, decodeText, encodeText', () => {
  it('decodes leniently for display, UTF-16 by its BOM', () => {
    expect(decodeWithBom(utf16be('Hi'))).toEqual({ text: 'Hi', bom: true, encoding: 'utf-16be' });
    expect(decodeText(bytes('a', [0xff], 'b'))).toBe('a\ufffdb');
    expect(decodeWithBom('\ufeffHi')).toEqual({ text: 'Hi', bom: true, encoding: 'utf-8' });
  });

  it('is still exported from lint-one.ts for existing importers', () => {
    expect(decodeTextFromLintOne).toBe(decodeText);
  });

  it('encodes back to the same bytes in each encoding, BOM included', () => {
    const text = '\ufeffHi 👋,\r\nthanks!';
    expect(Buffer.from(encodeText(text, 'utf-16le'))).toEqual(utf16le(text.slice(1)));
    expect(Buffer.from(encodeText(text, 'utf-16be'))).toEqual(utf16be(text.slice(1)));
    expect(Buffer.from(encodeText(text))).toEqual(Buffer.from(text, 'utf8'));
  });
});
