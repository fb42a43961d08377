// SARIF 2.1.0 (OASIS), the format GitHub code scanning, Azure DevOps and most IDE result viewers
// read. One run; `tool.driver.rules` lists every rule the run used or that reported, so each
// result points at its rule by id and index and viewers can show the rule's docs link.
//
// Decisions:
// - Diagnostics without a rule id (a file that could not be parsed or read, an ignored file) are
//   not findings in a template: they go to `invocations[0].toolExecutionNotifications`, which is
//   where SARIF puts tool trouble, and where GitHub shows it ("tool errors") instead of raising
//   a code-scanning alert that has no rule to explain it.
// - Paths inside cwd are relative URIs against `SRCROOT` (declared in `originalUriBaseIds`), so
//   the log is portable between checkouts; paths outside cwd are absolute `file:` URIs.
// - Columns are UTF-16 code units, 1-based, end exclusive: exactly macrolint's, stated in
//   `columnKind`.
// - Message text is plain text; control characters (ANSI escapes, bidi overrides) from linted
//   files are shown as visible escapes, as in the terminal formatters, so a viewer never renders
//   them raw.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageVersion } from '../cli/version.js';
import type { Diagnostic, FileResult, RuleMeta } from '../types.js';
import { escapeControlChars, escapeJsonUnsafe } from './escape.js';
import type { Formatter } from './types.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
// The project's home, the same repository the built-in rules' docs URLs point into.
const INFORMATION_URI = 'https://github.com/macrolint/macrolint';
const SRCROOT = 'SRCROOT';

type Level = 'error' | 'warning';

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

function levelOf(message: Diagnostic): Level {
  return message.severity === 2 ? 'error' : 'warning';
}

/** Keeps newlines and tabs (message text may be several lines); every other control becomes visible. */
function plainText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.split('\t').map(escapeControlChars).join('\t'))
    .join('\n');
}

function isHttpUrl(value: string | undefined): value is string {
  if (!value) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function encodeSegments(segments: string[]): string {
  // A lone surrogate (possible in a Windows file name) would make encodeURIComponent throw; it
  // becomes U+FFFD, as pathToFileURL writes it.
  return segments.map((segment) => encodeURIComponent(segment.replace(/[\ud800-\udfff]/gu, '\ufffd'))).join('/');
}

function artifactLocation(filePath: string, cwd: string): ArtifactLocation {
  // Pseudo paths (`<text>` for stdin without a name) are names relative to cwd.
  const absolute = path.isAbsolute(filePath) ? filePath : path.resolve(cwd, filePath);
  const relative = path.relative(cwd, absolute);
  if (relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)) {
    return { uri: encodeSegments(relative.split(/[\\/]/)), uriBaseId: SRCROOT };
  }
  return { uri: pathToFileURL(absolute).href };
}

function region(message: Diagnostic): Record<string, number> | undefined {
  if (!(Number.isInteger(message.line) && message.line >= 1)) return undefined;
  const out: Record<string, number> = { startLine: message.line };
  if (Number.isInteger(message.column) && message.column >= 1) out.startColumn = message.column;
  const endLine = message.endLine;
  if (Number.isInteger(endLine) && endLine >= message.line) {
    out.endLine = endLine;
    const endColumn = message.endColumn;
    // SARIF needs the end after the start; an empty range (end == start) on one line is allowed.
    if (Number.isInteger(endColumn) && endColumn >= 1 && (endLine > message.line || endColumn >= (out.startColumn ?? 1))) {
      out.endColumn = endColumn;
    }
  }
  return out;
}

function location(message: Diagnostic, artifact: ArtifactLocation): Record<string, unknown> {
  const physical: Record<string, unknown> = { artifactLocation: artifact };
  const where = region(message);
  if (where) physical.region = where;
  const out: Record<string, unknown> = { physicalLocation: physical };
  if (message.template !== undefined && message.template !== '') {
    out.logicalLocations = [{ name: plainText(message.template), kind: 'object' }];
  }
  return out;
}

function ruleDescriptor(id: string, meta: RuleMeta | undefined): Record<string, unknown> {
  const descriptor: Record<string, unknown> = { id, name: id };
  const description = meta?.docs?.description;
  if (description) descriptor.shortDescription = { text: plainText(description) };
  // The parsed URL's href: it percent-encodes what a URI can't hold (quotes, `<`, spaces).
  if (isHttpUrl(meta?.docs?.url)) descriptor.helpUri = new URL(meta.docs.url).href;
  if (meta) {
    descriptor.defaultConfiguration = { level: meta.docs?.recommended === 'error' ? 'error' : 'warning' };
    if (meta.type) descriptor.properties = { tags: [meta.type] };
  }
  return descriptor;
}

function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function toSarifLog(results: FileResult[], cwd: string, rulesMeta: Record<string, RuleMeta> = {}): Record<string, unknown> {
  const ruleIds = new Set(Object.keys(rulesMeta));
  for (const result of results) for (const message of result.messages) if (message.ruleId) ruleIds.add(message.ruleId);
  const sortedIds = [...ruleIds].sort(byId);
  const ruleIndex = new Map(sortedIds.map((id, index) => [id, index]));

  const sarifResults: Array<Record<string, unknown>> = [];
  const notifications: Array<Record<string, unknown>> = [];
  for (const result of results) {
    const artifact = artifactLocation(result.filePath, cwd);
    for (const message of result.messages) {
      const text = { text: plainText(message.message) || '(no message)' };
      if (message.ruleId) {
        sarifResults.push({
          ruleId: message.ruleId,
          ruleIndex: ruleIndex.get(message.ruleId)!,
          level: levelOf(message),
          message: text,
          locations: [location(message, artifact)],
        });
      } else {
        notifications.push({ level: levelOf(message), message: text, locations: [location(message, artifact)] });
      }
    }
  }

  const invocation: Record<string, unknown> = { executionSuccessful: true };
  if (notifications.length > 0) invocation.toolExecutionNotifications = notifications;

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'macrolint',
            version: packageVersion(),
            informationUri: INFORMATION_URI,
            rules: sortedIds.map((id) => ruleDescriptor(id, rulesMeta[id])),
          },
        },
        invocations: [invocation],
        originalUriBaseIds: {
          // A base URI must end with a slash, or the last folder is dropped when resolving.
          [SRCROOT]: { uri: pathToFileURL(cwd).href.replace(/\/?$/, '/') },
        },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}

export const sarif: Formatter = (results, context) =>
  escapeJsonUnsafe(JSON.stringify(toSarifLog(results, context.cwd, context.rulesMeta), null, 2));

export default sarif;
