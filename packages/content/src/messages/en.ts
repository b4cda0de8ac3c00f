// The English message catalogue: every sentence the app shows, by key, one file per feature
// under en/. Copy is data: components look strings up with t(key) so they can be reviewed,
// linted against the safe-messaging rules and translated. A feature adds ONE spread line here;
// en.test.ts checks that no two files define the same key.
import { shell } from './en/shell.ts';

export const parts = { shell } as const;

export const en = { ...shell } as const;
