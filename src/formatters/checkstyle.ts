// Checkstyle XML, as ESLint's `checkstyle` formatter writes it, for the many CI tools that read
// it (Jenkins warnings-ng, reviewdog, SonarQube, GitLab code quality converters): a <file> per
// linted file (files without problems too) and an <error> per problem with severity error or
// warning and source `macrolint.rules.<rule-id>`. Paths are relative to cwd; a template worth
// naming prefixes the message. Every value from the linted files is escaped for XML (xml.ts).
import type { Diagnostic, FileResult } from '../types.js';
import { messageType, messageWithTemplate, relativePath } from './common.js';
import { escapeXml, xmlDeclaration } from './xml.js';
import type { Formatter } from './types.js';

function formatError(result: FileResult, message: Diagnostic): string {
  const text = `${messageWithTemplate(message, result.filePath)}${message.ruleId ? ` (${message.ruleId})` : ''}`;
  const source = message.ruleId ? `macrolint.rules.${message.ruleId}` : '';
  return (
    `<error line="${message.line || 0}" column="${message.column || 0}" ` +
    `severity="${messageType(message).toLowerCase()}" message="${escapeXml(text)}" source="${escapeXml(source)}" />`
  );
}

function formatFile(result: FileResult, cwd: string): string {
  const errors = result.messages.map((message) => formatError(result, message));
  return `<file name="${escapeXml(relativePath(result.filePath, cwd))}">${errors.join('')}</file>`;
}

export const checkstyle: Formatter = (results, context) =>
  `${xmlDeclaration}<checkstyle version="4.3">${results.map((result) => formatFile(result, context.cwd)).join('')}</checkstyle>\n`;

export default checkstyle;
