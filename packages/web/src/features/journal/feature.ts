// The journal: the urge log, the diary card, the after-relapse flow, chain analysis, check-ins
// and the daily reminder. Every screen reads or writes the person's records, so every route is
// private (behind the app lock), and each is its own lazy chunk.
import type { Feature } from '../feature.ts';
import { journalPaths as p } from './paths.ts';

export const journalFeature: Feature = {
  copy: ['journal', 'learn'],
  routes: [
    {
      id: 'journal',
      path: p.journal,
      title: 'journal.title',
      private: true,
      load: () => import('./journal-screen.tsx'),
    },
    {
      id: 'journal-log',
      path: p.log,
      title: 'journal.log.title',
      private: true,
      load: () => import('./log-screen.tsx'),
    },
    {
      id: 'journal-entry',
      path: p.entry,
      title: 'journal.log.editTitle',
      private: true,
      load: () => import('./log-screen.tsx'),
    },
    {
      id: 'journal-after',
      path: p.after,
      title: 'journal.after.title',
      private: true,
      load: () => import('./after-screen.tsx'),
    },
    {
      id: 'journal-diary',
      path: p.diary,
      title: 'journal.diary.title',
      private: true,
      load: () => import('./diary-screen.tsx'),
    },
    {
      id: 'journal-diary-day',
      path: p.diaryDay,
      title: 'journal.diary.title',
      private: true,
      load: () => import('./diary-day-screen.tsx'),
    },
    {
      id: 'journal-chains',
      path: p.chains,
      title: 'journal.chain.title',
      private: true,
      load: () => import('./chain-list-screen.tsx'),
    },
    {
      id: 'journal-chain',
      path: p.chain,
      title: 'journal.chain.title',
      private: true,
      load: () => import('./chain-screen.tsx'),
    },
    {
      id: 'journal-check-ins',
      path: p.checkIns,
      title: 'journal.checkIn.title',
      private: true,
      load: () => import('./check-in-screen.tsx'),
    },
    {
      id: 'journal-check-in',
      path: p.checkIn,
      title: 'journal.checkIn.title',
      private: true,
      load: () => import('./check-in-form-screen.tsx'),
    },
    {
      id: 'journal-reminder',
      path: p.reminder,
      title: 'journal.reminder.title',
      private: true,
      load: () => import('./reminder-screen.tsx'),
    },
  ],
  nav: [{ href: p.journal, label: 'journal.nav', order: 30, icon: 'journal', primary: true }],
};
