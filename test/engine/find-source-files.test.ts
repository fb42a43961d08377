// Files the config's `sources` name are found by directory walks whatever their extension, and
// hidden folders a source names literally (`.github`) are walked into.
import { afterEach, describe, expect, it } from 'vitest';
import { findFiles } from '../../src/engine/find-files.js';
import { tempTree, type TempTree } from './temp-tree.js';

let tree: TempTree;
afterEach(() => tree?.remove());

describe('findFiles: files named by sources', () => {
  it('keeps files includeFile accepts and enters only the hidden folders named', async () => {
    tree = tempTree({
      'a.md': '',
      'macros/export.json': '{}',
      'macros/other.json': '{}',
      '.github/label-actions.yml': '',
      '.github/issue.md': '',
      '.hidden/label-actions.yml': '',
      '.github/.secret/label-actions.yml': '',
    });
    const files = await findFiles(['.'], {
      cwd: tree.root,
      includeFile: (absPath) => /export\.json$|label-actions\.yml$/.test(absPath),
      hiddenFolders: ['.github'],
    });
    expect(tree.rel(files.map((f) => f.filePath))).toEqual(['.github/issue.md', '.github/label-actions.yml', 'a.md', 'macros/export.json']);
  });

  it('without sources, walks exactly as before', async () => {
    tree = tempTree({ 'a.md': '', 'x.json': '{}', '.github/label-actions.yml': '' });
    const files = await findFiles(['.'], { cwd: tree.root });
    expect(tree.rel(files.map((f) => f.filePath))).toEqual(['a.md']);
  });
});
