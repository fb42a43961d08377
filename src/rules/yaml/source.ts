// A YAML rule file parsed with its positions kept, so that every problem found in it, by the
// YAML parser or by our checks, is reported as `file:line:column` at the exact key or value.
import { isAlias, isScalar, LineCounter, parseDocument, type Document, type Node, type Scalar } from 'yaml';
import { ConfigError } from '../../config/errors.js';

export class YamlSource {
  readonly doc: Document;
  private readonly lines = new LineCounter();

  constructor(
    readonly filePath: string,
    readonly text: string,
  ) {
    this.doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
    const [first] = this.doc.errors;
    if (first) this.fail(first.pos[0], '', first.message.replace(/[.\s]+$/, ''));
  }

  /** `Invalid rule file /abs/no-asap.yaml:4:12: patterns[1]: …` (line and column 1-based). */
  fail(offset: number, keyPath: string, problem: string): never {
    const { line, col } = this.lines.linePos(Math.max(0, Math.min(offset, this.text.length)));
    const where = keyPath ? `${keyPath}: ` : '';
    throw new ConfigError(`Invalid rule file ${this.filePath}:${line}:${col}: ${where}${problem}.`, {
      filePath: this.filePath,
      keyPath,
      line,
      column: col,
    });
  }

  /** Where a node starts (0 when the parser gave it no range). */
  start(node: Node | null | undefined): number {
    return node?.range?.[0] ?? 0;
  }

  /** The node an alias points to; anything else as it is. */
  deref(node: unknown): unknown {
    return isAlias(node) ? node.resolve(this.doc) : node;
  }

  /**
   * The file offset of character `index` of a scalar's value. Exact for plain and quoted
   * scalars (escapes and `''` counted), also across folded lines; for block scalars, the
   * first line holding the character. Patterns are one line in practice, so this is exact.
   */
  offsetInScalar(node: Scalar, index: number): number {
    const [start, end] = node.range ?? [0, 0];
    const raw = this.text.slice(start, end);
    const value = String(node.value);
    if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') return start + blockOffset(raw, value, index);
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    let j = quoted ? 1 : 0;
    for (let i = 0; i < index && j < raw.length; i++) {
      const c = value[i]!;
      if (node.type === 'QUOTE_SINGLE' && c === "'" && raw.startsWith("''", j)) j += 2;
      else if (node.type === 'QUOTE_DOUBLE' && raw[j] === '\\') j += escapeLength(raw, j);
      else if (raw[j] === c) j++;
      else if (/\s/.test(raw[j]!)) {
        // A folded line break: the value has one space (or newline) where the source has several.
        while (j < raw.length && /\s/.test(raw[j]!)) j++;
      } else return start; // Not where we expected: the value's start is still the right line.
    }
    return start + j;
  }
}

function escapeLength(raw: string, at: number): number {
  const kind = raw[at + 1];
  if (kind === 'x') return 4;
  if (kind === 'u') return 6;
  if (kind === 'U') return 10;
  return 2;
}

function blockOffset(raw: string, value: string, index: number): number {
  const lineIndex = value.slice(0, index).split('\n').length - 1;
  const line = value.split('\n')[lineIndex] ?? '';
  const at = raw.indexOf(line, raw.indexOf('\n') + 1);
  if (at < 0) return 0;
  return at + (index - (value.lastIndexOf('\n', index - 1) + 1));
}

export function isStringScalar(node: unknown): node is Scalar<string> {
  return isScalar(node) && typeof node.value === 'string';
}
