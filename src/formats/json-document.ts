// A JSON file as the `yaml` package's nodes (YAMLMap, YAMLSeq, Pair, Scalar), built in one pass.
// The format readers (structured.ts, select.ts, presets/) walk yaml nodes because they read YAML
// too; parsing JSON *as* YAML to get them cost 2.1 s of CPU and ~580 MB on a 12 MB Zendesk export
// of 10,000 macros (yaml builds a token stream and a CST first), against 45 ms for JSON.parse;
// this parse builds only the nodes, in about 0.2 s.
//
// The nodes are those `parseAllDocuments(text, { uniqueKeys: false })` builds for the same text:
// the same classes, `value`s (integers through parseInt, other numbers through parseFloat, as
// yaml's core schema does), `type` (QUOTE_DOUBLE for strings, PLAIN otherwise), `flow`, duplicate
// keys kept in order, and `range` = [start, value end, node end], where the node end takes in the
// whitespace after a value the way yaml does: up to the next token after an array item, up to and
// including the first line break after an object value or the root, none after a key. Not built:
// yaml's CST (`srcToken`, `source`) and number-formatting hints (`format`, `minFractionDigits`),
// which no reader of JSON uses (test/formats/json-document.test.ts compares both readers). Where
// yaml misread valid JSON (a lone carriage return as whitespace, a tab before a scalar document),
// this reads it as JSON.parse does.
//
// Strict RFC 8259, as JSON.parse: readStructured has already checked the file with JSON.parse and
// reported any error at its line and column, so an error here (JsonDocumentError) would be a bug.
// Iterative (an explicit stack of open arrays and objects), so the parse itself never exhausts the
// call stack. The readers after it recurse, though (and copy the path at each level), so a file
// nested deeper than MAX_JSON_NESTING is refused with a NestingTooDeepError at the bracket that
// goes too deep: no export nests past ten levels, and yaml ran out of stack at about 1,000 levels
// (reported as "Invalid JSON: Maximum call stack size exceeded"), so no file read before is refused now.
import type { Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { NestingTooDeepError } from './nesting.js';
import { yaml } from './yaml-lib.js';

export const MAX_JSON_NESTING = 1000;

export type JsonNode = Scalar | YAMLMap<Scalar<string>, JsonNode> | YAMLSeq<JsonNode>;

export class JsonDocumentError extends SyntaxError {
  constructor(
    message: string,
    /** Where in the text. */
    readonly offset: number,
  ) {
    super(message);
    this.name = 'JsonDocumentError';
  }
}

/** The character codes the parser compares against. */
const [TAB, LINE_FEED, CARRIAGE_RETURN, SPACE, QUOTE, COMMA, COLON, OPEN_BRACKET, BACKSLASH, CLOSE_BRACKET, OPEN_BRACE, CLOSE_BRACE, LETTER_T, LETTER_U] = Array.from(
  '\t\n\r ",:[\\]{}tu',
  (c) => c.charCodeAt(0),
) as [number, number, number, number, number, number, number, number, number, number, number, number, number, number];

/** After a backslash: `"`, `\`, `/`, b, f, n, r, t (u is checked apart: four hex digits follow). */
const SIMPLE_ESCAPES = new Set('"\\/bfnrt'.split('').map((c) => c.charCodeAt(0)));
const HEX4 = /^[0-9a-fA-F]{4}$/;
const NUMBER = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/y;

/** The first offset at or after `i` that is not JSON whitespace. */
function skipWhitespace(text: string, i: number): number {
  for (;;) {
    const code = text.charCodeAt(i);
    if (code !== SPACE && code !== LINE_FEED && code !== TAB && code !== CARRIAGE_RETURN) return i;
    i++;
  }
}

/** Past spaces and tabs and one line break: where yaml ends an object value's (or the root's) node. */
function lineEnd(text: string, i: number): number {
  while (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB) i++;
  if (text.charCodeAt(i) === LINE_FEED) return i + 1;
  if (text.charCodeAt(i) === CARRIAGE_RETURN && text.charCodeAt(i + 1) === LINE_FEED) return i + 2;
  return i;
}

function unexpected(text: string, i: number): JsonDocumentError {
  const what = i >= text.length ? 'end of JSON input' : `character ${JSON.stringify(text[i])}`;
  return new JsonDocumentError(`Unexpected ${what} at offset ${i}`, i);
}

/** The offset of the closing quote of the string whose opening quote is at `quote`, and whether it has escapes. */
function stringEnd(text: string, quote: number): { close: number; escaped: boolean } {
  let escaped = false;
  for (let i = quote + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) return { close: i, escaped };
    if (code < SPACE) throw unexpected(text, i);
    if (code !== BACKSLASH) continue;
    escaped = true;
    const escape = text.charCodeAt(i + 1);
    if (SIMPLE_ESCAPES.has(escape)) i++;
    else if (escape === LETTER_U && HEX4.test(text.slice(i + 2, i + 6))) i += 5;
    else throw unexpected(text, i + 1);
  }
  throw unexpected(text, text.length);
}

