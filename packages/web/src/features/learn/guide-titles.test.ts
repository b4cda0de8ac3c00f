import { en, guides } from '@onward/content';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCopy } from '../../i18n.ts';
import { guideTitle, rememberGuideTitles } from './guide-titles.ts';

// The router loads the feature's copy before it asks for a learn route's title.
beforeAll(() => loadCopy(['learn']));

describe('guideTitle', () => {
  it('is "Learn" until the guides are loaded, then each guide\'s own title', () => {
    expect(guideTitle({ id: 'relapse-is-not-failure' })).toBe(en['learn.title']);
    rememberGuideTitles(guides);
    expect(guideTitle({ id: 'relapse-is-not-failure' })).toBe('A relapse is not a failure');
    expect(guideTitle({ id: 'no-such-guide' })).toBe(en['notFound.title']);
    expect(guideTitle({})).toBe(en['notFound.title']);
  });
});
