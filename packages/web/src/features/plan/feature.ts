// The safety plan (Stanley-Brown): its screens, its place in the navigation, and the sections it
// adds to "Get help now" (the person's own people, what helps them, their reasons for living).
import { planSection } from '@onward/core';
import type { Feature } from '../../features/feature.ts';
import { t } from '../../i18n.ts';
import { PlanDangerPeople, PlanSafeSection } from './plan-help.tsx';
import { SECTION_COPY } from './sections.ts';

export const planFeature: Feature = {
  copy: ['plan'],
  routes: [
    {
      id: 'plan',
      path: '/plan',
      title: 'plan.title',
      load: () => import('./overview-screen.tsx'),
      private: true,
    },
    {
      id: 'plan-guide',
      path: '/plan/guide',
      title: 'plan.guide.title',
      load: () => import('./guide-screen.tsx'),
      private: true,
    },
    {
      id: 'plan-guide-step',
      path: '/plan/guide/:step',
      title: 'plan.guide.title',
      load: () => import('./guide-screen.tsx'),
      private: true,
    },
    {
      id: 'plan-edit',
      path: '/plan/edit/:step',
      title: (params) => {
        const section = planSection(params.step ?? '');
        return section
          ? t('plan.edit.title', { section: t(SECTION_COPY[section.id].title) })
          : t('plan.title');
      },
      load: () => import('./edit-screen.tsx'),
      private: true,
    },
    {
      id: 'plan-versions',
      path: '/plan/versions',
      title: 'plan.versions.title',
      load: () => import('./versions-screen.tsx'),
      private: true,
    },
    {
      id: 'plan-version',
      path: '/plan/versions/:id',
      title: 'plan.version.title',
      load: () => import('./version-screen.tsx'),
      private: true,
    },
    {
      id: 'plan-print',
      path: '/plan/print',
      title: 'plan.print.title',
      load: () => import('./print-screen.tsx'),
      private: true,
    },
    {
      id: 'plan-card',
      path: '/plan/card',
      title: 'plan.card.title',
      load: () => import('./card-screen.tsx'),
      private: true,
    },
  ],
  nav: [{ href: '/plan', label: 'plan.nav', order: 20, icon: 'plan', primary: true }],
  help: { dangerAfterLines: PlanDangerPeople, safeAfterLines: PlanSafeSection },
};
