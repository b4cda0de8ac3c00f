import { describe, expect, it } from 'vitest';
import {
  formatViolations,
  isAllowed,
  LINT_ALLOW_LIST,
  LINT_TERMS,
  lintCopy,
  lintTree,
  pathMatches,
} from './content-lint.ts';
import { crisisDirectory } from './crisis-directory.ts';
import * as content from './index.ts';

/** The term ids flagged in `text`. */
const terms = (text: string) => lintCopy(text).map((v) => v.term);

describe('lintCopy flags what the safe-messaging rules forbid', () => {
  const flagged: [string, string][] = [
    ['He committed suicide last year.', 'commit-suicide'],
    ['People who commit suicide', 'commit-suicide'],
    ['Committing   suicide', 'commit-suicide'],
    ['COMMIT SUICIDE', 'commit-suicide'],
    ['a successful suicide', 'successful-suicide'],
    ['after a failed attempt', 'outcome-attempt'],
    ['a successful attempt', 'outcome-attempt'],
    ['an unsuccessful suicide attempt', 'outcome-attempt'],
    ['It is just attention-seeking.', 'attention-seeking'],
    ['attention seeking', 'attention-seeking'],
    ['an attention seeker', 'attention-seeking'],
    ['It was a cry for help.', 'cry-for-help'],
    ['a suicide epidemic', 'epidemic'],
    ['Your risk score is 7', 'risk-score'],
    ['Risk level: medium', 'risk-level'],
    ['You are high risk', 'risk-band'],
    ['a low-risk day', 'risk-band'],
    ['medium risk', 'risk-band'],
    ['a razor', 'razor'],
    ['Blades', 'blade'],
    ['any cutting tool', 'cutting-tool'],
    ['20 pills', 'pill-count'],
    ['a handful of tablets', 'pill-count'],
    ['the pill count', 'pill-count'],
    ['an overdose', 'overdose'],
    ['overdosed', 'overdose'],
    ['a ligature', 'ligature'],
    ['a noose', 'noose'],
    ['hanging', 'hanging'],
    ['jump off', 'jump-from'],
    ['jumping from a height', 'jump-from'],
    ['the bridge', 'bridge'],
    ['bleach', 'household-chemical'],
    ['a lethal dose', 'lethal'],
    ['lethal', 'lethal'],
    ['a toxic amount', 'lethal'],
    ['her wrists', 'body-site'],
    ['when you cut yourself', 'act-on-self'],
    ['burning myself', 'act-on-self'],
    ['train tracks', 'high-place'],
    ['a gun', 'firearm'],
    ['Your counter will reset to zero.', 'reset-to-zero'],
    ['back to day 0', 'back-to-day-zero'],
    ['Back to day zero', 'back-to-day-zero'],
    ['You have to start over.', 'start-over'],
    ['starting all over', 'start-over'],
    ['You failed.', 'failure'],
    ['This is a failure.', 'failure'],
    ['failure', 'failure'],
    ['Don’t fail now', 'failure'],
    ['Your clean streak', 'clean'],
    ['30 days clean', 'clean'],
    ['You lost your streak', 'broken-streak'],
    ['old wounds', 'wound'],
    ['scars', 'scar'],
    ['scarring', 'scar'],
    ['bleeding', 'blood'],
    ['Great!', 'cheer'],
    ['Well done!', 'cheer'],
    ['Congratulations !', 'cheer'],
    ['You did it! Keep going!', 'exclamations'],
    ['Wow!!', 'exclamations'],
    ['🎉 A week', 'celebration-emoji'],
  ];

  for (const [text, term] of flagged) {
    it(`flags ${JSON.stringify(text)} as ${term}`, () => {
      expect(terms(text)).toContain(term);
    });
  }

  it('reports the phrase as written and where it starts', () => {
    expect(lintCopy('Please never say Attention-Seeking.')).toEqual([
      { rule: 'stigma', term: 'attention-seeking', phrase: 'Attention-Seeking', index: 17 },
    ]);
  });

  it('tolerates no-break spaces, en dashes and curly apostrophes', () => {
    expect(terms('commit\u00a0suicide')).toContain('commit-suicide');
    expect(terms('attention\u2013seeking')).toContain('attention-seeking');
    expect(terms('It isn’t failure')).toEqual([]);
  });
});

