// JUnit XML, shaped like ESLint's `junit` formatter so CI test-report views (Jenkins, GitLab,
// Azure, CircleCI) list lint problems as failed test cases: a <testsuite> per file, a <testcase>
// per problem named after its rule (and template), and one passing <testcase> for a file with no
// problems. A fatal problem (the file could not be linted) is an <error>, as in ESLint; the
// others are <failure type="error|warning">. Paths are relative to cwd. Every value from the
// linted files is escaped for XML (xml.ts); there is no CDATA, so `]]>` in a message is inert.
import path from 'node:path';
import type { Diagnostic, FileResult } from '../types.js';
import { messageType, messageWithTemplate, relativePath, templateOf } from './common.js';
import { escapeXml, xmlDeclaration } from './xml.js';
import type { Formatter } from './types.js';

function withoutExtension(filePath: string): string {
  const ext = path.posix.extname(filePath);
  return ext === '' ? filePath : filePath.slice(0, -ext.length);
}

function testcaseName(message: Diagnostic, filePath: string): string {
  const rule = message.ruleId ?? 'fatal';
  const template = templateOf(message, filePath);
  return template === undefined ? rule : `${rule} (${template})`;
}

function formatTestcase(result: FileResult, message: Diagnostic, classname: string): string {
  const element = message.fatal ? 'error' : 'failure';
  const type = messageType(message).toLowerCase();
  const detail =
    `line ${message.line || 0}, col ${message.column || 0}, ${messageType(message)} - ` +
    `${messageWithTemplate(message, result.filePath)}${message.ruleId ? ` (${message.ruleId})` : ''}`;
  return (
    `<testcase time="0" name="${escapeXml(testcaseName(message, result.filePath))}" classname="${classname}">` +
    `<${element} message="${escapeXml(message.message)}" type="${type}">${escapeXml(detail)}</${element}>` +
    '</testcase>'
  );
}

function formatSuite(result: FileResult, cwd: string): string[] {
  const file = relativePath(result.filePath, cwd);
  const name = escapeXml(file);
  const classname = escapeXml(withoutExtension(file));
  const { messages } = result;
  if (messages.length === 0) {
    return [
      `<testsuite package="org.macrolint" time="0" tests="1" errors="0" failures="0" name="${name}">`,
      `<testcase time="0" name="${name}" classname="${classname}" />`,
      '</testsuite>',
    ];
  }
  const errors = messages.filter((message) => message.fatal).length;
  return [
    `<testsuite package="org.macrolint" time="0" tests="${messages.length}" errors="${errors}" failures="${messages.length - errors}" name="${name}">`,
    ...messages.map((message) => formatTestcase(result, message, classname)),
    '</testsuite>',
  ];
}

export const junit: Formatter = (results, context) =>
  [xmlDeclaration, '<testsuites>', ...results.flatMap((result) => formatSuite(result, context.cwd)), '</testsuites>', ''].join('\n');

export default junit;
