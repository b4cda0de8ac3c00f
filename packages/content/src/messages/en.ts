// The whole English message catalogue in one object: every sentence the app shows, by key, one
// file per feature under en/. Copy is data: components look strings up with t(key) so they can be
// reviewed, linted against the safe-messaging rules and translated. This object is for tests and
// build-time tools (lint, the HTML copy): the app itself never imports it, it loads each part on
// demand through messages/parts.ts. A new en/<feature>.ts is listed here too (its import and one
// line in `parts`); en.test.ts checks that this list and the loaders in parts.ts name the same
// parts, with the same messages, and that no two files define the same key.
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
