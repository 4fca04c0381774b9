/**
 * Debian's Chromium driven by playwright-core with the built extension loaded.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { repoRoot } from '../../corpus-path';

export const CHROMIUM_CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].filter((p): p is string => Boolean(p));

export function findChromium(): string | null {
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export const CHROMIUM_MISSING =
  'Chromium not found: install it with `apt-get install -y chromium` (or set CHROMIUM_PATH).';

export const chromeBuildDir = resolve(repoRoot, '.output', 'chrome-mv3');

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** Flags that keep Chromium off the network: this machine has none but loopback. */
const QUIET_FLAGS = [
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-quic',
  '--no-sandbox',
  '--disable-gpu',
];

/** Whether Chromium can show its UI in `lang` (Debian ships other languages in chromium-l10n). */
export function chromiumHasLocale(lang: string): boolean {
  const executable = findChromium();
  if (!executable) return false;
  return [resolve(executable, '..', '..', 'lib', 'chromium', 'locales'), '/usr/lib/chromium/locales'].some((dir) =>
    existsSync(join(dir, `${lang}.pak`)),
  );
}

export const CHROMIUM_LOCALE_MISSING = (lang: string) =>
  `Chromium has no ${lang} UI: install Debian's chromium-l10n (\`apt-get install -y chromium-l10n\`).`;

export async function launchChromium(
  options: {
    headless?: boolean;
    extension?: boolean;
    /** Another unpacked extension to load instead of the build (one without a service worker). */
    extensionDir?: string;
    javaScript?: boolean;
    /** The browser's UI language (what `i18n.getUILanguage()` answers); Chromium on Linux reads LANGUAGE. */
    uiLanguage?: string;
  } = {},
): Promise<ChromiumSession> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_MISSING);
  const withExtension = (options.extension ?? true) && !options.extensionDir;
  if (withExtension && !existsSync(join(chromeBuildDir, 'manifest.json'))) {
    throw new Error(`No Chrome build at ${chromeBuildDir}: run \`npm run build\` first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'gut-lens-chromium-'));
  const headless = options.headless ?? true;
  const args = [...QUIET_FLAGS];
  const extensionDir = options.extensionDir ?? (withExtension ? chromeBuildDir : null);
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  if (headless) args.push('--headless=new');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: false, // headless is set through --headless=new, which loads extensions
    args,
    viewport: { width: 1100, height: 900 },
    // Page scripts off still runs content scripts: used to compare DOMs deterministically.
    javaScriptEnabled: options.javaScript ?? true,
    ...(options.uiLanguage ? { env: { ...process.env, LANGUAGE: options.uiLanguage } as Record<string, string> } : {}),
  });
  let worker: Worker | undefined;
  let extensionId = '';
  if (withExtension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    worker: worker as Worker,
    extensionId,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
