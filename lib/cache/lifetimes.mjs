// @ts-check
// Every lifetime of the shared cache, in one place. Plain JavaScript because the cache handler
// (./handler.mjs), which Next loads without compiling, reads it too. (A route segment's
// `export const revalidate` must be a literal Next reads at build time, so pages keep theirs.)

export const LIFETIMES = Object.freeze({
  /**
   * Seconds a tagged data read lives when no tag expires it. Publishing expires tags at once;
   * this only bounds how long a change made behind the site's back (SQL by hand, a restored
   * backup) can stay invisible.
   */
  safetyNet: 300,
  /** Seconds the news sitemap's list lives: its two-day window moves with the clock. */
  newsSitemapWindow: 300,
  /** Longest anything lives in the store, in seconds; also how long a tag expiry must be kept. */
  maxEntry: 24 * 60 * 60,
});

/**
 * The profile for revalidateTag: the tag expires now, never stale-while-revalidate, so a
 * publish shows on the very next request.
 */
export const EXPIRE_IMMEDIATELY = Object.freeze({ expire: 0 });
