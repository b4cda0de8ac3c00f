// Insights and the clinician report: pictures of the person's records and a printable report
// with exports. Both read private records, so both are private (behind the app lock), and each
// is its own lazy chunk: nothing here loads with the shell.
import type { Feature } from '../feature.ts';
import { insightsPaths as p } from './paths.ts';

export const insightsFeature: Feature = {
  copy: ['insights', 'report', 'journal'],
  routes: [
    {
      id: 'insights',
      path: p.insights,
      title: 'insights.title',
      private: true,
      load: () => import('./insights-screen.tsx'),
    },
    {
      id: 'report',
      path: p.report,
      title: 'report.title',
      private: true,
      load: () => import('./report-screen.tsx'),
      // The report prints the safety plan too, and links to sharing it.
      copy: ['plan', 'share'],
    },
  ],
  nav: [{ href: p.insights, label: 'insights.nav', order: 45, icon: 'insights' }],
};
