// The alternatives library: things to do instead when an urge comes, grouped by the clinic
// article's categories (physical sensations, creative arts, physical activity, soothing the
// senses, distraction) plus self-compassion and expressing feelings safely. Facts and categories
// come from the article; every word here is ours.
//
// Chosen with care: nothing that imitates self-harm (no snapping, marking or drawing on skin),
// nothing that names a tool, and no cold-exposure detail (TIPP covers that, with its caution).
// Ids are stable: the person's favourites, hidden items and tool-use records refer to them, so
// an id is never reused or renamed. Reword a title freely; add new items anywhere.

export const ALTERNATIVE_CATEGORIES = [
  'physical-sensations',
  'creative-arts',
  'physical-activity',
  'soothing-senses',
  'distraction',
  'self-compassion',
  'expressing-feelings',
] as const;

export type AlternativeCategory = (typeof ALTERNATIVE_CATEGORIES)[number];

export interface Alternative {
  /** Stable kebab-case id. */
  id: string;
  category: AlternativeCategory;
  /** A short name, no full stop. */
  title: string;
  /** One line on how to do it. */
  howTo: string;
  /** About how long it takes, in whole minutes. */
  minutes: number;
}

export const alternatives: readonly Alternative[] = [
  // Physical sensations: a strong, safe feeling in the body to focus on.
  {
    id: 'squeeze-stress-ball',
    category: 'physical-sensations',
    title: 'Squeeze a stress ball',
    howTo: 'Squeeze it as hard as you can while you count to ten, then let go. Repeat a few times.',
    minutes: 2,
  },
  {
    id: 'hold-something-cool',
    category: 'physical-sensations',
    title: 'Hold something cool',
    howTo: 'Hold a cold drink or a cool, damp cloth and notice how the feeling changes.',
    minutes: 2,
  },
  {
    id: 'strong-taste',
    category: 'physical-sensations',
    title: 'Taste something strong',
    howTo: 'Try a sour sweet, a strong mint or a slice of lemon, and notice the taste.',
    minutes: 3,
  },
  {
    id: 'punch-a-pillow',
    category: 'physical-sensations',
    title: 'Punch a pillow',
    howTo: 'Punch or squeeze a pillow or cushion until some of the tension has gone.',
    minutes: 2,
  },
  {
    id: 'stamp-your-feet',
    category: 'physical-sensations',
    title: 'Stamp your feet',
    howTo: 'Stand up and stamp your feet hard on the floor. Feel the ground push back.',
    minutes: 1,
  },
  {
    id: 'feel-textures',
    category: 'physical-sensations',
    title: 'Feel different textures',
    howTo:
      'Run your hands over something rough, then something soft, like a doormat and a blanket.',
    minutes: 2,
  },
  {
    id: 'clap-hard',
    category: 'physical-sensations',
    title: 'Clap your hands',
    howTo: 'Clap hard and fast for half a minute, then notice the tingling in your palms.',
    minutes: 1,
  },
  {
    id: 'pop-bubble-wrap',
    category: 'physical-sensations',
    title: 'Pop bubble wrap',
    howTo: 'Pop it one bubble at a time, or twist a whole sheet at once.',
    minutes: 3,
  },

  // Creative arts: put the feeling into something you make.
  {
    id: 'draw-or-doodle',
    category: 'creative-arts',
    title: 'Draw or doodle',
    howTo:
      'Draw anything on paper: shapes, lines, the feeling itself. It does not have to be good.',
    minutes: 10,
  },
  {
    id: 'colour-in',
    category: 'creative-arts',
    title: 'Colour in',
    howTo: 'Fill in a colouring page or book, one small area at a time.',
    minutes: 15,
  },
  {
    id: 'make-with-your-hands',
    category: 'creative-arts',
    title: 'Make something with your hands',
    howTo: 'Knit, sew, fold paper, build with blocks or shape some clay.',
    minutes: 20,
  },
  {
    id: 'make-a-collage',
    category: 'creative-arts',
    title: 'Make a collage',
    howTo: 'Tear pictures and words out of old magazines and stick them onto a page.',
    minutes: 20,
  },
  {
    id: 'write-a-poem',
    category: 'creative-arts',
    title: 'Write a poem or a song',
    howTo: 'Write a few lines about how you feel right now. Rhymes are optional.',
    minutes: 10,
  },
  {
    id: 'play-music',
    category: 'creative-arts',
    title: 'Play or make music',
    howTo: 'Play an instrument, hum a tune or tap out a rhythm on a table.',
    minutes: 10,
  },
  {
    id: 'take-photos',
    category: 'creative-arts',
    title: 'Take photos',
    howTo: 'Find five interesting colours or shapes around you and take a photo of each.',
    minutes: 10,
  },
  {
    id: 'paint-your-mood',
    category: 'creative-arts',
    title: 'Paint your mood',
    howTo: 'Use paints or felt tips and pick the colours that match how you feel.',
    minutes: 15,
  },

  // Physical activity: use up the energy a strong feeling brings.
  {
    id: 'go-for-a-walk',
    category: 'physical-activity',
    title: 'Go for a walk',
    howTo: 'Walk around the block, or around your room, and notice what you pass.',
    minutes: 15,
  },
  {
    id: 'dance-to-a-song',
    category: 'physical-activity',
    title: 'Dance to a song',
    howTo: 'Put on a loud song and move however you like until it ends.',
    minutes: 4,
  },
  {
    id: 'gentle-stretch',
    category: 'physical-activity',
    title: 'Stretch gently',
    howTo: 'Reach up high, then fold forward slowly. Roll your shoulders and your neck.',
    minutes: 5,
  },
  {
    id: 'try-yoga',
    category: 'physical-activity',
    title: 'Try some yoga',
    howTo: 'Follow a short video for beginners, or hold a few simple poses you know.',
    minutes: 15,
  },
  {
    id: 'run-or-cycle',
    category: 'physical-activity',
    title: 'Run or cycle',
    howTo: 'Go for a short run or bike ride, at a pace that feels strong but comfortable.',
    minutes: 20,
  },
  {
    id: 'strength-moves',
    category: 'physical-activity',
    title: 'Do some strength moves',
    howTo: 'Do a few rounds of push-ups against a wall, squats or sit-ups.',
    minutes: 5,
  },
  {
    id: 'jumping-jacks',
    category: 'physical-activity',
    title: 'Do jumping jacks',
    howTo: 'Do jumping jacks or jog on the spot until you are a little out of breath.',
    minutes: 2,
  },
  {
    id: 'shake-it-out',
    category: 'physical-activity',
    title: 'Shake it out',
    howTo: 'Shake your hands, arms and legs loosely, as if you were shaking off water.',
    minutes: 1,
  },

  // Soothing the senses: comfort for sight, sound, smell, taste and touch.
  {
    id: 'warm-bath',
    category: 'soothing-senses',
    title: 'Have a warm bath or shower',
    howTo: 'Let the warm water run over you and notice how it feels on your skin.',
    minutes: 20,
  },
  {
    id: 'wrap-up-warm',
    category: 'soothing-senses',
    title: 'Wrap up warm',
    howTo: 'Wrap yourself in a soft blanket or a hoodie and get comfortable.',
    minutes: 10,
  },
  {
    id: 'time-outside',
    category: 'soothing-senses',
    title: 'Spend time outside',
    howTo: 'Sit in a park, a garden or by an open window, and notice the sky, trees or birds.',
    minutes: 15,
  },
  {
    id: 'calm-music',
    category: 'soothing-senses',
    title: 'Listen to calm music',
    howTo: 'Put on slow, gentle music and listen to one whole track without doing anything else.',
    minutes: 5,
  },
  {
    id: 'smell-something-you-love',
    category: 'soothing-senses',
    title: 'Smell something you love',
    howTo: 'Smell a soap, tea, candle or hand cream you like, and breathe it in slowly.',
    minutes: 2,
  },
  {
    id: 'hand-massage',
    category: 'soothing-senses',
    title: 'Give yourself a hand massage',
    howTo: 'Rub some lotion into your hands slowly, one finger at a time.',
    minutes: 5,
  },
  {
    id: 'warm-drink',
    category: 'soothing-senses',
    title: 'Make a warm drink',
    howTo: 'Make tea, hot chocolate or warm milk, and hold the cup while it cools a little.',
    minutes: 10,
  },
  {
    id: 'time-with-an-animal',
    category: 'soothing-senses',
    title: 'Spend time with an animal',
    howTo: 'Stroke a pet, or watch a video of animals you find calming.',
    minutes: 10,
  },

  // Distraction: give your mind something else to hold on to until the urge passes.
  {
    id: 'favourite-show',
    category: 'distraction',
    title: 'Watch a favourite show',
    howTo: 'Put on something familiar and comforting, like an episode you know well.',
    minutes: 30,
  },
  {
    id: 'new-album',
    category: 'distraction',
    title: 'Listen to a new album',
    howTo: 'Pick an album you have not heard before and listen from start to finish.',
    minutes: 40,
  },
  {
    id: 'play-a-game',
    category: 'distraction',
    title: 'Play a game',
    howTo: 'Play a video game, a puzzle game on your phone or a card game.',
    minutes: 20,
  },
  {
    id: 'message-someone',
    category: 'distraction',
    title: 'Message someone',
    howTo: 'Text or call a friend or someone in your family. You do not have to explain why.',
    minutes: 10,
  },
  {
    id: 'do-a-puzzle',
    category: 'distraction',
    title: 'Do a puzzle',
    howTo: 'Try a crossword, a sudoku, a word search or a jigsaw.',
    minutes: 15,
  },
  {
    id: 'tidy-one-space',
    category: 'distraction',
    title: 'Tidy one small space',
    howTo: 'Clear one shelf, drawer or corner, and stop when that one space is done.',
    minutes: 10,
  },
  {
    id: 'rainbow-hunt',
    category: 'distraction',
    title: 'Find the colours of the rainbow',
    howTo: 'Find something red around you, then orange, yellow, green, blue and purple.',
    minutes: 5,
  },
  {
    id: 'sort-something',
    category: 'distraction',
    title: 'Sort something',
    howTo: 'Put a drawer, your photos or a playlist into order, one item at a time.',
    minutes: 10,
  },

  // Self-compassion: treat yourself the way you would treat a friend.
  {
    id: 'talk-like-a-friend',
    category: 'self-compassion',
    title: 'Talk to yourself like a friend',
    howTo: 'Think of what you would say to a friend who felt like this, then say it to yourself.',
    minutes: 3,
  },
  {
    id: 'hand-on-heart',
    category: 'self-compassion',
    title: 'Rest a hand on your chest',
    howTo:
      'Feel your chest rise and fall, and tell yourself: this is hard, and I am doing my best.',
    minutes: 2,
  },
  {
    id: 'kind-letter',
    category: 'self-compassion',
    title: 'Write yourself a kind note',
    howTo: 'Write a few lines to yourself, as if from someone who cares about you.',
    minutes: 10,
  },
  {
    id: 'three-good-things',
    category: 'self-compassion',
    title: 'Name three things you like about yourself',
    howTo: 'Write down three things you like about who you are. Small things count.',
    minutes: 5,
  },
  {
    id: 'permission-to-rest',
    category: 'self-compassion',
    title: 'Let yourself rest',
    howTo: 'Lie down, close your eyes and let resting be enough for now.',
    minutes: 15,
  },
  {
    id: 'remember-getting-through',
    category: 'self-compassion',
    title: 'Remember a time you got through',
    howTo: 'Think of a hard moment you came through before. Urges pass, and this one will too.',
    minutes: 3,
  },
  {
    id: 'self-hug',
    category: 'self-compassion',
    title: 'Give yourself a hug',
    howTo: 'Wrap your arms around yourself and hold on gently for a few slow breaths.',
    minutes: 1,
  },
  {
    id: 'calming-phrase',
    category: 'self-compassion',
    title: 'Say a calming phrase',
    howTo: 'Repeat words that steady you, like: this feeling is strong, and it will pass.',
    minutes: 2,
  },

  // Expressing feelings safely: let the feeling out without hurting yourself.
  {
    id: 'write-it-down',
    category: 'expressing-feelings',
    title: 'Write it down',
    howTo: 'Write how you feel, messy and unfiltered. Nobody else has to read it.',
    minutes: 10,
  },
  {
    id: 'unsent-letter',
    category: 'expressing-feelings',
    title: 'Write a letter you never send',
    howTo: 'Say everything you want to say to someone, then keep it, delete it or tear it up.',
    minutes: 15,
  },
  {
    id: 'shout-into-a-pillow',
    category: 'expressing-feelings',
    title: 'Shout into a pillow',
    howTo: 'Shout, growl or sing as loudly as you like into a pillow.',
    minutes: 1,
  },
  {
    id: 'let-yourself-cry',
    category: 'expressing-feelings',
    title: 'Let yourself cry',
    howTo: 'If tears come, let them. Crying is one way your body lets tension out.',
    minutes: 10,
  },
  {
    id: 'talk-to-someone',
    category: 'expressing-feelings',
    title: 'Talk to someone you trust',
    howTo: 'Tell a friend, someone in your family or a helpline how you are feeling.',
    minutes: 15,
  },
  {
    id: 'tear-up-paper',
    category: 'expressing-feelings',
    title: 'Tear up paper',
    howTo: 'Rip old paper or newspaper into smaller and smaller pieces.',
    minutes: 3,
  },
  {
    id: 'voice-note',
    category: 'expressing-feelings',
    title: 'Record a voice note',
    howTo: 'Say how you feel out loud into your phone. You can delete it afterwards.',
    minutes: 5,
  },
  {
    id: 'draw-the-feeling',
    category: 'expressing-feelings',
    title: 'Draw the feeling',
    howTo: 'Give the feeling a shape and a colour, and put it on paper.',
    minutes: 10,
  },
  {
    id: 'sing-loudly',
    category: 'expressing-feelings',
    title: 'Sing it out',
    howTo: 'Sing along to a song that matches your mood, as loudly as you like.',
    minutes: 4,
  },
];

const byId = new Map(alternatives.map((a) => [a.id, a]));

/** The library item with this id, or undefined (an id from a newer or older version). */
export function findAlternative(id: string): Alternative | undefined {
  return byId.get(id);
}

export function isAlternativeCategory(value: unknown): value is AlternativeCategory {
  return typeof value === 'string' && (ALTERNATIVE_CATEGORIES as readonly string[]).includes(value);
}
