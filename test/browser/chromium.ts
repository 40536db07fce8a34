/**
 * Finds a Chromium for the browser tests: an environment variable first, then the usual
 * install paths; on a Debian machine where we are root, installs Debian's package; otherwise
 * stops with a message that says what to install and which variable to set.
 * The file system, environment and installer are injected so the logic is unit-tested.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const ENV_VARS = ['CHROMIUM_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'] as const;

export const CANDIDATE_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
] as const;

export const INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium';

export interface FinderDeps {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly exists: (path: string) => boolean;
  /** process.getuid?.() === 0 */
  readonly isRoot: boolean;
  /** /etc/debian_version exists */
  readonly isDebian: boolean;
  /** Runs the install command; throws if it fails. */
  readonly install: (command: string) => void;
  readonly log: (message: string) => void;
}

export interface FoundChromium {
  readonly path: string;
  readonly source: 'env' | 'path' | 'installed';
}

export class ChromiumNotFoundError extends Error {
  override readonly name = 'ChromiumNotFoundError';
}

export function noChromiumMessage(): string {
  return [
    'The browser tests need Chromium, and none was found.',
    `Looked at: ${CANDIDATE_PATHS.join(', ')}.`,
    'Install one (on Debian or Ubuntu: `sudo apt-get install -y chromium`),',
    `or set ${ENV_VARS[0]} (or ${ENV_VARS[1]}) to the path of a Chromium or Chrome executable.`,
  ].join(' ');
}

function firstExisting(deps: FinderDeps): string | undefined {
  return CANDIDATE_PATHS.find((path) => deps.exists(path));
}

export function findChromium(deps: FinderDeps): FoundChromium {
  for (const name of ENV_VARS) {
    const value = deps.env[name]?.trim();
    if (!value) continue;
    if (deps.exists(value)) return { path: value, source: 'env' };
    throw new ChromiumNotFoundError(
      `${name} is set to "${value}", but there is no file there. Point it at a Chromium executable, or unset it to search the usual paths.`,
    );
  }
  const found = firstExisting(deps);
  if (found) return { path: found, source: 'path' };
  if (deps.isRoot && deps.isDebian) {
    deps.log(`No Chromium found; installing Debian's package: ${INSTALL_COMMAND}`);
    try {
      deps.install(INSTALL_COMMAND);
    } catch (error) {
      throw new ChromiumNotFoundError(
        `Installing Chromium with "${INSTALL_COMMAND}" failed (${error instanceof Error ? error.message : String(error)}). ${noChromiumMessage()}`,
      );
    }
    const installed = firstExisting(deps);
    if (installed) return { path: installed, source: 'installed' };
  }
  throw new ChromiumNotFoundError(noChromiumMessage());
}

/** The real machine's dependencies. */
export function systemFinderDeps(): FinderDeps {
  return {
    env: process.env,
    exists: (path) => existsSync(path),
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    isDebian: existsSync('/etc/debian_version'),
    install: (command) => {
      execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    },
    log: (message) => console.log(message),
  };
}
