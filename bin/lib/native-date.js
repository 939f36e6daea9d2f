// Next replaces the global Date with one that reports every clock read to its prerender tracking, which matters only
// with cacheComponents (not used here). Every request paid for it: a SCIM answer reads the clock or builds a Date 5–7
// times, ~2% of a lookup's main thread (bench:ab: lookups +6.7%, POST +6.6% without it). API: keepNativeDate() →
// restore(), which puts back the Date there was when keepNativeDate was called (call it after Next is prepared).
export function keepNativeDate() {
  const NativeDate = globalThis.Date;
  return function restore() {
    if (globalThis.Date === NativeDate) return;
    Object.defineProperty(NativeDate.prototype, "constructor", {
      value: NativeDate,
      writable: true,
      configurable: true,
    });
    globalThis.Date = NativeDate;
  };
}
