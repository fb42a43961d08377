// Markdown bodies: remark-parse over the masked text. unified and remark-parse are loaded on first
// use, so that a run whose bodies are all plain text, or all read by the fast path
// (markdown-fast.ts), never loads them: they are most of the core's start-up. The load has to be
// synchronous, as lintText is: require() of an ES module, which Node does without a flag since 20.19.
import { createRequire } from 'node:module';
import type { Root } from 'mdast';
import type { Processor } from 'unified';
import { checkMarkdownNesting } from './nesting.js';

const require = createRequire(import.meta.url);

let processor: Processor<Root> | undefined;

function createProcessor(): Processor<Root> {
  const { unified } = require('unified') as typeof import('unified');
  const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
  return unified().use(remarkParse) as unknown as Processor<Root>;
}

export function parseMarkdown(masked: string): Root {
  // Before micromark, whose cost per line grows with the nesting depth (nesting.ts).
  checkMarkdownNesting(masked);
  processor ??= createProcessor();
  return processor.parse(masked);
}
