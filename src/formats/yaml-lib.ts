// The parts of the `yaml` package the format readers use, loaded on first use: Markdown
// templates with plain front matter (most of them) never need it, and loading it is a
// noticeable share of a one-file run's start-up.
import { createRequire } from 'node:module';
import type { Alias, Document, ParsedNode, Scalar, YAMLMap, YAMLSeq } from 'yaml';

const require = createRequire(import.meta.url);
let lib: typeof import('yaml') | undefined;

/** The `yaml` package, required on first call. */
export function yaml(): typeof import('yaml') {
  return (lib ??= require('yaml') as typeof import('yaml'));
}

export const isAlias = (node: unknown): node is Alias => yaml().isAlias(node);
export const isMap = (node: unknown): node is YAMLMap => yaml().isMap(node);
export const isScalar = (node: unknown): node is Scalar => yaml().isScalar(node);
export const isSeq = (node: unknown): node is YAMLSeq => yaml().isSeq(node);

export function parseDocument(source: string, options: { prettyErrors: boolean }): Document.Parsed<ParsedNode, true> {
  return yaml().parseDocument(source, options);
}

export function parseAllDocuments(...args: Parameters<typeof import('yaml').parseAllDocuments>): ReturnType<typeof import('yaml').parseAllDocuments> {
  return yaml().parseAllDocuments(...args);
}
