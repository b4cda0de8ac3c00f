// The English message catalogue: every sentence the app shows, by key, one file per feature
// under en/. Copy is data: components look strings up with t(key) so they can be reviewed,
// linted against the safe-messaging rules and translated. A feature adds ONE spread line here;
// en.test.ts checks that no two files define the same key.
import { clinic } from './en/clinic.ts';
import { insights } from './en/insights.ts';
import { journal } from './en/journal.ts';
import { language } from './en/language.ts';
import { learn } from './en/learn.ts';
import { plan } from './en/plan.ts';
import { privacy } from './en/privacy.ts';
import { progress } from './en/progress.ts';
import { report } from './en/report.ts';
import { share } from './en/share.ts';
import { shell } from './en/shell.ts';
import { sync } from './en/sync.ts';
import { tools } from './en/tools.ts';

export const parts = {
  clinic,
  language,
  learn,
  plan,
  shell,
  tools,
  privacy,
  journal,
  progress,
  insights,
  report,
  sync,
  share,
} as const;

export const en = {
  ...clinic,
  ...language,
  ...learn,
  ...plan,
  ...shell,
  ...tools,
  ...privacy,
  ...journal,
  ...progress,
  ...insights,
  ...report,
  ...sync,
  ...share,
} as const;
