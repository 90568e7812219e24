/** The demo users' password printed in the README (DEMO_PASSWORD overrides it when seeding). */
export const DEFAULT_DEMO_PASSWORD = "demo1234!";
