// Text from linted files (messages quote template text, file and template names come from disk)
// must never reach a terminal raw: an ESC, a C1 CSI or a bidi override inside a macro could
// recolour, hide or reorder the report. Every such character is shown as a visible escape.

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

// C0 controls, DEL, C1 controls, and the Unicode bidi embedding/override/isolate controls
// ("Trojan Source", CVE-2021-42574), plus the line/paragraph separators some terminals honour.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

function escapeOne(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Replaces control characters with visible escapes (`\x1b`, `\r`, `\u202e`). */
export function escapeControlChars(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/**
 * For JSON output: JSON.stringify already escapes C0 controls, but passes C1 and bidi controls
 * through raw. `\uXXXX` keeps the document valid JSON with the same parsed value.
 */
export function escapeJsonUnsafe(json: string): string {
  return json.replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu, (char) =>
    `\\u${char.codePointAt(0)!.toString(16).padStart(4, '0')}`,
  );
}
