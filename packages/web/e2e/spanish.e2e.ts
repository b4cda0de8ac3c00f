// Onward in Spanish, in a real Chromium whose browser language is Spanish (es-MX and es-ES): the
// main journeys run in Spanish, a walk over every route finds no English catalogue text on
// screen, axe finds nothing, the crisis numbers of Mexico, Argentina and Chile are working tel:
// links, the US 988 entry says how to reach a Spanish-speaking counsellor, and the language
// switch works while locked and offline. Labels come from the Spanish catalogue (`es`), so a
// wording change does not break these tests, but English left on a screen does.
import {
  alternatives,
  alternativesIn,
  crisisDirectory,
  en,
  firstAid,
  gad7,
  guides,
  guidesEs,
  phq9,
} from '@onward/content';
import { es } from '@onward/content/messages/es';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { waitForServiceWorkerControl } from './offline.ts';
import { AppShell } from './pages/app-shell.ts';
import { fill } from './pages/journal-page.ts';
import { saveScreenshot } from './screenshots.ts';
import { openApp, useBrowser } from './session.ts';
import { ROUTES } from './spanish-routes.ts';
import { phone } from './viewports.ts';

const browser = useBrowser();

const locales = [
  { locale: 'es-MX', country: 'MX', emergency: 'tel:911', line: 'tel:8009112000' },
  { locale: 'es-ES', country: 'ES', emergency: 'tel:112', line: 'tel:024' },
] as const;

/** A fresh phone-sized context whose browser languages are `locale` only. */
async function spanishApp(locale: string, worker: 'allow' | 'block' = 'block') {
  return openApp(await browser(), phone, {
    serviceWorkers: worker,
    locale,
    extraHTTPHeaders: { 'Accept-Language': locale },
  });
}

class Screen extends AppShell {
  button(name: string) {
    return this.main.getByRole('button', { name, exact: true });
  }
  link(name: string) {
    return this.main.getByRole('link', { name, exact: true });
  }
  linkTo(href: string) {
    return this.main.locator(`a[href="${href}"]`);
  }
  async expectHeading(text: string): Promise<void> {
    await this.main.getByRole('heading', { level: 1, name: text, exact: true }).waitFor();
  }
  /** Goes to a path inside the app (no reload), waiting for a rendered h1. */
  async go(path: string): Promise<void> {
    await this.page.evaluate((to) => {
      window.history.pushState(null, '', to);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, path);
    await this.heading.waitFor();
    // A lazy screen shows "Abriendo…" until its chunk arrives.
    await expect.poll(() => this.heading.textContent()).not.toBe(es['shell.loading']);
  }
}

// ---- English left on screen ----------------------------------------------------------------

/** Strings that read the same in both languages (names, numbers, initialisms). */
const sameInBoth = new Set<string>(
  (Object.keys(en) as (keyof typeof en)[]).filter((k) => en[k] === es[k]).map((k) => en[k]),
);

/**
 * English copy that must never show in Spanish: every catalogue message (its fixed text around
 * placeholders), the English guides' titles, the English alternatives, first aid and
 * questionnaire wording, and the directory's English labels.
 */
function englishPhrases(): string[] {
  const out = new Set<string>();
  const add = (s: string) => {
    for (const part of s.split(/\{\w+\}/)) {
      const p = part.trim().replace(/[.:,]$/, '');
      if (p.length >= 4 && !sameInBoth.has(p) && /[a-z]/.test(p)) out.add(p);
    }
  };
  for (const key of Object.keys(en) as (keyof typeof en)[]) {
    if (en[key] !== es[key]) add(en[key]);
  }
  for (const g of guides) add(g.title);
  for (const a of alternatives) add(a.title);
  add(firstAid.heading);
  add(firstAid.callNow.heading);
  for (const item of [...phq9.items, ...gad7.items]) add(item);
  for (const c of crisisDirectory) for (const l of c.lines) add(l.audience);
  // One-word phrases that are also Spanish words ("ideas", "Date" as in "Date un baño") prove
  // nothing; names are shown as they are.
  const spanishWords = new Set(
    [
      ...Object.values(es),
      ...guidesEs.map((g) => JSON.stringify(g)),
      ...alternativesIn('es').map((a) => `${a.title} ${a.howTo}`),
    ]
      .join(' ')
      .toLowerCase()
      .match(/\p{L}+/gu),
  );
  for (const p of [...out]) {
    if (!p.includes(' ') && spanishWords.has(p.toLowerCase())) out.delete(p);
  }
  out.delete('Onward');
  return [...out];
}

const ENGLISH = englishPhrases();
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ENGLISH_PATTERNS = ENGLISH.map(
  (p) => [p, new RegExp(`(?<![\\p{L}])${escapeRegExp(p)}(?![\\p{L}])`, 'u')] as const,
);

/**
 * Visible text of the page that is in Spanish (text inside an element marked with another
 * language, like the "View in English" switch, is left out), plus the document title.
 */
async function spanishText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !(n.textContent ?? '').trim()) continue;
      const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
      if (!lang.startsWith('es')) continue;
      if (el.closest('script, style, noscript, [hidden]')) continue;
      if (!el.checkVisibility({ checkVisibilityCSS: true })) continue;
      parts.push(n.textContent ?? '');
    }
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [alt]')) {
      const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
      if (!lang.startsWith('es')) continue;
      for (const a of ['aria-label', 'placeholder', 'alt']) {
        const v = el.getAttribute(a);
        if (v) parts.push(v);
      }
    }
    return parts.join('\n');
  });
}

