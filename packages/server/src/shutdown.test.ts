import { afterEach, describe, expect, it } from 'vitest';
import { type Fixture, makeFixture, startServer } from './test-fixtures.ts';

let fixture: Fixture | undefined;

afterEach(async () => {
  await fixture?.cleanup();
});

describe('app.close()', () => {
  it('lets an in-flight request finish, then closes the storage', async () => {
    fixture = await makeFixture();
    let release: () => void = () => {};
    let arrived: () => void = () => {};
    const requestArrived = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    const { app, base } = await startServer(fixture, (instance) => {
      instance.get('/api/test-only/slow', async () => {
        arrived();
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        return { done: true };
      });
    });

    const inFlight = fetch(`${base}/api/test-only/slow`);
    await requestArrived;
    const closing = app.close();
    // New connections are refused while closing...
    await expect(fetch(`${base}/api/health`)).rejects.toThrow();
    expect(await app.storage.health()).toBe(true);
    // ...but the request already in progress completes normally.
    release();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(res.headers.get('connection')).toBe('close');
    expect(await res.json()).toEqual({ done: true });
    await closing;
    expect(await app.storage.health()).toBe(false);
  });
});
