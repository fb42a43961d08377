// A FileResult's counts from its messages. Its own module so that the engine can build results
// (unreadable files, --quiet) without loading the parser.
import type { Diagnostic, FileResult } from '../types.js';

export function summarize(filePath: string, messages: Diagnostic[], templates: FileResult['templates'] = []): FileResult {
  let errorCount = 0;
  let warningCount = 0;
  let fatalErrorCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const message of messages) {
    if (message.severity === 2) {
      errorCount++;
      if (message.fatal) fatalErrorCount++;
      if (message.fix) fixableErrorCount++;
    } else {
      warningCount++;
      if (message.fix) fixableWarningCount++;
    }
  }
  return { filePath, messages, errorCount, warningCount, fatalErrorCount, fixableErrorCount, fixableWarningCount, templates };
}
