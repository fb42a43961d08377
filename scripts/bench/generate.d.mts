// Types of generate.mjs, for the TypeScript tests in test/bench/.

export declare const DEFAULT_SEED: number;
export declare const DEFAULT_ROOT: string;

export interface Reply {
  title: string;
  folder: string;
  file: string;
  body: string;
}

export interface Corpus {
  dir: string;
  markdownDir: string;
  zendeskFile: string;
  bytes: number;
}

export declare function generateReply(seed: number, index: number): Reply;
export declare function ensureCorpus(options: { n: number; seed?: number; root?: string }): Corpus;