async function englishOnScreen(page: Page): Promise<string[]> {
  const text = await spanishText(page);
  return ENGLISH_PATTERNS.filter(([, re]) => re.test(text)).map(([p]) => p);
}

describe.each(locales)('with the browser in $locale', ({ locale, country, emergency, line }) => {
  it('walks every route in Spanish: lang="es", no English catalogue text, a Spanish title', async () => {
    const { page, log } = await spanishApp(locale);
    const screen = new Screen(page);
    await screen.open('/help');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    const found: string[] = [];
    for (const path of ROUTES) {
      await screen.go(path);
      for (const phrase of await englishOnScreen(page)) found.push(`${path}: "${phrase}"`);
    }
    expect(found).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  });

  it(`Get help now, both paths: ${country}'s emergency number and national line as tel: links`, async () => {
    const { page } = await spanishApp(locale);
    const screen = new Screen(page);
    await screen.open('/help');
    await screen.expectHeading(es['help.title']);
    await expect.poll(() => screen.linkTo(emergency).first().isVisible()).toBe(true);
    expect(await screen.linkTo(emergency).first().textContent()).toBe(
      fill(es['emergency.call'], { number: emergency.slice(4) }),
    );
    await saveScreenshot(page, `es-help-${locale}`, { fullPage: false });
    await expectNoAxeViolations(page, `/help (${locale})`);

    await screen.activate(screen.link(es['help.choiceDanger']));
    await screen.expectHeading(es['danger.title']);
    await expect.poll(() => screen.linkTo(emergency).first().isVisible()).toBe(true);
    await expect.poll(() => screen.linkTo(line).first().isVisible()).toBe(true);
    await saveScreenshot(page, `es-help-danger-${locale}`);
    await expectNoAxeViolations(page, `/help/danger (${locale})`);

    await screen.open('/help');
    await screen.activate(screen.link(es['help.choiceSafe']));
    await screen.expectHeading(es['safe.title']);
    await expect.poll(() => screen.linkTo(line).first().isVisible()).toBe(true);
    await saveScreenshot(page, `es-help-safe-${locale}`);
    await expectNoAxeViolations(page, `/help/safe (${locale})`);
  });
});

