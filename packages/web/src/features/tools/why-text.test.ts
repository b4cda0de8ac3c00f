import { en } from '@onward/content';
import { describe, expect, it } from 'vitest';
import { whyText } from './why-text.ts';

const rated = (helped: number, of: number, averageDrop: number, inContext = false) =>
  whyText({ kind: 'rated', helped, of, averageDrop, inContext });

describe('why a tool is suggested, in one line', () => {
  it('says when a tool is new, or used without ratings', () => {
    expect(whyText({ kind: 'untried' })).toBe(en['tools.why.untried']);
    expect(whyText({ kind: 'unrated', uses: 1 })).toBe(en['tools.why.unratedOne']);
    expect(whyText({ kind: 'unrated', uses: 3 })).toBe('You have used this 3 times.');
  });

  it('counts recent uses that eased the urge, and says by how much', () => {
    expect(rated(4, 5, 3.4)).toBe(
      'It eased the urge 4 of the last 5 times you used it. On average, it took about 3 points off the urge.',
    );
    expect(rated(2, 2, 1.2)).toBe(
      'It eased the urge 2 of the last 2 times you used it. On average, it took about 1 point off the urge.',
    );
    // No "on average" line for a single rating, or when the urge did not come down on average.
    expect(rated(1, 1, 5)).toBe(en['tools.why.ratedOne']);
    expect(rated(0, 1, -2)).toBe(en['tools.why.ratedOneNot']);
    expect(rated(1, 3, 0.2)).toBe('It eased the urge 1 of the last 3 times you used it.');
    expect(rated(0, 3, -1)).toBe('It has not eased the urge yet in 3 tries. Worth another look.');
  });

  it('speaks of "times you felt like this" for the current context', () => {
    expect(rated(3, 4, 0.4, true)).toBe(
      'It eased the urge 3 of the last 4 times you felt like this.',
    );
    expect(rated(1, 1, 3, true)).toBe(en['tools.why.contextOne']);
  });
});
