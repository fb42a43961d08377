// Markdown bodies: remark-parse over the masked text. The processor is created on first use so
// that a run over plain-text files never loads the Markdown parser.
import type { Root } from 'mdast';
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';

let processor: Processor<Root> | undefined;

export function parseMarkdown(masked: string): Root {
  processor ??= unified().use(remarkParse) as unknown as Processor<Root>;
  return processor.parse(masked);
}
