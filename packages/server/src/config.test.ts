import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultWebRoot, displayUrl, readConfig } from './config.ts';

describe('readConfig', () => {
  it('has working defaults', () => {
    expect(readConfig({}, '/srv/onward')).toEqual({
      ok: true,
      value: {
        port: 8080,
        host: '127.0.0.1',
        dataDir: '/srv/onward/data',
        databaseUrl: 'sqlite:/srv/onward/data/onward.sqlite',
        webRoot: defaultWebRoot,
        trustProxy: false,
      },
    });
  });

  it('finds packages/web/dist from the source tree, not the working directory', () => {
    const repo = fileURLToPath(new URL('../../../', import.meta.url));
    expect(defaultWebRoot.replace(/\/$/, '')).toBe(join(repo, 'packages', 'web', 'dist'));
  });

  it('reads every setting from the environment', () => {
    const config = readConfig(
      {
        PORT: '0',
        HOST: '0.0.0.0',
        ONWARD_DATA_DIR: 'state',
        DATABASE_URL: 'sqlite:/var/lib/onward.sqlite',
        ONWARD_WEB_ROOT: 'public',
      },
      '/srv',
    );
    expect(config).toEqual({
      ok: true,
      value: {
        port: 0,
        host: '0.0.0.0',
        dataDir: '/srv/state',
        databaseUrl: 'sqlite:/var/lib/onward.sqlite',
        webRoot: '/srv/public',
        trustProxy: false,
      },
    });
  });

  it('believes a proxy only when ONWARD_TRUST_PROXY says so', () => {
    const trust = (value: string) => {
      const config = readConfig({ ONWARD_TRUST_PROXY: value }, '/srv');
      return config.ok ? config.value.trustProxy : config.reason;
    };
    expect(trust('1')).toBe(true);
    expect(trust('true')).toBe(true);
    expect(trust('0')).toBe(false);
    expect(trust('')).toBe(false);
    expect(trust('yes please')).toBe('invalid-trust-proxy');
  });

  it.each(['-1', '65536', '80.5', 'http', '1e3'])('refuses PORT=%s', (port) => {
    const config = readConfig({ PORT: port }, '/srv');
    expect(config.ok).toBe(false);
  });
});

describe('displayUrl', () => {
  it('shows localhost for loopback and all-interfaces hosts', () => {
    expect(displayUrl('127.0.0.1', 8080)).toBe('http://localhost:8080');
    expect(displayUrl('0.0.0.0', 80)).toBe('http://localhost:80');
    expect(displayUrl('::', 3000)).toBe('http://localhost:3000');
  });

  it('shows other hosts as they are', () => {
    expect(displayUrl('onward.example', 8080)).toBe('http://onward.example:8080');
    expect(displayUrl('fd00::1', 8080)).toBe('http://[fd00::1]:8080');
  });
});
