// Every feature of the app, in one list. A new feature adds ONE line here (and its own folder).
import type { Feature } from './feature.ts';
import { shellFeature } from './shell.ts';

export const features: readonly Feature[] = [shellFeature];
