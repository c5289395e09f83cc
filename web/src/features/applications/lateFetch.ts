/**
 * Test support. openapi-fetch keeps the `fetch` that exists when the API client is created, so a test's later
 * mockFetch (vi.stubGlobal) would never be called. Imported before the screen under test, this puts in a `fetch`
 * that looks the global up on every call. (The lasting fix is `fetch: (r) => globalThis.fetch(r)` in api/client.ts;
 * see the issue-8 report.)
 */
const late: typeof fetch = (input, init) =>
  globalThis.fetch === late ? Promise.reject(new Error('fetch is not stubbed in this test')) : globalThis.fetch(input, init);
globalThis.fetch = late;
export {};
