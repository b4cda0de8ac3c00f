// Every feature of the app, in one list. A new feature adds ONE line here (and its own folder).
import { clinicFeature } from './clinic/feature.ts';
import type { Feature } from './feature.ts';
import { hopeBoxFeature } from './hope-box/feature.ts';
import { insightsFeature } from './insights/feature.ts';
import { journalFeature } from './journal/feature.ts';
import { learnFeature } from './learn/feature.ts';
import { planFeature } from './plan/feature.ts';
import { privacyFeature } from './privacy/feature.ts';
import { progressFeature } from './progress/feature.ts';
import { shareFeature } from './share/feature.ts';
import { shellFeature } from './shell.ts';
import { syncFeature } from './sync/feature.ts';
import { toolsFeature } from './tools/feature.ts';

export const features: readonly Feature[] = [
  shellFeature,
  learnFeature,
  clinicFeature,
  planFeature,
  hopeBoxFeature,
  privacyFeature,
  toolsFeature,
  journalFeature,
  progressFeature,
  insightsFeature,
  syncFeature,
  shareFeature,
];
