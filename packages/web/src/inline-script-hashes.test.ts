// The build writes the hashes of its inline scripts where the server reads them, and the file
// stays out of the offline cache (the app never fetches it).
import { describe, expect, it } from 'vitest';
import { INLINE_SCRIPT_HASHES_FILE as serverName } from '../../server/src/inline-scripts.ts';
import { INLINE_SCRIPT_HASHES_FILE as buildName } from '../build/prerender-plugin.ts';
import { precacheUrls } from './sw/precache.ts';

describe('the inline script hashes file', () => {
  it('has one name in the build and in the server', () => {
    expect(buildName).toBe(serverName);
  });

  it('is not precached by the service worker', () => {
    expect(precacheUrls([buildName, 'index.html'])).toEqual(['/index.html']);
  });
});
