// Page model for the toolkit: /tools, the four guided tools, the alternatives library, trying an
// idea, and the history. Labels come from the English catalogue, so a wording change in
// @onward/content does not break these tests, but a missing or renamed control does.
import { en } from '@onward/content';
import type { Locator } from 'playwright-core';
import { AppShell } from './app-shell.ts';

/** en['tools.why.rated'] with its placeholders filled. */
export const fill = (message: string, values: Record<string, string | number>): string =>
  message.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));

export const toolPaths = {
  tools: '/tools',
  surf: '/tools/urge-surfing',
  breathing: '/tools/breathing',
  grounding: '/tools/grounding',
  tipp: '/tools/tipp',
  alternatives: '/tools/alternatives',
  history: '/tools/history',
} as const;

export class ToolsPage extends AppShell {
  button(name: string): Locator {
    return this.main.getByRole('button', { name, exact: true });
  }

  link(name: string): Locator {
    return this.main.getByRole('link', { name, exact: true });
  }

  headingNamed(name: string, level?: number): Locator {
    return this.main.getByRole('heading', { name, exact: true, ...(level ? { level } : {}) });
  }

  /** Opens a path and waits for its h1 (the lazy screen has rendered). */
  async openAt(path: string, h1: string): Promise<void> {
    await this.page.goto(path);
    await this.headingNamed(h1, 1).waitFor();
  }

  /** The 0–10 rating whose legend starts with `legend`. */
  rating(legend: string): Locator {
    return this.main.getByRole('group', { name: legend });
  }

  async rate(legend: string, value: number): Promise<void> {
    await this.rating(legend)
      .getByRole('radio', { name: String(value), exact: true })
      .check();
  }

  /** The "m:ss left" countdown of a running timer. */
  get countdown(): Locator {
    return this.main.getByRole('timer');
  }

  /** The polite live region the breathing guide announces phases in. */
  get announcer(): Locator {
    return this.main.locator('[aria-live="polite"]').first();
  }

  get status(): Locator {
    return this.main.getByRole('status').filter({ hasText: /\S/ });
  }

  /** Ends a tool's closing panel with Save, and waits until the vault has it. */
  async saveRatings(after: number | null, before?: number): Promise<void> {
    if (after !== null) await this.rate(en['tools.rating.after'], after);
    if (before !== undefined) await this.rate(en['tools.rating.before'], before);
    await this.button(en['tools.done.save']).click();
    await this.main.getByText(en['tools.done.saved'], { exact: true }).waitFor();
  }

  /** The tools in the "All tools" list, in the order shown (by data-tool id). */
  async toolOrder(): Promise<string[]> {
    return this.main
      .locator('.tk-tool-list li[data-tool]')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-tool') ?? ''));
  }

  /** The hint line under one tool in the "All tools" list. */
  toolHint(id: string): Locator {
    return this.main.locator(`.tk-tool-list li[data-tool="${id}"] .hint`);
  }

  /** How many animations are running or in effect on the page right now. */
  async animationCount(): Promise<number> {
    return this.page.evaluate(() => document.getAnimations().length);
  }

  /** A library idea's card, by its title. */
  ideaCard(title: string): Locator {
    return this.main.locator('li.tk-alt-item', {
      has: this.page.getByRole('heading', { name: title, exact: true }),
    });
  }

  /** The ideas shown in the library now, by title. */
  async ideaTitles(): Promise<string[]> {
    return this.main.locator('li.tk-alt-item h3').allTextContents();
  }
}
