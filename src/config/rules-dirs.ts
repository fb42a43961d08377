// The rules folders of one config load (`rulesDir` of the config and of what it extends): each
// folder read once, and an id used in two folders reported like one used twice in a folder.
// The YAML reader (and the `yaml` package) is imported only when a config has a rules folder.
import path from 'node:path';
import type { YamlRule } from '../rules/yaml/load-dir.js';
import { invalid, type Origin } from './errors.js';

export class RulesDirs {
  readonly dirs: string[] = [];
  readonly rules: YamlRule[] = [];

  /** `written` is relative to `fromFile`'s folder. */
  async add(written: string, fromFile: string, origin: Origin): Promise<void> {
    const dir = path.resolve(path.dirname(fromFile), written);
    if (this.dirs.includes(dir)) return;
    const { loadRulesDir, whyNotRulesDir } = await import('../rules/yaml/load-dir.js');
    const reason = await whyNotRulesDir(dir);
    if (reason) throw invalid(origin, 'rulesDir', `cannot read "${written}" (${dir}): ${reason}`);
    const byId = new Map(this.rules.map((rule) => [rule.id, rule.filePath]));
    this.rules.push(...(await loadRulesDir(dir, (id) => byId.get(id))));
    this.dirs.push(dir);
  }
}
