// Types of phrases.mjs, for the TypeScript tests in test/bench/.

export declare const PROBLEMS: readonly { rule: string; text: string | null; endsReply?: boolean }[];
export declare const OFFERS: readonly string[];
