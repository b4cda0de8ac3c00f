// The journal's paths, in one place (tiny: feature.ts is bundled with the shell).
export const journalPaths = {
  journal: '/journal',
  log: '/journal/new',
  entry: '/journal/entry/:id',
  after: '/journal/after/:id',
  diary: '/journal/diary',
  diaryDay: '/journal/diary/:day',
  chains: '/journal/chain',
  chain: '/journal/chain/:id',
  checkIns: '/journal/check-in',
  checkIn: '/journal/check-in/:instrument',
  reminder: '/journal/reminder',
  progress: '/progress',
  plan: '/plan',
} as const;

const fill = (pattern: string, value: string) => pattern.replace(/:\w+/, encodeURIComponent(value));

export const entryPath = (id: string): string => fill(journalPaths.entry, id);
export const afterPath = (id: string): string => fill(journalPaths.after, id);
export const diaryDayPath = (day: string): string => fill(journalPaths.diaryDay, day);
export const chainPath = (id: string): string => fill(journalPaths.chain, id);
export const checkInPath = (instrument: string): string => fill(journalPaths.checkIn, instrument);
/** The diary card's week view, at the week containing `day`. */
export const diaryWeekPath = (day: string): string => `${journalPaths.diary}?week=${day}`;