describe('crisis lines for Spanish-speaking countries', () => {
  const countries = [
    { code: 'AR', emergency: ['tel:107', 'tel:911'], line: 'tel:08009990091' },
    { code: 'CL', emergency: ['tel:131', 'tel:133'], line: 'tel:*4141' },
    { code: 'MX', emergency: ['tel:911'], line: 'tel:8009112000' },
  ];
  it.each(countries)(
    '$code: the emergency numbers and the national line, as tel: links',
    async (c) => {
      const { page } = await spanishApp('es-419');
      const screen = new Screen(page);
      await screen.open('/help');
      await screen.main
        .getByRole('combobox', { name: es['country.label'], exact: true })
        .selectOption(c.code);
      await expect
        .poll(() =>
          screen
            .linkTo(c.emergency[0] ?? '')
            .first()
            .isVisible(),
        )
        .toBe(true);
      await screen.open('/help/danger');
      for (const href of [...c.emergency, c.line]) {
        await expect
          .poll(() => screen.linkTo(href).first().isVisible(), { message: href })
          .toBe(true);
      }
      await saveScreenshot(page, `es-help-danger-${c.code}`);
    },
  );

  it('US in Spanish: the 988 entry in Spanish comes first and says press 2, or text AYUDA', async () => {
    const { page } = await spanishApp('es-US');
    const screen = new Screen(page);
    await screen.open('/help/safe');
    const cards = screen.main.locator('.line-card');
    await expect
      .poll(() => cards.first().locator('h3').textContent())
      .toBe('988 Lifeline en español');
    const first = cards.first();
    expect(await first.locator('a[href="tel:988"]').count()).toBe(1);
    expect(await first.textContent()).toContain('luego marca el 2 para hablar en español');
    expect(await first.locator('a[href="sms:988?&body=AYUDA"]').textContent()).toBe(
      fill(es['line.textKeyword'], { keyword: 'AYUDA', number: '988' }),
    );
    // The English-language lines are still listed, after it.
    expect(await cards.count()).toBe(4);
    await saveScreenshot(page, 'es-help-safe-US');
    await expectNoAxeViolations(page, '/help/safe (es-US)');
  });
});

