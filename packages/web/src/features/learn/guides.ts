// The guides as the Learn chunk sees them: imported here (and only from the lazy screens), so
// the guide text stays out of the shell's bundle. Loading this module also tells the route
// titles what each guide is called.
import { guides } from '@onward/content';
import { rememberGuideTitles } from './guide-titles.ts';

rememberGuideTitles(guides);

export { findGuide, guides } from '@onward/content';
