import { describe, expect, it, vi } from 'vitest';
import {
  CANDIDATE_PATHS,
  ChromiumNotFoundError,
  type FinderDeps,
  findChromium,
  INSTALL_COMMAND,
} from '../../browser/chromium';

function deps(overrides: Partial<FinderDeps> & { files?: string[] } = {}): FinderDeps {
  const files = new Set(overrides.files ?? []);
  return {
    env: {},
    exists: (path) => files.has(path),
    isRoot: false,
    isDebian: false,
    install: () => {
      throw new Error('must not install');
    },
    log: () => {},
    ...overrides,
  };
}

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH', () => {
    const found = findChromium(
      deps({ env: { CHROMIUM_PATH: '/opt/chrome/chrome' }, files: ['/opt/chrome/chrome', '/usr/bin/chromium'] }),
    );
    expect(found).toEqual({ path: '/opt/chrome/chrome', source: 'env' });
  });

  it('accepts PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH', () => {
    const found = findChromium(
      deps({ env: { PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: '/x/chromium' }, files: ['/x/chromium'] }),
    );
    expect(found).toEqual({ path: '/x/chromium', source: 'env' });
  });

  it('says so when the variable points nowhere', () => {
    expect(() => findChromium(deps({ env: { CHROMIUM_PATH: '/nope' }, files: ['/usr/bin/chromium'] }))).toThrow(
      /CHROMIUM_PATH is set to "\/nope", but there is no file there/,
    );
  });

  it('ignores an empty variable and searches the usual paths in order', () => {
    expect(findChromium(deps({ env: { CHROMIUM_PATH: ' ' }, files: ['/usr/bin/chromium'] })).path).toBe(
      '/usr/bin/chromium',
    );
    expect(findChromium(deps({ files: ['/snap/bin/chromium', '/usr/bin/google-chrome'] })).path).toBe(
      '/usr/bin/google-chrome',
    );
    for (const path of CANDIDATE_PATHS) expect(findChromium(deps({ files: [path] }))).toEqual({ path, source: 'path' });
  });

  it('installs Debian’s package when root on Debian, and says it is doing so', () => {
    const files: string[] = [];
    const log = vi.fn();
    const install = vi.fn(() => {
      files.push('/usr/bin/chromium');
    });
    const found = findChromium({
      ...deps({ isRoot: true, isDebian: true, log, install }),
      exists: (p) => files.includes(p),
    });
    expect(install).toHaveBeenCalledWith(INSTALL_COMMAND);
    expect(log.mock.calls[0]?.[0]).toMatch(
      /installing Debian's package: apt-get update && apt-get install -y chromium/,
    );
    expect(found).toEqual({ path: '/usr/bin/chromium', source: 'installed' });
  });

  it('does not install when not root or not Debian, and says what to install and which variable to set', () => {
    for (const env of [
      { isRoot: false, isDebian: true },
      { isRoot: true, isDebian: false },
    ]) {
      const install = vi.fn();
      let error: unknown;
      try {
        findChromium(deps({ ...env, install }));
      } catch (e) {
        error = e;
      }
      expect(install).not.toHaveBeenCalled();
      expect(error).toBeInstanceOf(ChromiumNotFoundError);
      const message = (error as Error).message;
      expect(message).toContain('apt-get install -y chromium');
      expect(message).toContain('CHROMIUM_PATH');
      expect(message).toContain('/usr/bin/chromium');
    }
  });

  it('reports a failed install clearly', () => {
    const install = vi.fn(() => {
      throw new Error('exit code 100');
    });
    expect(() => findChromium(deps({ isRoot: true, isDebian: true, install }))).toThrow(
      /Installing Chromium with "apt-get update && apt-get install -y chromium" failed \(exit code 100\)/,
    );
  });

  it('stops when the install ran but left no browser', () => {
    expect(() => findChromium(deps({ isRoot: true, isDebian: true, install: () => {} }))).toThrow(
      ChromiumNotFoundError,
    );
  });
});