describe('journeys in Spanish (es-MX)', () => {
  it('a tool, a log entry, the after-relapse flow, the safety plan and a guide', async () => {
    const { page } = await spanishApp('es-MX');
    const screen = new Screen(page);

    // A tool: urge surfing, finished early, with ratings saved.
    await screen.open('/tools/urge-surfing');
    await screen.expectHeading(es['tools.surf.title']);
    await screen.activate(screen.button(es['tools.surf.start']));
    await screen.activate(screen.button(es['tools.finishNow']));
    await screen.main.getByRole('heading', { name: es['tools.done.heading'] }).waitFor();
    await screen.main
      .getByRole('group', { name: es['tools.rating.after'] })
      .getByRole('radio', { name: '3', exact: true })
      .check();
    await screen.activate(screen.button(es['tools.done.save']));
    await screen.main.getByText(es['tools.done.saved'], { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'urge surfing (es-MX)');

    // A log entry: an urge ridden out.
    await screen.go('/journal');
    await screen.activate(screen.link(es['journal.logButton']));
    await screen.expectHeading(es['journal.log.title']);
    const logUrge = async (acted: boolean) => {
      await screen.main
        .getByRole('group', { name: es['journal.log.urgeLegend'], exact: true })
        .getByRole('radio', { name: '6', exact: true })
        .check();
      await screen.main
        .getByRole('group', { name: es['journal.log.actedLegend'], exact: true })
        .getByRole('radio', {
          name: acted ? es['journal.log.actedYes'] : es['journal.log.actedNo'],
          exact: true,
        })
        .check();
      await screen.activate(screen.button(es['journal.log.save']));
    };
    await logUrge(false);
    await screen.main.getByText(es['journal.savedRiddenOut']).waitFor();
    expect(await englishOnScreen(page)).toEqual([]);

    // The after-relapse flow.
    await screen.go('/journal/new');
    await logUrge(true);
    await screen.expectHeading(es['journal.after.title']);
    await screen.main.getByRole('heading', { name: es['journal.after.safeHeading'] }).waitFor();
    expect(await englishOnScreen(page)).toEqual([]);
    await expectNoAxeViolations(page, 'after-relapse, step 1 (es-MX)');
    await saveScreenshot(page, 'es-after-1');
    await screen.activate(screen.button(es['journal.after.safeContinue']));
    await screen.main.getByRole('heading', { name: es['journal.after.messageHeading'] }).waitFor();
    await screen.main.getByText(es['journal.after.kind']).waitFor();
    const text = await spanishText(page);
    expect(text).not.toMatch(/volver a cero|empezar de cero|fracasaste/i);
    await saveScreenshot(page, 'es-after-2');
    await screen.activate(screen.button(es['journal.after.continue']));
    await screen.main.getByRole('heading', { name: es['journal.after.chainHeading'] }).waitFor();
    await screen.activate(screen.button(es['journal.after.chainNo']));
    await screen.main.getByRole('heading', { name: es['journal.after.planHeading'] }).waitFor();
    expect(await englishOnScreen(page)).toEqual([]);
    await screen.activate(screen.link(es['journal.after.done']));

    // The safety plan: the guided first step, saved and shown on the plan.
    await screen.go('/plan/guide/1');
    await screen.expectHeading(es['plan.warningSigns.title']);
    await screen.main
      .getByLabel(fill(es['plan.warningSigns.item'], { n: 1 }), { exact: true })
      .fill('Dejo de contestar los mensajes');
    await screen.activate(screen.button(es['plan.guide.pause']));
    await screen.go('/plan');
    await screen.expectHeading(es['plan.title']);
    await screen.main.getByText('Dejo de contestar los mensajes').waitFor();
    expect(await englishOnScreen(page)).toEqual([]);
    await expectNoAxeViolations(page, '/plan (es-MX)');

    // A guide, from the Learn list.
    await screen.go('/learn');
    const guide = guidesEs.find((g) => g.id === 'relapse-is-not-failure');
    if (!guide) throw new Error('no Spanish relapse guide');
    await screen.activate(screen.link(guide.title));
    await screen.expectHeading(guide.title);
    expect(await page.title()).toContain(guide.title);
    expect(await englishOnScreen(page)).toEqual([]);
    await saveScreenshot(page, 'es-guide-relapse');
    await saveScreenshot(page, 'es-guide-relapse-top', { fullPage: false });
    await expectNoAxeViolations(page, 'guide (es-MX)');
  });
});

describe('the language switch', () => {
  it('works from the help screen in one tap, while locked and offline, and is remembered', async () => {
    const { context, page } = await spanishApp('es-MX', 'allow');
    const screen = new Screen(page);
    await screen.open('/settings/privacy');
    await waitForServiceWorkerControl(page);
    await screen.expectHeading(es['privacy.title']);

    // A passcode, then lock.
    await screen.activate(screen.button(es['privacy.passcode.set']));
    await screen.main
      .getByLabel(es['privacy.passcode.newLabel'], { exact: true })
      .fill('luna verde del mar');
    await screen.main
      .getByLabel(es['privacy.passcode.confirmLabel'], { exact: true })
      .fill('luna verde del mar');
    await screen.activate(screen.button(es['privacy.passcode.saveSet']));
    await screen.main.getByRole('heading', { level: 1, name: es['privacy.kit.title'] }).waitFor();
    await screen.go('/settings/privacy');
    await screen.activate(screen.button(es['privacy.passcode.lockNow']));
    await screen.expectHeading(es['privacy.lock.title']);

    await context.setOffline(true);
    await screen.open('/help');
    await screen.expectHeading(es['help.title']);
    const toEnglish = screen.main.getByRole('button', { name: 'View in English', exact: true });
    expect(await toEnglish.getAttribute('lang')).toBe('en');
    await screen.activate(toEnglish);
    await screen.main
      .getByRole('heading', { level: 1, name: en['help.title'], exact: true })
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.evaluate(() => localStorage.getItem('onward.language'))).toBe('en');
    await expect.poll(() => screen.linkTo('tel:911').first().isVisible()).toBe(true);

    // Still locked, now in English.
    await screen.open('/journal');
    await screen.main.getByRole('heading', { level: 1, name: en['privacy.lock.title'] }).waitFor();

    // And back to Spanish, still offline: remembered across a reload.
    await screen.open('/help');
    await screen.activate(screen.main.getByRole('button', { name: 'Ver en español', exact: true }));
    await screen.expectHeading(es['help.title']);
    await page.reload();
    await screen.expectHeading(es['help.title']);
    expect(await page.evaluate(() => localStorage.getItem('onward.language'))).toBe('es');
    await expectNoAxeViolations(page, '/help after switching back (offline)');
  });

  it('can be chosen in settings', async () => {
    const { page } = await spanishApp('es-ES');
    const screen = new Screen(page);
    await screen.open('/settings');
    await screen.expectHeading(es['settings.title']);
    await expectNoAxeViolations(page, '/settings (es-ES)');
    await screen.main
      .getByRole('combobox', { name: es['language.label'], exact: true })
      .selectOption('en');
    await screen.main
      .getByRole('heading', { level: 1, name: en['settings.title'], exact: true })
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});
