// `.gitignore` files (the root one and nested ones, each relative to its own directory, with
// deeper files overriding shallower ones as in git) and `.macrolintignore` in the working
// directory, which is applied last so it can override .gitignore either way.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

interface Layer {
  dir: string;
  rules: Ignore;
}

function readIgnoreFile(file: string): Ignore | null {
  let text: string;
  try {
    if (!statSync(file).isFile()) return null;
    text = readFileSync(file, 'utf8');
  } catch {
    return null; // Missing or unreadable ignore files are simply absent.
  }
  return ignore().add(text);
}

/** Inside `parent` (or equal to it), without any `..`. */
function relativeInside(parent: string, child: string): string | null {
  const rel = path.relative(parent, child);
  if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return null;
  return rel.split(path.sep).join('/');
}

/** The root of the git work tree holding `cwd`, so a .gitignore above cwd still applies; else cwd. */
export function findIgnoreRoot(cwd: string): string {
  for (let dir = cwd; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return cwd;
  }
}

export class IgnoreFiles {
  private readonly root: string;
  private readonly cwd: string;
  private readonly local: Ignore | null;
  private readonly gitignores = new Map<string, Ignore | null>();
  /** Layers per directory: a walk asks once per entry, so this is on the hot path. */
  private readonly layerCache = new Map<string, Layer[]>();

  constructor(cwd: string, root = findIgnoreRoot(cwd)) {
    this.cwd = cwd;
    this.root = root;
    this.local = readIgnoreFile(path.join(cwd, '.macrolintignore'));
  }

  private gitignoreIn(dir: string): Ignore | null {
    let rules = this.gitignores.get(dir);
    if (rules === undefined) {
      rules = readIgnoreFile(path.join(dir, '.gitignore'));
      this.gitignores.set(dir, rules);
    }
    return rules;
  }

  /** The .gitignore layers that apply to entries of `dir`, shallowest first. */
  private layersFor(dir: string): Layer[] {
    let layers = this.layerCache.get(dir);
    if (!layers) {
      layers = this.computeLayers(dir);
      this.layerCache.set(dir, layers);
    }
    return layers;
  }

  private computeLayers(dir: string): Layer[] {
    const rel = relativeInside(this.root, dir);
    if (rel === null) return [];
    const layers: Layer[] = [];
    let current = this.root;
    for (const part of ['', ...(rel ? rel.split('/') : [])]) {
      current = part ? path.join(current, part) : current;
      const rules = this.gitignoreIn(current);
      if (rules) layers.push({ dir: current, rules });
    }
    if (this.local) layers.push({ dir: this.cwd, rules: this.local });
    return layers;
  }

  /**
   * Whether this entry itself is ignored, assuming its parent directories are not. That is what
   * a directory walk needs: it never descends into an ignored directory.
   */
  isEntryIgnored(absPath: string, isDirectory: boolean): boolean {
    let ignored = false;
    for (const layer of this.layersFor(path.dirname(absPath))) {
      const rel = relativeInside(layer.dir, absPath);
      if (!rel) continue;
      const result = layer.rules.test(isDirectory ? `${rel}/` : rel);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }

  /**
   * Whether a path is ignored, itself or through one of its directories (as git decides: a
   * nested `!pattern` cannot bring back a file whose directory a shallower file excluded).
   */
  isIgnored(absPath: string, isDirectory = false): boolean {
    const rel = relativeInside(this.root, absPath);
    if (rel) {
      let dir = this.root;
      for (const part of rel.split('/').slice(0, -1)) {
        dir = path.join(dir, part);
        if (this.isEntryIgnored(dir, true)) return true;
      }
    }
    return this.isEntryIgnored(absPath, isDirectory);
  }
}
