import { describe, expect, it } from 'vitest';
import { fillPattern, matchPattern } from './match.ts';

describe('matchPattern', () => {
  it('matches literals case-insensitively, ignoring a trailing slash', () => {
    expect(matchPattern('/learn', '/Learn/')).toEqual({});
    expect(matchPattern('/learn', '/learnx')).toBeNull();
  });
  it('captures parameters, decoded, keeping their case', () => {
    expect(matchPattern('/learn/:id', '/learn/What-Is')).toEqual({ id: 'What-Is' });
    expect(matchPattern('/log/:id/edit', '/log/a%20b/edit')).toEqual({ id: 'a b' });
  });
  it('refuses empty parameters, extra segments and bad escapes', () => {
    expect(matchPattern('/learn/:id', '/learn/')).toBeNull();
    expect(matchPattern('/learn/:id', '/learn/a/b')).toBeNull();
    expect(matchPattern('/learn/:id', '/learn/%E0%A4%A')).toBeNull();
  });
  it('round-trips with fillPattern', () => {
    const path = fillPattern('/plan/version/:id', { id: 'v 2/3' });
    expect(matchPattern('/plan/version/:id', path)).toEqual({ id: 'v 2/3' });
  });
});
