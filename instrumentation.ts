// Runs once per server process, before it takes requests.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installViewFlushOnShutdown } = await import("@/lib/views/shutdown");
    installViewFlushOnShutdown();
    // Publishes scheduled articles on time, and at once any that fell due while we were down.
    const { startArticleScheduler } = await import("@/lib/articles/scheduler");
    startArticleScheduler();
  }
}
