import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildServer, tryBuildServer } from './build-server.ts';
import { loadClinicProfile } from './clinic-profile.ts';
import { clinicPath, etagMatches } from './clinic-profile-route.ts';
import { readConfig } from './config.ts';
import { type Fixture, makeFixture } from './test-fixtures.ts';

const examplePath = fileURLToPath(
  new URL('../../../examples/clinic-profile.example.json', import.meta.url),
);

let fixture: Fixture;

beforeEach(async () => {
  fixture = await makeFixture();
});

afterEach(async () => {
  await fixture.cleanup();
});

async function example(): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(examplePath, 'utf8')) as Record<string, unknown>;
}

/** Writes a profile file into the fixture folder and returns its path. */
async function profileFile(content: unknown, name = 'clinic.json'): Promise<string> {
  const path = join(fixture.dir, name);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

describe('loadClinicProfile', () => {
  it('loads the example profile from the repository', async () => {
    const loaded = await loadClinicProfile(examplePath);
    expect(loaded.ok).toBe(true);
    expect(loaded.ok && loaded.value).toEqual({ v: 1, ...(await example()) });
  });

  it('accepts a file that starts with a byte-order mark', async () => {
    const path = await profileFile(`\uFEFF${JSON.stringify(await example())}`);
    expect((await loadClinicProfile(path)).ok).toBe(true);
  });

  it('names the field that is missing', async () => {
    const profile = await example();
    profile.supportGroups = [
      { name: 'Peer group', when: 'Tuesdays', join: 'Online.' },
      { name: 'Family group', join: 'Online.' },
    ];
    expect(await loadClinicProfile(await profileFile(profile))).toEqual({
      ok: false,
      reason: 'invalid-clinic-profile',
      detail: 'Clinic profile: supportGroups[1].when is required',
    });
  });

  it('names a field with a bad value', async () => {
    const path = await profileFile({ ...(await example()), website: 'http://clinic.example' });
    const loaded = await loadClinicProfile(path);
    expect(!loaded.ok && loaded.detail).toBe(
      'Clinic profile: website must be an https:// web address, such as https://clinic.example',
    );
  });

  it('says when the file is not JSON', async () => {
    const path = await profileFile('{ "name": "Harbour", }');
    const loaded = await loadClinicProfile(path);
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.reason).toBe('invalid-clinic-profile');
    expect(!loaded.ok && loaded.detail).toMatch(
      /^Clinic profile: .*clinic\.json is not valid JSON/,
    );
  });

  it('says when there is no file, or a folder, at the path', async () => {
    const missing = await loadClinicProfile(join(fixture.dir, 'nope.json'));
    expect(missing.ok).toBe(false);
    expect(!missing.ok && missing.reason).toBe('clinic-profile-unreadable');
    expect(!missing.ok && missing.detail).toContain('ONWARD_CLINIC_PROFILE');
    const folder = join(fixture.dir, 'a-folder');
    await mkdir(folder);
    const loaded = await loadClinicProfile(folder);
    expect(!loaded.ok && loaded.detail).toContain('is a folder');
  });
});

describe('readConfig and ONWARD_CLINIC_PROFILE', () => {
  it('has no profile by default, or when the variable is blank', () => {
    for (const env of [{}, { ONWARD_CLINIC_PROFILE: '  ' }]) {
      const config = readConfig(env, '/srv');
      expect(config.ok && config.value.clinicProfilePath).toBeUndefined();
    }
  });

  it('resolves the path from the working directory', () => {
    const relative = readConfig({ ONWARD_CLINIC_PROFILE: 'config/clinic.json' }, '/srv');
    expect(relative.ok && relative.value.clinicProfilePath).toBe('/srv/config/clinic.json');
    const absolute = readConfig({ ONWARD_CLINIC_PROFILE: '/etc/onward/clinic.json' }, '/srv');
    expect(absolute.ok && absolute.value.clinicProfilePath).toBe('/etc/onward/clinic.json');
  });
});

describe('tryBuildServer with a clinic profile', () => {
  it('fails before opening storage when the profile is bad, leaving nothing behind', async () => {
    const path = await profileFile({ ...(await example()), phone: 'call us' });
    const built = await tryBuildServer({
      webRoot: fixture.webRoot,
      databaseUrl: fixture.databaseUrl,
      clinicProfilePath: path,
    });
    expect(built.ok).toBe(false);
    expect(!built.ok && built.reason).toBe('invalid-clinic-profile');
    expect(!built.ok && built.detail).toMatch(/^Clinic profile: phone must be a phone number/);
    expect(existsSync(fixture.databaseFile)).toBe(false);
  });
});

describe(`GET ${clinicPath}`, () => {
  it('serves the profile as JSON, revalidated with an ETag', async () => {
    const app = await buildServer({
      webRoot: fixture.webRoot,
      databaseUrl: fixture.databaseUrl,
      clinicProfilePath: examplePath,
    });
    try {
      const first = await app.inject({ method: 'GET', url: clinicPath });
      expect(first.statusCode).toBe(200);
      expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(first.headers['cache-control']).toBe('no-cache');
      expect(first.json()).toEqual({ v: 1, ...(await example()) });
      const etag = first.headers.etag;
      expect(etag).toMatch(/^"[\w-]{22}"$/);

      const again = await app.inject({
        method: 'GET',
        url: clinicPath,
        headers: { 'if-none-match': String(etag) },
      });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      expect(again.headers.etag).toBe(etag);
      expect(again.headers['cache-control']).toBe('no-cache');

      const stale = await app.inject({
        method: 'GET',
        url: clinicPath,
        headers: { 'if-none-match': '"an-older-version"' },
      });
      expect(stale.statusCode).toBe(200);

      const head = await app.inject({ method: 'HEAD', url: clinicPath });
      expect(head.statusCode).toBe(200);
      expect(head.body).toBe('');
    } finally {
      await app.close();
    }
  });

  it('answers 204 No Content, with no body, when no profile is configured', async () => {
    const app = await buildServer({ webRoot: fixture.webRoot, databaseUrl: fixture.databaseUrl });
    try {
      const response = await app.inject({ method: 'GET', url: clinicPath });
      expect(response.statusCode).toBe(204);
      expect(response.body).toBe('');
      expect(response.headers.etag).toBeUndefined();
      expect(response.headers['cache-control']).toBe('no-cache');
    } finally {
      await app.close();
    }
  });

  it('accepts only GET and HEAD', async () => {
    const app = await buildServer({
      webRoot: fixture.webRoot,
      databaseUrl: fixture.databaseUrl,
      clinicProfilePath: examplePath,
    });
    try {
      const response = await app.inject({ method: 'POST', url: clinicPath, payload: {} });
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
    } finally {
      await app.close();
    }
  });
});

describe('etagMatches', () => {
  it('matches the same tag, weak or strong, in a list, or *', () => {
    expect(etagMatches('"abc"', '"abc"')).toBe(true);
    expect(etagMatches('W/"abc"', '"abc"')).toBe(true);
    expect(etagMatches('"x", "abc"', '"abc"')).toBe(true);
    expect(etagMatches('*', '"abc"')).toBe(true);
  });

  it('does not match another tag or an empty header', () => {
    expect(etagMatches('"abd"', '"abc"')).toBe(false);
    expect(etagMatches('', '"abc"')).toBe(false);
    expect(etagMatches(undefined, '"abc"')).toBe(false);
  });
});
