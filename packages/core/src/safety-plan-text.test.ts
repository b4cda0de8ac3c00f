import { describe, expect, it } from 'vitest';
import { emptyPlan } from './safety-plan.ts';
import { fullPlan } from './safety-plan-test-data.ts';
import { type PlanTextLabels, planToText } from './safety-plan-text.ts';

const labels: PlanTextLabels = {
  title: 'My safety plan',
  subtitle: 'Saved 1 March 2026',
  sections: {
    'warning-signs': 'Step 1: Warning signs',
    coping: 'Step 2: Things I can do on my own',
    distractions: 'Step 3: People and places that take my mind off things',
    people: 'Step 4: People I can ask for help',
    professionals: 'Step 5: Professionals and services',
    'safe-environment': 'Step 6: Making my surroundings safer',
    reasons: 'My reasons for living',
    using: 'Using my plan',
  },
  notes: {
    likelihood: 'How likely I am to use it:',
    obstacles: 'What might get in the way:',
    copyKeptAt: 'Where I keep a copy:',
  },
  empty: '(nothing yet)',
};

describe('planToText', () => {
  it('writes every section in order with the person’s own words', () => {
    const text = planToText(fullPlan(), labels, {
      describeService: (s) => (s.lineId ? `${s.name} (from the directory)` : `${s.name}!`),
    });
    expect(text).toBe(
      [
        'My safety plan',
        'Saved 1 March 2026',
        '',
        'Step 1: Warning signs',
        '- I stop answering messages',
        '- Thinking that nothing will change',
        '',
        'Step 2: Things I can do on my own',
        '- Walk round the block',
        '- Play my loudest playlist',
        '',
        'Step 3: People and places that take my mind off things',
        '- The library',
        '- Priya, 07700 900111',
        '',
        'Step 4: People I can ask for help',
        '- Sam, 07700 900123',
        '- Aunt Jo, +44 7700 900456',
        '',
        'Step 5: Professionals and services',
        '- Dr Ahmed!',
        '- Samaritans (from the directory)',
        '- City Hospital A&E!',
        '',
        'Step 6: Making my surroundings safer',
        '- Ask my sister to keep some things for me for a while',
        '',
        'My reasons for living',
        '- My dog, Biscuit',
        '- Seeing my brother graduate',
        '',
        'Using my plan',
        'How likely I am to use it: Fairly likely, if I keep it on my phone',
        'What might get in the way: Feeling like a burden',
        'Where I keep a copy: In my bag and on the fridge',
        '',
      ].join('\n'),
    );
  });

  it('marks empty steps and leaves out unanswered questions', () => {
    const text = planToText(emptyPlan(), { ...labels, subtitle: '' });
    expect(text.split('\n').slice(0, 4)).toEqual([
      'My safety plan',
      '',
      'Step 1: Warning signs',
      '(nothing yet)',
    ]);
    expect(text).not.toContain('Using my plan');
  });
});
