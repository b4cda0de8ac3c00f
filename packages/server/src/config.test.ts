import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultWebRoot, displayUrl, readConfig } from './config.ts';
import { defaultShareSettings } from './share/limits.ts';
import { defaultSyncSettings } from './sync/limits.ts';

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
        sync: defaultSyncSettings,
        share: defaultShareSettings,
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
        ONWARD_SYNC_VAULT_MAX_BYTES: '1048576',
        ONWARD_SYNC_VAULT_MAX_CHANGES: '5000',
        ONWARD_SYNC_SNAPSHOT_MAX_BYTES: '524288',
        ONWARD_SYNC_VAULT_RATE_PER_MINUTE: '0',
        ONWARD_SYNC_IP_RATE_PER_MINUTE: '60',
        ONWARD_SYNC_PAIRING_TTL_SECONDS: '120',
        ONWARD_SYNC_MAX_DEVICES: '4',
        ONWARD_SYNC_MAX_STREAMS_PER_VAULT: '8',
        ONWARD_SHARE_MAX_BYTES: '65536',
        ONWARD_SHARE_CREATE_PER_MINUTE: '5',
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
        sync: {
          vaultBytes: 1048576,
          vaultChanges: 5000,
          snapshotBytes: 524288,
          vaultRatePerMinute: 0,
          ipRatePerMinute: 60,
          pairingTtlSeconds: 120,
          devices: 4,
          streamsPerVault: 8,
        },
        share: {
          maxBytes: 65536,
          createPerMinute: 5,
          ipRatePerMinute: 240,
          linkRatePerMinute: 60,
          sweepSeconds: 60,
        },
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

it.each([
  ['ONWARD_SYNC_PAIRING_TTL_SECONDS', '5'],
  ['ONWARD_SYNC_PAIRING_TTL_SECONDS', '3600'],
  ['ONWARD_SYNC_VAULT_MAX_BYTES', '10MB'],
  ['ONWARD_SYNC_MAX_DEVICES', '0'],
  ['ONWARD_SYNC_VAULT_RATE_PER_MINUTE', '-1'],
  ['ONWARD_SHARE_MAX_BYTES', '12'],
  ['ONWARD_SHARE_SWEEP_SECONDS', '0'],
])('refuses %s=%s with a sentence naming the variable and its range', (name, value) => {
  const config = readConfig({ [name]: value }, '/srv');
  expect(config.ok).toBe(false);
  if (config.ok) return;
  expect(config.reason).toBe(
    name.startsWith('ONWARD_SHARE') ? 'invalid-share-setting' : 'invalid-sync-setting',
  );
  expect(config.detail).toContain(name);
  expect(config.detail).toMatch(/must be a whole number from \d+ to \d+/);
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