interface OpenCollection {
  node: YAMLMap<Scalar<string>, JsonNode> | YAMLSeq<JsonNode>;
  start: number;
  /** In an object: the key of the value being read. */
  key?: Scalar<string>;
}

/**
 * Parses a JSON text (strictly, as JSON.parse) into the yaml nodes `parseAllDocuments` gives its
 * one document. Throws NestingTooDeepError past `maxNesting` open arrays and objects.
 */
export function parseJsonDocument(text: string, { maxNesting = MAX_JSON_NESTING }: { maxNesting?: number } = {}): JsonNode {
  // yaml's node classes, loaded on first use (Markdown-only runs never load yaml).
  const { Pair, Scalar, YAMLMap, YAMLSeq } = yaml();

  const readString = (quote: number): Scalar<string> => {
    const { close, escaped } = stringEnd(text, quote);
    // Escapes are rare outside bodies; JSON.parse decodes them exactly as JSON defines them.
    const value = escaped ? (JSON.parse(text.slice(quote, close + 1)) as string) : text.slice(quote + 1, close);
    const node = new Scalar(value);
    node.type = Scalar.QUOTE_DOUBLE;
    node.range = [quote, close + 1, close + 1];
    return node;
  };
  const plain = (value: unknown): Scalar => {
    const node = new Scalar(value);
    node.type = Scalar.PLAIN;
    return node;
  };
  /** Reads `"key" :` in an object; returns where its value starts. */
  const readKey = (open: OpenCollection, i: number): number => {
    if (text.charCodeAt(i) !== QUOTE) throw unexpected(text, i);
    const key = readString(i);
    open.key = key;
    const colon = skipWhitespace(text, key.range![1]);
    if (text.charCodeAt(colon) !== COLON) throw unexpected(text, colon);
    return skipWhitespace(text, colon + 1);
  };

  const stack: OpenCollection[] = [];
  let i = skipWhitespace(text, 0);
  for (;;) {
    // A value starts at i.
    let start = i;
    let node: JsonNode;
    const code = text.charCodeAt(i);
    if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      const collection = code === OPEN_BRACE ? new YAMLMap<Scalar<string>, JsonNode>() : new YAMLSeq<JsonNode>();
      collection.flow = true;
      i = skipWhitespace(text, i + 1);
      if (text.charCodeAt(i) === (code === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET)) {
        i++;
        node = collection;
      } else {
        if (stack.length >= maxNesting) {
          throw new NestingTooDeepError(
            `This JSON nests arrays and objects more than ${maxNesting} levels deep here, so the file was not linted (macrolint stops there: no export nests that deep). Flatten the nesting.`,
            start,
          );
        }
        const open: OpenCollection = { node: collection, start };
        stack.push(open);
        if (code === OPEN_BRACE) i = readKey(open, i);
        continue;
      }
    } else if (code === QUOTE) {
      node = readString(i);
      i = node.range![1];
    } else if (text.startsWith('true', i) || text.startsWith('null', i)) {
      node = plain(code === LETTER_T ? true : null);
      i += 4;
    } else if (text.startsWith('false', i)) {
      node = plain(false);
      i += 5;
    } else {
      NUMBER.lastIndex = i;
      const number = NUMBER.exec(text);
      if (!number) throw unexpected(text, i);
      const [source, fraction, exponent] = number;
      node = plain(fraction === undefined && exponent === undefined ? Number.parseInt(source, 10) : Number.parseFloat(source));
      i += source.length;
    }

    // `node` spans [start, i): place it, and close every array and object it completes.
    for (;;) {
      const parent = stack[stack.length - 1];
      if (!parent) {
        node.range = [start, i, lineEnd(text, i)];
        if (skipWhitespace(text, i) < text.length) throw unexpected(text, skipWhitespace(text, i));
        return node;
      }
      const next = skipWhitespace(text, i);
      const isMap = parent.node instanceof YAMLMap;
      if (isMap) {
        node.range = [start, i, lineEnd(text, i)];
        (parent.node as YAMLMap<Scalar<string>, JsonNode>).items.push(new Pair(parent.key!, node) as Pair<Scalar<string>, JsonNode>);
      } else {
        node.range = [start, i, next];
        (parent.node as YAMLSeq<JsonNode>).items.push(node);
      }
      const delimiter = text.charCodeAt(next);
      if (delimiter === COMMA) {
        i = skipWhitespace(text, next + 1);
        if (isMap) i = readKey(parent, i);
        break;
      }
      if (delimiter !== (isMap ? CLOSE_BRACE : CLOSE_BRACKET)) throw unexpected(text, next);
      stack.pop();
      node = parent.node;
      start = parent.start;
      i = next + 1;
    }
  }
}
