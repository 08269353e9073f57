import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/**
 * Launches Debian's Chromium (never a downloaded browser). Fails loudly when it is missing:
 * `.ci/run` installs it; locally run `apt-get install -y chromium`.
 */
export async function launchBrowser(): Promise<Browser> {
  // Read per launch, not at import: no module-level state from the environment.
  const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH)`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // playwright gives each launch a fresh temporary profile of its own.
}
