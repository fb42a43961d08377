import { symlinkSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { AllFilesIgnoredError, NoFilesFoundError } from '../../src/engine/errors.js';
import { findFiles, type FindFilesOptions } from '../../src/engine/find-files.js';
import { tempTree, type TempTree } from './temp-tree.js';

let tree: TempTree;
afterEach(() => tree?.remove());

async function found(patterns: string[], options: Partial<FindFilesOptions> = {}): Promise<string[]> {
  const files = await findFiles(patterns, { cwd: tree.root, ...options });
  return tree.rel(files.map((f) => f.filePath));
}

describe('findFiles: directories', () => {
  it('walks recursively, keeping the template extensions case-insensitively, sorted', async () => {
    tree = tempTree({
      'b.md': '',
      'a.TXT': '',
      'macros/z.liquid': '',
      'macros/deep/y.hbs': '',
      'macros/deep/x.Jinja': '',
      'macros/image.png': '',
      'script.js': '',
      '.md': '',
      'node_modules/pkg/readme.md': '',
      '.git/x.md': '',
      '.github/issue.md': '',
    });
    expect(await found(['.'])).toEqual(['a.TXT', 'b.md', 'macros/deep/x.Jinja', 'macros/deep/y.hbs', 'macros/z.liquid']);
  });

  it('uses the default pattern "." when given none', async () => {
    tree = tempTree({ 'a.md': '' });
    // lintFiles supplies the default; findFiles itself takes the patterns literally.
    expect(await found(['.'])).toEqual(['a.md']);
  });

  it('walks a directory named like a template file instead of listing it', async () => {
    tree = tempTree({ 'x.md/inner.md': '', 'x.md/other.bin': '' });
    expect(await found(['.'])).toEqual(['x.md/inner.md']);
    expect(await found(['x.md'])).toEqual(['x.md/inner.md']);
  });

  it('honours custom extensions', async () => {
    tree = tempTree({ 'a.md': '', 'b.macro': '' });
    expect(await found(['.'], { extensions: ['.macro'] })).toEqual(['b.macro']);
  });

  it('walks a hidden directory or node_modules when named explicitly', async () => {
    tree = tempTree({ '.github/issue.md': '', 'node_modules/pkg/readme.md': '' });
    expect(await found(['.github', 'node_modules/pkg'])).toEqual(['.github/issue.md', 'node_modules/pkg/readme.md']);
  });
});

describe('findFiles: files and globs', () => {
  it('lints explicitly named files whatever their extension', async () => {
    tree = tempTree({ 'reply.rtf': '', 'notes.md': '' });
    expect(await found(['reply.rtf'])).toEqual(['reply.rtf']);
  });

  it('matches globs with picomatch against the walked tree', async () => {
    tree = tempTree({
      'macros/a.md': '',
      'macros/deep/b.md': '',
      'macros/deep/c.txt': '',
      'macros/.hidden.md': '',
      'other/d.md': '',
      'top.txt': '',
    });
    expect(await found(['macros/**/*.md'])).toEqual(['macros/a.md', 'macros/deep/b.md']);
    expect(await found(['./macros/*.md'])).toEqual(['macros/a.md']);
    expect(await found(['*.txt'])).toEqual(['top.txt']);
    expect(await found(['{macros,other}/*.md'])).toEqual(['macros/a.md', 'other/d.md']);
    expect(await found([tree.path('macros') + '/**/*.txt'])).toEqual(['macros/deep/c.txt']);
  });

  it('treats an existing file with glob characters in its name literally', async () => {
    tree = tempTree({ 'weird[1].md': '', 'weird1.md': '' });
    expect(await found(['weird[1].md'])).toEqual(['weird[1].md']);
  });

  it('lists each file once however many patterns match it', async () => {
    tree = tempTree({ 'a.md': '', 'sub/b.md': '' });
    expect(await found(['.', 'sub', 'a.md', '**/*.md'])).toEqual(['a.md', 'sub/b.md']);
  });
});

describe('findFiles: ignores', () => {
  it('respects the root .gitignore and nested ones relative to their own directory', async () => {
    tree = tempTree({
      '.gitignore': 'build/\n*.draft.md\n',
      'build/out.md': '',
      'keep.md': '',
      'wip.draft.md': '',
      'macros/.gitignore': 'local.md\n!special.draft.md\n/rooted.md\n',
      'macros/local.md': '',
      'macros/rooted.md': '',
      'macros/sub/rooted.md': '',
      'macros/special.draft.md': '',
      'macros/sub/local.md': '',
      'macros/ok.md': '',
      'local.md': '',
    });
    expect(await found(['.'])).toEqual([
      'keep.md',
      'local.md',
      'macros/ok.md',
      'macros/special.draft.md',
      'macros/sub/rooted.md',
    ]);
  });

  it('respects .macrolintignore in cwd, which can override .gitignore', async () => {
    tree = tempTree({
      '.gitignore': 'generated.md\n',
      '.macrolintignore': 'drafts/\n!generated.md\n',
      'drafts/a.md': '',
      'generated.md': '',
      'a.md': '',
    });
    expect(await found(['.'])).toEqual(['a.md', 'generated.md']);
  });

  it('asks the config ignores about files', async () => {
    tree = tempTree({ 'a.md': '', 'legacy/b.md': '' });
    const isIgnored = (abs: string): boolean => abs.includes('/legacy/');
    expect(await found(['.'], { isIgnored })).toEqual(['a.md']);
  });

  it('lets the config ignores prune whole directories', async () => {
    tree = tempTree({ 'a.md': '', 'legacy/b.md': '' });
    const asked: string[] = [];
    const isIgnored = (abs: string, isDirectory: boolean): boolean => (asked.push(abs), isDirectory && abs.endsWith('legacy'));
    expect(await found(['.'], { isIgnored })).toEqual(['a.md']);
    expect(asked).not.toContain(tree.path('legacy', 'b.md'));
    await expect(found(['legacy'], { isIgnored })).rejects.toThrow(AllFilesIgnoredError);
  });

  it('marks explicitly named ignored files instead of dropping them', async () => {
    tree = tempTree({ '.gitignore': 'build/\n', 'build/out.md': '', 'a.md': '' });
    const files = await findFiles(['build/out.md', 'a.md'], { cwd: tree.root });
    expect(files.map((f) => [tree.rel([f.filePath])[0], f.ignored])).toEqual([
      ['a.md', false],
      ['build/out.md', true],
    ]);
  });

  it('ignores nothing with ignore: false', async () => {
    tree = tempTree({ '.gitignore': 'build/\n', '.macrolintignore': 'x.md\n', 'build/out.md': '', 'x.md': '' });
    expect(await found(['.'], { ignore: false, isIgnored: () => true })).toEqual(['build/out.md', 'x.md']);
  });

  it('applies a .gitignore above cwd when cwd is inside a git work tree', async () => {
    tree = tempTree({ '.git/HEAD': '', '.gitignore': 'secret.md\n', 'pkg/secret.md': '', 'pkg/a.md': '' });
    const files = await findFiles(['.'], { cwd: tree.path('pkg') });
    expect(tree.rel(files.map((f) => f.filePath))).toEqual(['pkg/a.md']);
  });
});

describe('findFiles: unmatched patterns', () => {
  it('throws naming a pattern that matches nothing', async () => {
    tree = tempTree({ 'a.md': '', 'empty/': '' });
    await expect(found(['missing.md'])).rejects.toThrow(new NoFilesFoundError('missing.md'));
    await expect(found(['nothing/**/*.md'])).rejects.toThrow('No files matching the pattern "nothing/**/*.md" were found.');
    await expect(found(['empty'])).rejects.toThrow(NoFilesFoundError);
  });

  it('skips such patterns with errorOnUnmatchedPattern: false', async () => {
    tree = tempTree({ 'a.md': '' });
    expect(await found(['missing.md', 'a.md'], { errorOnUnmatchedPattern: false })).toEqual(['a.md']);
  });

  it('says so when every match is ignored', async () => {
    tree = tempTree({ '.gitignore': 'build/\n*.tmp.md\n', 'build/a.md': '', 'x.tmp.md': '' });
    await expect(found(['build'])).rejects.toThrow(new AllFilesIgnoredError('build'));
    await expect(found(['*.md'])).rejects.toThrow(AllFilesIgnoredError);
  });
});

describe('findFiles: symlinks', () => {
  it('does not hang on a symlink loop and still follows links to files', async () => {
    tree = tempTree({ 'dir/a.md': '', 'target.md': '' });
    symlinkSync(tree.path('dir'), tree.path('dir', 'loop'));
    symlinkSync(tree.root, tree.path('dir', 'up'));
    symlinkSync(tree.path('target.md'), tree.path('dir', 'link.md'));
    symlinkSync(tree.path('nowhere'), tree.path('dir', 'dangling.md'));
    expect(await found(['dir'])).toEqual(['dir/a.md', 'dir/link.md', 'dir/up/target.md']);
    expect(await found(['**/*.md'])).toEqual(['dir/a.md', 'dir/link.md', 'target.md']);
  });
});
