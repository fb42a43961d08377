// cosmiconfig loaders for JSON and YAML that report syntax errors with a line and column, and
// that treat a YAML file holding only comments (or `null`) as an empty file, not as "no file":
// cosmiconfig would otherwise skip it and silently use a config further up the tree.
import { defaultLoaders, type Loader } from 'cosmiconfig';
import { jsonErrorOffset, jsonReason, positionAt, syntaxError } from './syntax.js';

const BOM = '\uFEFF';

export const loadJson: Loader = (filePath, content) => {
  const text = content.startsWith(BOM) ? content.slice(1) : content;
  try {
    return JSON.parse(text) ?? undefined;
  } catch (error) {
    const message = (error as Error).message;
    throw syntaxError(filePath, jsonReason(message), positionAt(text, jsonErrorOffset(text, message)), error);
  }
};

interface YamlException extends Error {
  reason?: string;
  mark?: { line: number; column: number };
}

const loadYamlWithJsYaml = defaultLoaders['.yaml']!;

export const loadYaml: Loader = async (filePath, content) => {
  try {
    return (await loadYamlWithJsYaml(filePath, content)) ?? undefined;
  } catch (error) {
    const { reason, mark, message } = error as YamlException;
    const position = mark ? { line: mark.line + 1, column: mark.column + 1 } : undefined;
    throw syntaxError(filePath, reason ?? message, position, error);
  }
};
