// HTML bodies: rehype-parse (parse5) over the masked text, as a fragment so that both snippets
// and whole email documents parse. parse5's source locations give every element, text and
// comment node its [start, end) offsets. The processor is created on first use so that a run
// without HTML files never loads the HTML parser.
import type { Root } from 'hast';
import { unified, type Processor } from 'unified';
import rehypeParse from 'rehype-parse';

let processor: Processor<Root> | undefined;

export function parseHtml(masked: string): Root {
  processor ??= unified().use(rehypeParse, { fragment: true }) as unknown as Processor<Root>;
  return processor.parse(masked);
}
