// The reviewed list of words and phrases the content lint refuses, and the few places where a
// refused word is allowed. This file is the one place to review: each entry says why it is here.
// Sources: the safe-messaging rules in the product brief (Samaritans media guidelines,
// #chatsafe, AFSP/SPRC), and NICE NG225 on risk tools.
//
// Pattern syntax: a JavaScript regular expression source (Unicode, case-insensitive), in which a
// literal space stands for "one or more spaces or hyphens", so "attention seeking" also matches
// "attention-seeking". Every pattern is matched as whole words. Inflections are written out
// per term, so ordinary words are not caught by accident ("scary" is not "scar").
//
// Choosing method words: the list must catch method detail (tools, amounts, places, substances,
// the act described) without flagging ordinary words. Where a method word has an everyday
// sense the copy is likely to need, the pattern narrows it instead of dropping it:
// "jump" only with "off/from/in front of" (so TIPP's jumping jacks pass), "hanging" not before
// "out/on/in there", "bridge" not in "bridge the gap", "gun" not after "glue/water",
// "blade" not after "shoulder", "bullet" not before "point", "wound" not before "up".

export type LintRule =
  /** "commit suicide" and friends: criminal or outcome framing of suicide. */
  | 'suicide-language'
  /** "successful/failed attempt": frames a suicide attempt as a task with a result. */
  | 'outcome-language'
  /** Dismissive labels: "attention-seeking", "cry for help", "self-harmer". */
  | 'stigma'
  /** Sensational framing: "suicide epidemic". */
  | 'sensational'
  /** Risk scores, levels and bands (NICE NG225 advises against them; we never show one). */
  | 'risk-rating'
  /** Methods, tools, amounts, substances and places. */
  | 'method-detail'
  /** Streak- and relapse-shaming: resets, failure, "clean". */
  | 'shaming'
  /** Wounds, scars, blood. */
  | 'wound-imagery'
  /** Exclamation-mark cheerleading and celebration emoji. */
  | 'cheerleading';

export interface LintTerm {
  /** Stable id; allow-list entries name it. */
  id: string;
  rule: LintRule;
  /** See "Pattern syntax" above. */
  pattern: string;
  /** Why it is refused. */
  why: string;
  /**
   * The match is fine when the text just before it ends with this (e.g. "not a" before
   * "failure"). Matched against the lower-cased text before the match, with curly apostrophes
   * straightened.
   */
  unlessAfter?: RegExp;
}

const SELF = '(?:myself|yourself|yourselves|themselves|themself|himself|herself|ourselves|oneself)';

/**
 * "Relapse is not failure", "this isn't a failure", "doesn't mean you've failed", "you haven't
 * failed": the negation is the message we want, so it is allowed.
 */