describe('lintCopy lets ordinary and kind copy through', () => {
  const clean = [
    'Relapse is not failure.',
    'relapse-is-not-failure',
    'A relapse is not a failure.',
    'This isn’t failure. It is information.',
    "This isn't a failure.",
    'Relapse doesn’t mean failure.',
    'A hard day doesn’t mean you’ve failed.',
    'You haven’t failed.',
    'You have not failed.',
    'Nothing you did today erases the 42 days before it.',
    'Call 988 to talk to someone, any time.',
    'People who have attempted suicide can and do recover.',
    'Died by suicide',
    'Suicide Crisis Helpline',
    'Do 20 jumping jacks, or jump up and down for a minute.',
    'Hanging out with a friend can help.',
    'Hang in there. Hanging on is enough today.',
    'Small steps bridge the gap.',
    'Use a glue gun to make something.',
    'Write a few bullet points.',
    'Roll your shoulders and squeeze your shoulder blades together.',
    'If you have low blood pressure, check with your doctor first.',
    'Loud music can drown out racing thoughts.',
    'You might feel wound up.',
    'This might feel scary. That is okay.',
    'Take a slow, deep breath. Notice how deep it goes.',
    'Clean your teeth, have a shower, change your clothes.',
    'Are you at risk of harm right now? Call your emergency number.',
    'A gentle way to start again.',
    'Hello! Welcome to Onward.',
    'You used a skill today. That counts.',
    'Start a chat from the website',
    'Cutting back on caffeine can help sleep.',
    'Oscar wrote a note to his future self.',
    'Your progress is still there.',
  ];

  for (const text of clean) {
    it(`passes ${JSON.stringify(text)}`, () => {
      expect(lintCopy(text)).toEqual([]);
    });
  }
});

describe('allow-list', () => {
  it('matches paths by glob, case-insensitively', () => {
    expect(pathMatches('**.firstAid*.**', 'en.firstAid.callNow')).toBe(true);
    expect(pathMatches('**.firstAid*.**', 'firstAid')).toBe(true);
    expect(pathMatches('**.firstAid*.**', 'en.firstaidSteps.0')).toBe(true);
    expect(pathMatches('**.firstAid*.**', 'en.relapse.intro')).toBe(false);
    expect(pathMatches('en.*.title', 'en.help.title')).toBe(true);
    expect(pathMatches('en.*.title', 'en.help.more.title')).toBe(false);
    expect(pathMatches('en.**.title', 'en.title')).toBe(true);
  });

  it('allows "overdose" and wound words in first-aid copy only', () => {
    expect(isAllowed('en.firstAid.callNow', 'overdose')).toBe(true);
    expect(isAllowed('en.firstAid.er', 'wound')).toBe(true);
    expect(isAllowed('en.learn.intro', 'overdose')).toBe(false);
    expect(isAllowed('en.firstAid.callNow', 'razor')).toBe(false);
    expect(isAllowed('en.firstAid.callNow', 'failure')).toBe(false);
  });

  it('every allow-list entry names real terms and gives a reason', () => {
    const ids = new Set(LINT_TERMS.map((t) => t.id));
    for (const entry of LINT_ALLOW_LIST) {
      expect(entry.reason.length).toBeGreaterThan(20);
      expect(entry.paths.length).toBeGreaterThan(0);
      for (const term of entry.terms) expect(ids.has(term), term).toBe(true);
    }
  });

  it('every term has a unique id and a reason', () => {
    const ids = LINT_TERMS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of LINT_TERMS) expect(t.why.length, t.id).toBeGreaterThan(5);
  });
});

describe('lintTree', () => {
  it('walks objects, arrays and no-argument functions, naming the key path', () => {
    const tree = {
      title: 'Welcome',
      items: ['ok', 'back to day 0'],
      nested: { note: () => 'a failed attempt' },
      withArg: (name: string) => `${name} failed`,
      firstAid: { callNow: 'Call for any overdose or poisoning.' },
    };
    const { violations, checked } = lintTree(tree, 'root');
    expect(checked).toBe(5);
    expect(formatViolations(violations)).toBe(
      [
        'root.items.1: "back to day 0" (shaming/back-to-day-zero)',
        'root.nested.note(): "failed attempt" (outcome-language/outcome-attempt)',
        'root.nested.note(): "failed" (shaming/failure)',
      ].join('\n'),
    );
  });

  it('reports functions that throw instead of hiding them, and survives cycles', () => {
    const cyclic: Record<string, unknown> = { text: 'fine' };
    cyclic.self = cyclic;
    cyclic.broken = () => {
      throw new Error('nope');
    };
    const result = lintTree(cyclic, 'c');
    expect(result.checked).toBe(1);
    expect(result.unreadable).toEqual([{ path: 'c.broken', error: 'Error: nope' }]);
  });
});

describe('every string @onward/content exports', () => {
  it('passes the content lint', () => {
    const result = lintTree(content, 'content');
    // The walk must reach the crisis directory and the message catalogue, or it proves nothing.
    expect(result.checked).toBeGreaterThan(200);
    expect(result.unreadable).toEqual([]);
    expect(formatViolations(result.violations)).toBe('');
  });

  it('including every field of the crisis directory', () => {
    const result = lintTree(crisisDirectory, 'crisisDirectory');
    expect(result.checked).toBeGreaterThan(150);
    expect(formatViolations(result.violations)).toBe('');
  });
});
