// Errors the engine raises for a run that cannot start or found nothing to lint. They are usage
// errors (exit code 2), never lint results, so the CLI can tell them apart from crashes.

export class NoFilesFoundError extends Error {
  readonly pattern: string;
  constructor(pattern: string) {
    super(`No files matching the pattern "${pattern}" were found.`);
    this.name = 'NoFilesFoundError';
    this.pattern = pattern;
  }
}

export class AllFilesIgnoredError extends Error {
  readonly pattern: string;
  constructor(pattern: string) {
    super(`All files matched by "${pattern}" are ignored.`);
    this.name = 'AllFilesIgnoredError';
    this.pattern = pattern;
  }
}