const NEGATED =
  /(?:^|[^\p{L}])(?:not|never|no|isn't|aren't|wasn't|weren't|doesn't|didn't|haven't|hasn't)(?:[\s\u00a0\-\u2010\u2011\u2013\u2014]+(?:a|an|mean|means|make|makes|you|you've|you're|i|i've|i'm|have|has|been|be|count as|a sign of|that you|that you've))*[\s\u00a0\-\u2010\u2011\u2013\u2014]+$/u;

export const LINT_TERMS: readonly LintTerm[] = [
  // ---- suicide-language / outcome-language -----------------------------------------------
  {
    id: 'commit-suicide',
    rule: 'suicide-language',
    pattern: 'commit(?:s|ted|ting)? suicides?',
    why: 'Suicide is not a crime; "commit" frames it as one. Say "died by suicide".',
  },
  {
    id: 'successful-suicide',
    rule: 'suicide-language',
    pattern: '(?:successful(?:ly)?|completed) suicides?',
    why: 'Frames a death as an achievement.',
  },
  {
    id: 'outcome-attempt',
    rule: 'outcome-language',
    pattern: '(?:successful|unsuccessful|failed|completed) (?:suicide )?attempts?',
    why: 'An attempt is not a task that succeeds or fails. Say "suicide attempt".',
  },

  // ---- stigma / sensational --------------------------------------------------------------
  {
    id: 'attention-seeking',
    rule: 'stigma',
    pattern: 'attention seek(?:ing|ers?|s)?',
    why: 'Dismisses real distress; one of the most hurtful myths about self-harm.',
  },
  {
    id: 'cry-for-help',
    rule: 'stigma',
    pattern: '(?:cry|cries|crying) for help',
    why: 'Dismissive cliché; implies the distress is a performance.',
  },
  {
    id: 'identity-label',
    rule: 'stigma',
    pattern: 'self harmers?|cutters?',
    why: 'Reduces a person to a behaviour. Say "a person who self-harms".',
  },
  {
    id: 'epidemic',
    rule: 'sensational',
    pattern: '(?:suicide|self harm) epidemics?|epidemic of (?:suicides?|self harm)',
    why: 'Sensational framing can normalise suicide and self-harm.',
  },

  // ---- risk-rating -----------------------------------------------------------------------
  {
    id: 'risk-score',
    rule: 'risk-rating',
    pattern: 'risk scor(?:e|es|ing)',
    why: 'No risk scores anywhere (NICE NG225).',
  },
  {
    id: 'risk-level',
    rule: 'risk-rating',
    pattern: 'risk levels?|levels? of risk',
    why: 'No risk levels anywhere (NICE NG225).',
  },
  {
    id: 'risk-band',
    rule: 'risk-rating',
    pattern:
      '(?:high|higher|low|lower|medium|moderate|elevated) risk|risk (?:ratings?|categor(?:y|ies)|bands?)',
    why: 'No low/medium/high ratings (NICE NG225).',
  },

  // ---- method-detail ---------------------------------------------------------------------
  // Tools.
  {
    id: 'razor',
    rule: 'method-detail',
    pattern: 'razors?(?: blades?)?',
    why: 'Names a tool used to self-injure.',
  },
  {
    id: 'blade',
    rule: 'method-detail',
    pattern: '(?<!shoulder )blades?',
    why: 'Names a tool used to self-injure ("shoulder blade" is fine).',
  },
  {
    id: 'cutting-tool',
    rule: 'method-detail',
    pattern: '(?:cutting|sharp) (?:tools?|implements?|instruments?|objects?)',
    why: 'Names the means of self-injury.',
  },
  {
    id: 'knife',
    rule: 'method-detail',
    pattern: 'knife|knives|scalpels?|box cutter',
    why: 'Names a tool used to self-injure.',
  },
  {
    id: 'act-on-self',
    rule: 'method-detail',
    pattern: `(?:cut|cuts|cutting|burn|burns|burned|burnt|burning|scratch|scratches|scratching|hit|hits|hitting|punch|punching|stab|stabs|stabbing|hang|hangs|hanging|hanged|poison|poisoning|strangle|strangling|starve|starving) ${SELF}`,
    why: 'Describes the act of injury itself. Say "hurt yourself" or "self-harm".',
  },
  // Amounts and substances.
  {
    id: 'pill-count',
    rule: 'method-detail',
    pattern:
      '\\d+ (?:pills?|tablets?|capsules?)|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred|dozens of|a dozen|handfuls? of|packets? of|packs? of|boxes of|bottles? of|a box of|the number of|how many) (?:pills|tablets|capsules)|pills? counts?',
    why: 'Amounts of medicine are method detail.',
  },
  {
    id: 'stockpile',
    rule: 'method-detail',
    pattern: 'stockpil(?:e|es|ed|ing)',
    why: 'Describes gathering the means.',
  },
  {
    id: 'overdose',
    rule: 'method-detail',
    pattern: 'overdos(?:e|es|ed|ing)',
    why: 'A method; allowed only in first-aid copy, where it tells a person to call for help.',
  },
  {
    id: 'poisoning',
    rule: 'method-detail',
    pattern: 'poison(?:s|ed|ing|ous)?',
    why: 'A method; allowed only in first-aid copy, where it tells a person to call for help.',
  },
  {
    id: 'medicine-name',
    rule: 'method-detail',
    pattern: 'paracetamol|acetaminophen|tylenol|panadol|ibuprofen|aspirin|codeine|tramadol',
    why: 'Naming a medicine next to self-harm suggests a means.',
  },
  {
    id: 'lethal',
    rule: 'method-detail',
    pattern: 'lethal(?:ly|ity)?|(?:fatal|toxic|deadly) (?:doses?|amounts?|quantit(?:y|ies))',
    why: 'Lethality and doses are method detail.',
  },
  {
    id: 'household-chemical',
    rule: 'method-detail',
    pattern: 'bleach|drain cleaners?|anti ?freeze|pesticides?|weed ?killers?',
    why: 'Names a substance used as a means.',
  },
  {
    id: 'gas',
    rule: 'method-detail',
    pattern: 'carbon monoxide|exhaust fumes|charcoal burn(?:ing|ers?)?|burning charcoal',
    why: 'Names a means.',
  },
  // Ligatures and suffocation.
  {
    id: 'ligature',
    rule: 'method-detail',
    pattern: 'ligatures?',
    why: 'Names a means.',
  },
  {
    id: 'noose',
    rule: 'method-detail',
    pattern: 'noos(?:e|es)',
    why: 'Names a means.',
  },
  {
    id: 'hanging',
    rule: 'method-detail',
    pattern: 'hang(?:ing|ed)(?! (?:out|around|about|on|up|in|onto|with|over))',
    why: 'Names a method ("hanging out" with friends is fine).',
  },
  {
    id: 'suffocation',
    rule: 'method-detail',
    pattern:
      'suffocat(?:e|es|ed|ing|ion)|asphyxi(?:a|ation|ate|ated|ating)|strangl(?:e|es|ed|ing)|strangulation',
    why: 'Names a method.',
  },
  {
    id: 'drowning',
    rule: 'method-detail',
    pattern: 'drown(?:s|ed|ing)?(?! out)',
    why: 'Names a method, even as a metaphor ("drown out the noise" is fine).',
  },
  {
    id: 'firearm',
    rule: 'method-detail',
    pattern:
      'firearms?|handguns?|shotguns?|pistols?|rifles?|(?<!(?:glue|water|nerf) )guns?|bullets?(?! points?)',
    why: 'Names a means ("glue gun" and "bullet point" are fine).',
  },
  // Places.
  {
    id: 'jump-from',
    rule: 'method-detail',
    pattern: 'jump(?:s|ed|ing)? (?:off|from|in front of)',
    why: 'Describes a method ("jumping jacks" are fine).',
  },
  {
    id: 'bridge',
    rule: 'method-detail',
    pattern: 'bridges?(?! (?:the|a|that|this) gaps?)',
    why: 'A location associated with suicide ("bridge the gap" is fine).',
  },
  {
    id: 'high-place',
    rule: 'method-detail',
    pattern:
      'cliffs?|cliff ?tops?|cliff edges?|roof ?tops?|tall buildings?|high buildings?|multi ?storey car parks?|(?:train|railway|rail|subway) tracks?|railway lines?|in front of (?:a|the) (?:train|bus|car|lorry|truck)',
    why: 'Locations are method detail.',
  },
  // Where on the body.
  {
    id: 'body-site',
    rule: 'method-detail',
    pattern: 'wrists?',
    why: 'Names where on the body; location is method detail.',
  },
  {
    id: 'depth',
    rule: 'method-detail',
    pattern:
      '(?:deep|deeper|deepest) cuts?|how deep (?:(?:to|the|a|your|you|it|is|was|were) ){0,2}(?:cuts?|wounds?|injur\\p{L}*)|depth of (?:a |the )?(?:cut|wound)s?',
    why: 'Describes the severity of an injury.',
  },

  // ---- shaming ---------------------------------------------------------------------------
  {
    id: 'reset-to-zero',
    rule: 'shaming',
    pattern:
      'reset(?:s|ting)? (?:back )?to (?:zero|0|day (?:zero|0|one|1))|reset(?:s|ting)? (?:your|the|my|their) (?:counter|count|streak|progress|days)',
    why: 'Nothing resets to zero; progress made is never erased.',
  },
  {
    id: 'back-to-day-zero',
    rule: 'shaming',
    pattern: 'back to (?:day )?(?:zero|0)|back to day (?:one|1)|back to square one',
    why: 'Frames a relapse as erasing progress.',
  },
  {
    id: 'start-over',
    rule: 'shaming',
    pattern:
      'start(?:s|ed|ing)? (?:all )?over|start(?:s|ed|ing)? (?:again )?from (?:scratch|zero|nothing)',
    why: 'Frames a relapse as erasing progress.',
  },
  {
    id: 'failure',
    rule: 'shaming',
    pattern: 'fail(?:s|ed|ing|ure|ures)?',
    why: 'Relapse is information, not failure. Negations ("not a failure") are allowed.',
    unlessAfter: NEGATED,
  },
  {
    id: 'clean',
    rule: 'shaming',
    pattern:
      'clean (?:streaks?|days?|time|records?|dates?)|(?:days?|weeks?|months?|years?) clean|(?:stay|stays|stayed|staying|get|gets|got|getting|be|been|being|keep|kept) clean',
    why: '"Clean" implies a relapse makes a person dirty.',
  },
  {
    id: 'broken-streak',
    rule: 'shaming',
    pattern:
      '(?:broke|broken|break|breaks|breaking|lost|lose|loses|losing|ruin|ruined|ruins|ruining|ended|end|ends|kill|killed) (?:your|my|their|the|a|his|her) streaks?|streaks? (?:broken|lost|ended|gone|is over|was over)',
    why: 'Shames a relapse through the streak.',
  },
  {
    id: 'let-down',
    rule: 'shaming',
    pattern: 'let (?:yourself|myself|everyone|everybody|us|them|people|your \\w+) down',
    why: 'Guilt framing.',
  },

  // ---- wound-imagery ---------------------------------------------------------------------
  {
    id: 'wound',
    rule: 'wound-imagery',
    pattern: 'wound(?:s|ed)?(?! up)',
    why: 'Wound imagery ("wound up" is fine); allowed only in first-aid copy.',
  },
  {
    id: 'scar',
    rule: 'wound-imagery',
    pattern: 'scar(?:s|red|ring)?',
    why: 'Scar imagery.',
  },
  {
    id: 'blood',
    rule: 'wound-imagery',
    pattern:
      'blood(?:y|ied|stained)?(?! (?:pressure|sugars?|tests?|donors?|donations?))|bleed(?:s|ing)?|bled',
    why: 'Wound imagery ("blood pressure" is fine); allowed only in first-aid copy.',
  },
  {
    id: 'gash',
    rule: 'wound-imagery',
    pattern: 'gash(?:es|ed)?|gaping',
    why: 'Wound imagery; allowed only in first-aid copy.',
  },

  // ---- cheerleading ----------------------------------------------------------------------
  {
    id: 'cheer',
    rule: 'cheerleading',
    pattern:
      '(?:great|awesome|amazing|congrat\\p{L}*|well done|yay|woo+ho+|hooray|hurrah|nice|brilliant|fantastic|excellent|perfect|wonderful|incredible|superb|good job|great job|nice work|great work|way to go|keep it up|you did it|you rock|nailed it|crushed it|proud of you) *!',
    why: 'Cheerleading after a hard day; say it calmly.',
  },
  {
    id: 'celebration-emoji',
    rule: 'cheerleading',
    pattern: '[🎉🎊🥳🏆🎆🎇💯🔥]',
    why: 'Fireworks and trophies turn a hard day into a scoreboard.',
  },
];

/** The "more than one exclamation mark in a string" rule is counted, not matched. */
export const MAX_EXCLAMATIONS = 1;

export interface AllowEntry {
  /**
   * Content paths, as globs over dotted key paths (case-insensitive): `*` is any run of
   * characters within one segment, a `**` segment is any number of segments (even none).
   * The first segment is the export name ("en", "crisisDirectory").
   */
  paths: readonly string[];
  /** Term ids allowed at those paths. */
  terms: readonly string[];
  /** Why this is medically or otherwise necessary. Reviewed like the terms. */
  reason: string;
}

/**
 * The rare places where a refused word is necessary. Keep this short; every entry is reviewed.
 */
export const LINT_ALLOW_LIST: readonly AllowEntry[] = [
  {
    paths: ['**.firstAid*.**', '**.first-aid*.**', '**.first_aid*.**'],
    terms: ['overdose', 'poisoning', 'wound', 'blood', 'gash', 'depth'],
    reason:
      'First-aid guidance must say plainly when to call the emergency number or go to an ' +
      'emergency department: "any overdose or poisoning", "bleeding that has not stopped", ' +
      '"a deep or gaping wound". It names no tool, amount or place.',
  },
  {
    paths: ['phq9.**', '**.phq9.**', 'questionnaires.**.items.**'],
    terms: ['failure'],
    reason:
      'PHQ-9 is a validated questionnaire: its items must keep their published wording, and ' +
      'item 6 reads "…or that you are a failure or have let yourself or your family down". ' +
      'Changing it would change what the score means.',
  },
];
