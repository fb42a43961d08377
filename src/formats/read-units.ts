// File text -> the templates it holds. A Markdown or text file is one template whose body is the
// file itself; collection formats (JSON, YAML exports) produce one unit per template.
import type { FormatOptions, TemplateMetadata, TemplateUnit } from '../types.js';
import { bodyKindFor, templateNameFromPath } from './body-kind.js';
import { readFrontMatter } from './front-matter.js';
import { identityMap } from './position-map.js';

export interface ReadUnits {
  units: TemplateUnit[];
  /** A problem that stops the whole file (invalid front matter, unparsable JSON), at a file offset. */
  fatal?: { message: string; offset: number };
}

function templateName(metadata: TemplateMetadata, filePath: string): string {
  return metadata.title ?? metadata.id ?? templateNameFromPath(filePath);
}

export function readUnits(text: string, filePath: string, _format: FormatOptions = {}): ReadUnits {
  const kind = bodyKindFor(filePath);
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
  return {
    units: [{ name: templateName(metadata, filePath), metadata, kind, body: text, bodyStart, bodyEnd: text.length, map: identityMap() }],
  };
}
