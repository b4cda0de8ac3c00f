// Consistent times (issue 11): the journal and the tool history show the same moment in the
// same format, the person's own (Intl, from the browser's locale): "06:09" in the UK,
// "6:09 AM" in the US. Records are put into the vault the way a feature does.
import { describe, expect, it } from 'vitest';
import { PrivacyPage } from './pages/privacy-page.ts';
import { openApp, useBrowser } from './session.ts';
import { phone } from './viewports.ts';

const browser = useBrowser();

const at = '2026-03-02T06:09:00.000Z';

describe('times in the person’s locale', () => {
  for (const [locale, time] of [
    ['en-GB', '06:09'],
    ['en-US', '6:09 AM'],
  ] as const) {
    it(`journal and tool history agree (${locale}: ${time})`, async () => {
      const session = await openApp(await browser(), phone, {
        locale,
        timezoneId: 'Europe/London',
      });
      const privacy = new PrivacyPage(session.page);
      await privacy.open('/journal');
      await privacy.vaultCall('put', [
        {
          kind: 'journal-urge',
          id: 'time-test',
          value: {
            v: 1,
            at,
            day: '2026-03-02',
            offsetMinutes: 0,
            urge: 3,
            emotions: [],
            triggers: [],
            ownTriggers: [],
            acted: false,
            helped: [],
            helpedOther: '',
            note: '',
          },
        },
        {
          kind: 'tool-use',
          id: 'time-test',
          value: { v: 1, tool: 'breathing', startedAt: at, endedAt: at },
        },
      ]);
      await privacy.open('/journal');
      await expect.poll(async () => (await privacy.main.textContent()) ?? '').toContain(time);
      await privacy.open('/tools/history');
      await expect.poll(async () => (await privacy.main.textContent()) ?? '').toContain(time);
      expect(session.log.pageErrors).toEqual([]);
    });
  }
});
