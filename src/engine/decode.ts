// Bytes -> text, and back for --fix. Templates are UTF-8 (with or without a BOM) or UTF-16 with a
// BOM (what Windows Notepad and some help-desk exports write). Anything else is never linted as
// if it were text: a binary file is skipped with a notice, and bytes that are not valid in the
// file's encoding are a fatal error at their position, instead of being turned into U+FFFD and
// linted as garbage.
import { LineIndex } from '../core/line-index.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** A file's text, without its BOM (which the core must never see: offsets would be off by one). */
export interface DecodedText {
  text: string;
  /** Whether the file started with a byte-order mark (fixed output puts it back). */
  bom: boolean;
  encoding: TextEncoding;
}

/** Where decoding stopped: the first byte that is not valid in the file's encoding. */
export interface InvalidEncoding {
  encoding: TextEncoding;
  /** 0-based offset of the first bad byte in the file (the BOM included). */
  byteOffset: number;
  /** What is there, for the message: `byte 0xe9` (a Latin-1 "é", for example), `unpaired surrogate U+D800`. */
  found: string;
  /** 0-based offset in the decoded text before it, and its 1-based line and column (UTF-16 units, as everywhere). */
  offset: number;
  line: number;
  column: number;
}

export type FileContent =
  | ({ kind: 'text' } & DecodedText)
  | { kind: 'binary' }
  | ({ kind: 'invalid' } & InvalidEncoding);

/** How many leading bytes are searched for a NUL: the same 8000 as git's buffer_is_binary(). */
export const BINARY_SNIFF_BYTES = 8000;

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

type Decoder = { decode(input: Uint8Array): string };

// ignoreBOM: the BOM is stripped by hand, so that its presence is known.
const strictDecoders: Record<TextEncoding, Decoder> = {
  'utf-8': new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }),
  'utf-16le': new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }),
  'utf-16be': new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true }),
};
const lenientDecoders: Record<TextEncoding, Decoder> = {
  'utf-8': new TextDecoder('utf-8', { ignoreBOM: true }),
  'utf-16le': new TextDecoder('utf-16le', { ignoreBOM: true }),
  'utf-16be': new TextDecoder('utf-16be', { ignoreBOM: true }),
};

/** The encoding a BOM announces, and the BOM's length; UTF-8 without a BOM otherwise. */
function sniffBom(bytes: Uint8Array): { encoding: TextEncoding; bomLength: number } {
  if (startsWith(bytes, UTF8_BOM)) return { encoding: 'utf-8', bomLength: 3 };
  // FF FE 00 00 is UTF-32LE's BOM: not UTF-16, and left to the binary check below.
  if (startsWith(bytes, UTF16LE_BOM) && !(bytes[2] === 0 && bytes[3] === 0)) return { encoding: 'utf-16le', bomLength: 2 };
  if (startsWith(bytes, UTF16BE_BOM)) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: 'utf-8', bomLength: 0 };
}

/**
 * Offset of the first byte that starts an ill-formed UTF-8 sequence, or -1. The same rules as
 * TextDecoder's (WHATWG Encoding): no overlong forms, no surrogates, nothing above U+10FFFF, no
 * sequence cut short.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let needed: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) needed = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      needed = 2;
      if (lead === 0xe0) lower = 0xa0;
      if (lead === 0xed) upper = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      needed = 3;
      if (lead === 0xf0) lower = 0x90;
      if (lead === 0xf4) upper = 0x8f;
    } else return i;
    for (let k = 1; k <= needed; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < lower || next > upper) return i;
      lower = 0x80;
      upper = 0xbf;
    }
    i += needed + 1;
  }
  return -1;
}

/** The first unpaired surrogate or odd trailing byte in `bytes` (no BOM), or undefined. */
function firstInvalidUtf16(bytes: Uint8Array, littleEndian: boolean): { at: number; found: string } | undefined {
  const unit = (i: number): number => (littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  const unpaired = (code: number): string => `unpaired surrogate U+${code.toString(16).toUpperCase()}`;
  const even = bytes.length - (bytes.length % 2);
  for (let i = 0; i < even; i += 2) {
    const code = unit(i);
    if (code >= 0xdc00 && code <= 0xdfff) return { at: i, found: unpaired(code) };
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = i + 2 < even ? unit(i + 2) : -1;
      if (next < 0xdc00 || next > 0xdfff) return { at: i, found: unpaired(code) };
      i += 2;
    }
  }
  return even < bytes.length ? { at: even, found: 'an odd byte at the end' } : undefined;
}

function invalidAt(body: Uint8Array, bomLength: number, encoding: TextEncoding): InvalidEncoding {
  let bad: { at: number; found: string } | undefined;
  if (encoding === 'utf-8') {
    const at = firstInvalidUtf8(body);
    bad = at < 0 ? undefined : { at, found: `byte 0x${body[at]!.toString(16).padStart(2, '0')}` };
  } else bad = firstInvalidUtf16(body, encoding === 'utf-16le');
  // The decoder refused the bytes, so a bad sequence exists and the scan finds it; the fallback is never used.
  const { at, found } = bad ?? { at: 0, found: 'an invalid sequence' };
  const before = strictDecoders[encoding].decode(body.subarray(0, at));
  const position = new LineIndex(before).position(before.length);
  return { encoding, byteOffset: bomLength + at, found, offset: before.length, ...position };
}

/**
 * What a file's bytes hold: text (UTF-8, or UTF-16 with a BOM), a binary file (a NUL byte in the
 * first 8000 bytes, as git decides), or bytes that are not valid in the encoding.
 */
export function readFileContent(bytes: Uint8Array): FileContent {
  const { encoding, bomLength } = sniffBom(bytes);
  // UTF-16 text is full of NUL bytes: only files without a UTF-16 BOM are sniffed for them.
  if (encoding === 'utf-8' && bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { kind: 'binary' };
  const body = bytes.subarray(bomLength);
  try {
    return { kind: 'text', text: strictDecoders[encoding].decode(body), bom: bomLength > 0, encoding };
  } catch {
    return { kind: 'invalid', ...invalidAt(body, bomLength, encoding) };
  }
}

/**
 * Lenient decoding, for text that is shown rather than linted (the HTML report's context lines)
 * and for strings: UTF-8 or UTF-16 by BOM, bad bytes as U+FFFD, the BOM removed and remembered.
 */
export function decodeWithBom(bytes: Uint8Array | string): DecodedText {
  if (typeof bytes === 'string') {
    return bytes.charCodeAt(0) === 0xfeff ? { text: bytes.slice(1), bom: true, encoding: 'utf-8' } : { text: bytes, bom: false, encoding: 'utf-8' };
  }
  const { encoding, bomLength } = sniffBom(bytes);
  return { text: lenientDecoders[encoding].decode(bytes.subarray(bomLength)), bom: bomLength > 0, encoding };
}

/** The text of `bytes` without its BOM (see decodeWithBom). */
export function decodeText(bytes: Uint8Array | string): string {
  return decodeWithBom(bytes).text;
}

/** `text` (a BOM included, if it has one) as bytes in `encoding`, for writing a fixed file back. */
export function encodeText(text: string, encoding: TextEncoding = 'utf-8'): Uint8Array {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  const bytes = Buffer.from(text, 'utf16le');
  return encoding === 'utf-16be' ? bytes.swap16() : bytes;
}
