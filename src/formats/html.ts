// HTML bodies: rehype-parse (parse5) over the masked text, as a fragment so that both snippets
// and whole email documents parse. parse5's source locations give every element, text and
// comment node its [start, end) offsets. The parser is loaded on first use (require() of an ES
// module, which Node ≥ 20.19 does synchronously, keeps the core synchronous), so a run without
// HTML bodies never loads parse5.
import { createRequire } from 'node:module';
import type { Root } from 'hast';
import type { Processor } from 'unified';

const require = createRequire(import.meta.url);
let processor: Processor<Root> | undefined;

export function parseHtml(masked: string): Root {
  if (!processor) {
    const { unified } = require('unified') as typeof import('unified');
    const rehypeParse = (require('rehype-parse') as typeof import('rehype-parse')).default;
    processor = unified().use(rehypeParse, { fragment: true }) as unknown as Processor<Root>;
  }
  return processor.parse(masked);
}
