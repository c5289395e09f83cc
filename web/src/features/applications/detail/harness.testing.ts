// Import first in a feature test file: three gaps of the shared test harness, closed locally.
// 1. openapi-fetch keeps the fetch it finds when a client is created (at import time), so mockFetch's per-test
//    vi.stubGlobal('fetch') would never reach appRegistry/audit. Route the captured fetch to whatever fetch is current.
//    (Unneeded once src/api/client.ts passes `fetch: (r) => globalThis.fetch(r)` to createClient.)
// 2. jsdom has no document.fonts, which Mantine's autosizing Textarea listens to.
// 3. Mantine screens render slowly in jsdom on a busy machine: findBy* waits up to 5 s instead of 1 s.
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 5000 });

const original = globalThis.fetch;
const proxy: typeof fetch = (input, init) => (globalThis.fetch === proxy ? original : globalThis.fetch)(input, init);
globalThis.fetch = proxy;

if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { addEventListener: () => {}, removeEventListener: () => {}, ready: Promise.resolve() },
  });
}
