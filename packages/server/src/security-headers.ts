// Security headers sent on EVERY response: app pages, hashed assets, API answers, 404s and errors.
// The server holds only ciphertext, so the main risk left is code injection in the browser, where
// the data is decrypted. These headers keep the page closed to any code, frame or request that is
// not ours. Changing a value here changes the privacy posture: security-headers.test.ts asserts
// each header on every kind of response and that the CSP names no other origin.

/**
 * Content-Security-Policy, one directive per line so a review sees each one.
 * Everything is 'self': Onward never talks to a third party (no CDN, fonts or analytics), and no
 * 'unsafe-inline' or 'unsafe-eval' anywhere, so an injected string can never run as script or style.
 * The one keyword beyond 'self' is 'wasm-unsafe-eval' in script-src, for Argon2id (see there).
 */
const cspDirectives = [
  // Anything not listed below: only from our own origin.
  "default-src 'self'",
  // Scripts only from our own files; no inline script, no eval.
  // 'wasm-unsafe-eval' lets the page compile WebAssembly, and nothing else: Argon2id (hash-wasm,
  // shipped inside our own bundle) turns a passcode or backup passphrase into a key. It does NOT
  // allow eval(), new Function() or string timers ('unsafe-eval' would), and the WebAssembly bytes
  // can only come from our own same-origin scripts, which are all that may run here.
  "script-src 'self' 'wasm-unsafe-eval'",
  // Styles only from our own files; no inline style attributes or <style> blocks.
  "style-src 'self'",
  // data: and blob: let the app show pictures the person added to their hope box, which are
  // decrypted in the browser and never leave it.
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // fetch/XHR/WebSocket only back to this server (sync, share links): nothing can be exfiltrated.
  "connect-src 'self'",
  "manifest-src 'self'",
  // The service worker (offline support) must come from our origin.
  "worker-src 'self'",
  // blob: for decrypted audio (hope-box songs, breathing cues) played in the page.
  "media-src 'self' blob:",
  // No plugins.
  "object-src 'none'",
  // An injected <base> tag could redirect every relative URL; forbid it.
  "base-uri 'none'",
  "form-action 'self'",
  // Nobody may frame the app (clickjacking, or a page that watches what the person does).
  "frame-ancestors 'none'",
  // Ask the browser to fetch any stray http: URL over https. Browsers treat localhost and
  // 127.0.0.1 as secure, so plain-http local use keeps working (checked in Chromium 153). A
  // plain-http deployment on another host would break, but it cannot work anyway: WebCrypto and
  // service workers need a secure context, so such a deployment needs HTTPS in any case.
  'upgrade-insecure-requests',
];

export const contentSecurityPolicy: string = cspDirectives.join('; ');

/**
 * The same policy, with the built app's own inline scripts allowed by hash (inline-scripts.ts):
 * each hash allows one exact script and nothing else; 'unsafe-inline' stays out.
 */
function contentSecurityPolicyWith(scriptHashes: readonly string[]): string {
  const hashes = scriptHashes.map((h) => `'${h}'`).join(' ');
  return cspDirectives.map((d) => (d.startsWith('script-src ') ? `${d} ${hashes}` : d)).join('; ');
}

/**
 * Browser features the app never uses, switched off so that injected code (or a future mistake)
 * cannot reach them. Only names Chromium recognises: an unknown name costs a console warning on
 * every page. Features the app may use are NOT listed (vibration and audio cues for paced
 * breathing, fullscreen, screen wake lock for timers, web share).
 */
const deniedFeatures = [
  'accelerometer',
  // Ad-targeting topics and its predecessor FLoC: never let the browser profile the person here.
  'browsing-topics',
  'interest-cohort',
  'camera',
  'captured-surface-control',
  'clipboard-read',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'local-fonts',
  // Stops the page from probing devices on the person's own network.
  'local-network-access',
  'magnetometer',
  'microphone',
  'midi',
  'otp-credentials',
  'payment',
  'private-state-token-issuance',
  'private-state-token-redemption',
  'serial',
  'usb',
  'window-management',
  'xr-spatial-tracking',
];

export const permissionsPolicy: string = deniedFeatures.map((f) => `${f}=()`).join(', ');

/** Header name (lower case) to value. */
export const securityHeaders: Readonly<Record<string, string>> = Object.freeze({
  'content-security-policy': contentSecurityPolicy,
  // Never tell another site which page of Onward someone came from: the URL alone can say a lot.
  'referrer-policy': 'no-referrer',
  // Files are only run or shown as the type we declare, never as a type a browser guesses.
  'x-content-type-options': 'nosniff',
  // Older browsers that ignore frame-ancestors: still never framed.
  'x-frame-options': 'DENY',
  // A page from another site that opens Onward gets no handle on its window, and the reverse.
  'cross-origin-opener-policy': 'same-origin',
  // Other sites cannot embed our responses (images, scripts, API answers) in their pages.
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': permissionsPolicy,
  // Give the app its own process in browsers that support it (defence against side channels).
  'origin-agent-cluster': '?1',
  // Old plugins (Flash, PDF readers) may not load cross-domain policy files from us.
  'x-permitted-cross-domain-policies': 'none',
  // Do not resolve link host names ahead of time: that would leak them to DNS resolvers.
  'x-dns-prefetch-control': 'off',
});

/**
 * HTTP Strict Transport Security: once a browser has reached Onward over TLS, it refuses plain
 * http for this host (and its subdomains) for a year, so nobody on the network can downgrade a
 * later visit and read or change the app that decrypts the person's records.
 */
export const strictTransportSecurity = 'max-age=31536000; includeSubDomains';

export interface TransportFacts {
  /** The connection itself is TLS (the server was reached over https). */
  encrypted: boolean;
  /** The X-Forwarded-Proto request header, if any. */
  forwardedProto: string | string[] | undefined;
  /** ONWARD_TRUST_PROXY: a reverse proxy in front ends TLS and sets X-Forwarded-Proto. */
  trustProxy: boolean;
}

/**
 * Whether a response gets Strict-Transport-Security: only when the browser reached us over TLS,
 * directly or through a proxy we were told to trust (its X-Forwarded-Proto; the last value is
 * the one our own proxy added). Never on plain http: on localhost it would pin every other local
 * app on that host name to https, and browsers ignore it over http anyway.
 */
export function sendsHsts(facts: TransportFacts): boolean {
  if (facts.encrypted) return true;
  if (!facts.trustProxy || facts.forwardedProto === undefined) return false;
  const joined = Array.isArray(facts.forwardedProto)
    ? facts.forwardedProto.join(',')
    : facts.forwardedProto;
  const last = joined.split(',').pop()?.trim().toLowerCase();
  return last === 'https';
}

/** securityHeaders with the built app's inline script hashes in its CSP. */
export function securityHeadersWith(
  scriptHashes: readonly string[],
): Readonly<Record<string, string>> {
  if (scriptHashes.length === 0) return securityHeaders;
  return Object.freeze({
    ...securityHeaders,
    'content-security-policy': contentSecurityPolicyWith(scriptHashes),
  });
}
