import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runMain, stopAll, waitForStart } from './main-runner.ts';
import { type Fixture, makeFixture } from './test-fixtures.ts';

// The clinic profile through the real entry point, as an operator runs it: ONWARD_CLINIC_PROFILE
// set in the environment, `node packages/server/src/main.ts`, and what they see on the terminal.

const examplePath = fileURLToPath(
  new URL('../../../examples/clinic-profile.example.json', import.meta.url),
);

let fixture: Fixture;

beforeEach(async () => {
  fixture = await makeFixture();
});

afterEach(async () => {
  stopAll();
  await fixture.cleanup();
});

/** Runs main.ts expecting it to refuse to start; returns its one line on stderr. */
async function expectFailure(env: Record<string, string>): Promise<string> {
  const run = runMain(fixture, env);
  expect(await run.exit).toEqual({ code: 1, signal: null });
  const lines = run.stderr().trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(run.stdout()).not.toContain('Onward is running');
  return lines[0] as string;
}

async function writeProfile(change: (p: Record<string, unknown>) => void): Promise<string> {
  const profile = JSON.parse(await readFile(examplePath, 'utf8')) as Record<string, unknown>;
  change(profile);
  const path = join(fixture.dir, 'clinic.json');
  await writeFile(path, JSON.stringify(profile, null, 2));
  return path;
}

describe('ONWARD_CLINIC_PROFILE with node packages/server/src/main.ts', () => {
  it('starts with the example profile and serves it at /api/clinic', async () => {
    const run = runMain(fixture, { ONWARD_CLINIC_PROFILE: examplePath });
    const port = await waitForStart(run);
    const response = await fetch(`http://127.0.0.1:${port}/api/clinic`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('etag')).toMatch(/^"/);
    // The same strict headers as every other answer (set on the raw response, not by the route).
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    const body = (await response.json()) as { name: string; phone: string };
    expect(body.name).toBe('Harbour Light Recovery Centre');
    expect(body.phone).toBe('+1 555 010 0100');
    run.child.kill('SIGTERM');
    expect(await run.exit).toEqual({ code: 0, signal: null });
    expect(run.stderr()).toBe('');
  });

  it('finds a relative path from the working directory', async () => {
    await writeProfile(() => undefined);
    const run = runMain(fixture, { ONWARD_CLINIC_PROFILE: 'clinic.json' });
    const port = await waitForStart(run);
    expect((await fetch(`http://127.0.0.1:${port}/api/clinic`)).status).toBe(200);
  });

  it('without it, starts and answers 204 at /api/clinic', async () => {
    const run = runMain(fixture, {});
    const port = await waitForStart(run);
    const response = await fetch(`http://127.0.0.1:${port}/api/clinic`);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
  });

  it('stops with exit code 1 and names a missing field', async () => {
    const path = await writeProfile((p) => {
      const groups = p.supportGroups as Record<string, unknown>[];
      delete groups[1]?.when;
    });
    const line = await expectFailure({ ONWARD_CLINIC_PROFILE: path });
    expect(line).toBe('Onward could not start: Clinic profile: supportGroups[1].when is required');
  });

  it('stops and names every bad field, on one line', async () => {
    const path = await writeProfile((p) => {
      p.website = 'http://harbourlight.example';
      p.admissionsLine = 'ask at reception';
      p.treatmentz = [];
    });
    const line = await expectFailure({ ONWARD_CLINIC_PROFILE: path });
    expect(line).toContain('Clinic profile: ');
    expect(line).toContain('admissionsLine must be a phone number');
    expect(line).toContain('website must be an https:// web address');
    expect(line).toContain('unknown field "treatmentz"');
  });

  it('stops when the file is not JSON, or not there', async () => {
    const path = join(fixture.dir, 'broken.json');
    await writeFile(path, '{ "name": ');
    expect(await expectFailure({ ONWARD_CLINIC_PROFILE: path })).toMatch(
      /^Onward could not start: Clinic profile: .*broken\.json is not valid JSON/,
    );
    expect(
      await expectFailure({ ONWARD_CLINIC_PROFILE: join(fixture.dir, 'missing.json') }),
    ).toContain('Clinic profile: there is no file at');
  });
});
