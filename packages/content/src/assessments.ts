// The PHQ-9 and GAD-7 questionnaires: items and answer options in their published English
// wording (both instruments are in the public domain; developed by Drs Spitzer, Williams,
// Kroenke and colleagues, with an educational grant from Pfizer). Scoring lives in
// @onward/core (assessments.ts), by the published tables.
//
// The wording stays exactly as published (the content lint allows PHQ-9 item 6's "failure" for
// this path only: content-lint-terms.ts).

export interface Questionnaire {
  /** Short name, as clinicians know it. */
  name: string;
  /** What it asks about, in plain words. */
  about: string;
  /** The question stem, shown above the items. */
  stem: string;
  items: readonly string[];
  /** The answer options, scored 0, 1, 2, 3 in this order. */
  options: readonly string[];
  /** The optional last question, not scored. */
  difficulty: { question: string; options: readonly string[] };
  /** Where the wording comes from. */
  source: string;
}

const OPTIONS = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'];

const DIFFICULTY = {
  question:
    'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
  options: ['Not difficult at all', 'Somewhat difficult', 'Very difficult', 'Extremely difficult'],
};

export const phq9: Questionnaire = {
  name: 'PHQ-9',
  about: 'Mood',
  stem: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  items: [
    'Little interest or pleasure in doing things',
    'Feeling down, depressed, or hopeless',
    'Trouble falling or staying asleep, or sleeping too much',
    'Feeling tired or having little energy',
    'Poor appetite or overeating',
    'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
    'Trouble concentrating on things, such as reading the newspaper or watching television',
    'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
    'Thoughts that you would be better off dead or of hurting yourself in some way',
  ],
  options: OPTIONS,
  difficulty: DIFFICULTY,
  source: 'https://www.phqscreeners.com',
};

export const gad7: Questionnaire = {
  name: 'GAD-7',
  about: 'Anxiety',
  stem: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  items: [
    'Feeling nervous, anxious, or on edge',
    'Not being able to stop or control worrying',
    'Worrying too much about different things',
    'Trouble relaxing',
    'Being so restless that it is hard to sit still',
    'Becoming easily annoyed or irritable',
    'Feeling afraid, as if something awful might happen',
  ],
  options: OPTIONS,
  difficulty: DIFFICULTY,
  source: 'https://www.phqscreeners.com',
};

export const questionnaires = { phq9, gad7 } as const;
