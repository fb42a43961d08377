// Builds the prose view of one template: blocks -> sentences -> tokens, each with exact offsets.
// Built once per template and shared by every rule, so no rule tokenises on its own.
import type { Nodes, Root } from 'mdast';
import type { Block, BlockKind, Placeholder, ProseView, Sentence } from '../types.js';
import { appendAligned, appendAtom, appendIdentity, emptyProseText, type ProseText } from './prose-text.js';
import { ATOM_CODE, tokenize } from './tokenize.js';
import { splitSentences } from './sentences.js';
import { classifyRoles } from './roles.js';

/** A block before tokenising: its kind, range and decoded text (shared by the Markdown, text and HTML views). */
export interface BlockDraft {
  kind: BlockKind;
  start: number;
  end: number;
  quoted: boolean;
  ordered?: boolean;
  depth?: number;
  prose: ProseText;
}

interface Walk {
  /** The text the parser saw (placeholders masked): node values align with this. */
  masked: string;
  drafts: BlockDraft[];
}

function offsets(node: Nodes): [number, number] | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : [start, end];
}

/** Collects the inline content of a paragraph, heading or cell into `prose`. */
function collectInline(node: Nodes, walk: Walk, prose: ProseText, link: boolean): void {
  const range = offsets(node);
  switch (node.type) {
    case 'text':
      if (range) appendAligned(prose, node.value, walk.masked, range[0], range[1], link);
      return;
    case 'inlineCode':
      if (range) appendAtom(prose, ATOM_CODE, range[0], range[1], link);
      return;
    case 'break':
      if (range) appendAtom(prose, '\n', range[0], range[1], link);
      return;
    case 'image':
    case 'imageReference':
    case 'html':
      // Not prose; keep words on either side apart.
      if (range) appendAtom(prose, ' ', range[0], range[1], link);
      return;
    case 'link':
    case 'linkReference':
      for (const child of node.children) collectInline(child, walk, prose, true);
      return;
    default:
      if ('children' in node) {
        for (const child of node.children as Nodes[]) collectInline(child, walk, prose, link);
      }
  }
}

function addBlock(walk: Walk, node: Nodes, kind: BlockKind, quoted: boolean, extra: Partial<BlockDraft> = {}): void {
  const range = offsets(node);
  if (!range) return;
  const prose = emptyProseText();
  collectInline(node, walk, prose, false);
  walk.drafts.push({ kind, start: range[0], end: range[1], quoted, prose, ...extra });
}

function collectBlocks(node: Nodes, walk: Walk, quoted: boolean, list?: { ordered: boolean }): void {
  switch (node.type) {
    case 'paragraph':
      addBlock(walk, node, list ? 'listItem' : 'paragraph', quoted, list ? { ordered: list.ordered } : {});
      return;
    case 'heading':
      addBlock(walk, node, 'heading', quoted, { depth: node.depth });
      return;
    case 'tableCell':
      addBlock(walk, node, 'tableCell', quoted);
      return;
    case 'blockquote':
      for (const child of node.children) collectBlocks(child, walk, true);
      return;
    case 'list':
      for (const item of node.children) {
        item.children.forEach((child, i) =>
          // Only an item's first paragraph is the item itself; later ones are its continuation.
          collectBlocks(child, walk, quoted, i === 0 ? { ordered: Boolean(node.ordered) } : undefined),
        );
      }
      return;
    case 'code':
    case 'html':
    case 'thematicBreak':
    case 'definition':
    case 'yaml':
      return;
    default:
      if ('children' in node) {
        for (const child of node.children as Nodes[]) collectBlocks(child, walk, quoted, list);
      }
  }
}

const LIST_MARKER = /^[ \t]*(?:[-*•]|\d{1,3}[.)])[ \t]+/;

/**
 * Plain-text bodies: paragraphs are separated by blank lines; a line that starts with a list
 * marker starts a list item of its own.
 */
function textBlocks(text: string, from: number, to: number): BlockDraft[] {
  const drafts: BlockDraft[] = [];
  let current: BlockDraft | undefined;
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = lineStart;
    while (lineEnd < to && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
    const line = text.slice(lineStart, lineEnd);
    const marker = LIST_MARKER.exec(line);
    if (line.trim() === '') {
      current = undefined;
    } else {
      if (marker || !current) {
        const contentStart = lineStart + (marker ? marker[0].length : 0);
        current = {
          kind: marker ? 'listItem' : 'paragraph',
          start: contentStart,
          end: lineEnd,
          quoted: /^\s*>/.test(line),
          prose: emptyProseText(),
          ...(marker ? { ordered: /\d/.test(marker[0]) } : {}),
        };
        drafts.push(current);
        appendIdentity(current.prose, text, contentStart, lineEnd);
      } else {
        appendAtom(current.prose, '\n', lineStart - 1, lineStart);
        appendIdentity(current.prose, text, lineStart, lineEnd);
        current.end = lineEnd;
      }
    }
    lineStart = lineEnd;
    if (text[lineStart] === '\r') lineStart++;
    if (text[lineStart] === '\n') lineStart++;
  }
  return drafts;
}

/** The placeholder a masked run starts in: at its start, or further in for a placeholder over several lines (line breaks are not masked). */
function placeholderLookup(placeholders: readonly Placeholder[]): (offset: number) => Placeholder | undefined {
  const byStart = new Map(placeholders.map((p) => [p.start, p]));
  return (offset) => byStart.get(offset) ?? placeholders.find((p) => p.start < offset && offset < p.end);
}

/** Tokenises the drafts, splits sentences (gaps read from `original`) and classifies greeting and sign-off. */
export function assemble(drafts: readonly BlockDraft[], placeholders: readonly Placeholder[], original: string): ProseView {
  const lookup = placeholderLookup(placeholders);
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  for (const draft of drafts) {
    const block: Block = {
      kind: draft.kind,
      start: draft.start,
      end: draft.end,
      quoted: draft.quoted,
      sentences: [],
      index: blocks.length,
      ...(draft.ordered !== undefined ? { ordered: draft.ordered } : {}),
      ...(draft.depth !== undefined ? { depth: draft.depth } : {}),
    };
    const raw = tokenize(draft.prose, lookup);
    block.sentences = splitSentences(raw, block, original);
    if (block.sentences.length === 0) continue;
    for (const sentence of block.sentences) {
      sentence.index = sentences.length;
      sentences.push(sentence);
    }
    blocks.push(block);
  }
  const view: ProseView = { blocks, sentences, placeholders: [...placeholders] };
  classifyRoles(view);
  return view;
}

/** The prose view of a Markdown body parsed (with placeholders masked) into `root`. */
export function proseFromMarkdown(root: Root, masked: string, original: string, placeholders: readonly Placeholder[]): ProseView {
  const walk: Walk = { masked, drafts: [] };
  collectBlocks(root, walk, false);
  return assemble(walk.drafts, placeholders, original);
}

/** The prose view of a plain-text body `text[from, to)`. */
export function proseFromText(masked: string, original: string, from: number, to: number, placeholders: readonly Placeholder[]): ProseView {
  return assemble(textBlocks(masked, from, to), placeholders, original);
}
