// The Spanish message catalogue: the same keys and placeholders as en.ts, one file per feature
// under es/ (each typed against its English file, so a missing or extra key is a compile error;
// i18n.test.ts checks the placeholders). Neutral Latin American Spanish, "tú", that also reads
// naturally in Spain.
import { clinic } from './es/clinic.ts';
import { insights } from './es/insights.ts';
import { journal } from './es/journal.ts';
import { language } from './es/language.ts';
import { learn } from './es/learn.ts';
import { plan } from './es/plan.ts';
import { privacy } from './es/privacy.ts';
import { progress } from './es/progress.ts';
import { report } from './es/report.ts';
import { share } from './es/share.ts';
import { shell } from './es/shell.ts';
import { sync } from './es/sync.ts';
import { tools } from './es/tools.ts';

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

export const es = {
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
};
