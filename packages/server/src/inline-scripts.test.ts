import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tryBuildServer } from './build-server.ts';
import { INLINE_SCRIPT_HASHES_FILE, readInlineScriptHashes } from './inline-scripts.ts';
import { contentSecurityPolicy } from './security-headers.ts';
import { type Fixture, makeFixture, type RunningServer, startServer } from './test-fixtures.ts';

const script = 'document.documentElement.dataset.language="en";';
const hash = `sha256-${createHash('sha256').update(script).digest('base64')}`;

let fixture: Fixture | undefined;
let server: RunningServer | undefined;
afterEach(async () => {
  await server?.app.close();
  await fixture?.cleanup();
  server = undefined;
  fixture = undefined;
});

async function withHashes(content: string): Promise<Fixture> {
  fixture = await makeFixture();
  await writeFile(join(fixture.webRoot, INLINE_SCRIPT_HASHES_FILE), content);
  return fixture;
}

describe('the built app’s inline scripts', () => {
  it('are allowed by their hash alone, on every response; nothing else inline is', async () => {
    server = await startServer(await withHashes(JSON.stringify({ scriptSrc: [hash] })));
    for (const path of ['/', '/help/danger', '/assets/app-abc123.js', '/api/nothing-here']) {
      const response = await fetch(`${server.base}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src '));
      expect(scriptSrc, path).toBe(`script-src 'self' 'wasm-unsafe-eval' '${hash}'`);
      expect(csp, path).not.toContain('unsafe-inline');
      // Every other directive as before.
      expect(csp.replace(` '${hash}'`, ''), path).toBe(contentSecurityPolicy);
    }
  });

  it('add nothing when the build lists none (an older build, a bare web root)', async () => {
    fixture = await makeFixture();
    expect(readInlineScriptHashes(fixture.webRoot)).toEqual({ ok: true, value: [] });
    server = await startServer(fixture);
    const response = await fetch(`${server.base}/`);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  it.each([
    ['not JSON', 'sha256-abc'],
    ['a list in the wrong place', JSON.stringify([hash])],
    ['a source that is not a hash', JSON.stringify({ scriptSrc: ["'unsafe-inline'"] })],
    ['a hash with a quote', JSON.stringify({ scriptSrc: [`${hash}' 'unsafe-eval`] })],
    ['a short hash', JSON.stringify({ scriptSrc: ['sha256-abc='] })],
  ])(
    'stop the server from starting when the file holds %s, saying to rebuild',
    async (_what, content) => {
      const built = await tryBuildServer({
        webRoot: (await withHashes(content)).webRoot,
        databaseUrl: 'sqlite::memory:',
      });
      expect(built.ok).toBe(false);
      if (built.ok) return;
      expect(built.reason).toBe('web-root-not-built');
      expect(built.detail).toContain(INLINE_SCRIPT_HASHES_FILE);
      expect(built.detail).toContain('npm run build');
    },
  );
});
