// File text -> the templates it holds. A Markdown or text file is one template whose body is the
// file itself (or one per heading section or fenced block, with `templates`); JSON and YAML files
// produce one template per selected string value (see docs/formats.md).
import type { FormatOptions, TemplateMetadata, TemplateUnit } from '../types.js';
import { bodyKindFor, templateNameFromPath } from './body-kind.js';
import { readFrontMatter } from './front-matter.js';
import { readFenced, readSections } from './markdown-collection.js';
import { identityMap } from './position-map.js';
import { dataFormatFor, readStructured } from './structured.js';

export interface ReadUnits {
  units: TemplateUnit[];
  /** A problem that stops the whole file (invalid front matter, unparsable JSON), at a file offset. */
  fatal?: { message: string; offset: number };
}

/** A file's format as the config's `sources` give it. */
export type SourceFormat = FormatOptions;

function templateName(metadata: TemplateMetadata, filePath: string): string {
  return metadata.title ?? metadata.id ?? templateNameFromPath(filePath);
}

export function readUnits(text: string, filePath: string, format: SourceFormat = {}): ReadUnits {
  const dataFormat = dataFormatFor(filePath);
  // Selectors make any file a data file; without them, the extension decides.
  if (format.selectors || (dataFormat && !format.kind && !format.templates)) {
    return readStructured(text, filePath, dataFormat ?? 'yaml', format);
  }
  const kind = format.kind ?? bodyKindFor(filePath);
  let bodyStart = 0;
  let metadata: TemplateMetadata = {};
  if (kind === 'markdown') {
    const frontMatter = readFrontMatter(text);
    if (frontMatter?.error) {
      return { units: [], fatal: { message: `Invalid YAML front matter: ${frontMatter.error.message}`, offset: frontMatter.error.offset } };
    }
    if (frontMatter) {
      bodyStart = frontMatter.end;
      metadata = frontMatter.metadata;
    }
  }
  const syntax = format.syntax !== undefined ? { syntax: format.syntax } : {};
  if (format.templates === 'sections' || format.templates === 'fenced') {
    const options = { start: bodyStart, metadata, kind, fileName: templateName(metadata, filePath), ...syntax };
    return { units: format.templates === 'sections' ? readSections(text, options) : readFenced(text, options) };
  }
  return {
    units: [{ name: templateName(metadata, filePath), metadata, kind, body: text, bodyStart, bodyEnd: text.length, map: identityMap(), ...syntax }],
  };
}
