import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveUnder } from '../../browser/harness';

describe('serveUnder (the sub-path server of the browser tests)', () => {
  let server: { url: string; close(): Promise<void> };
  let origin: string;

  beforeAll(async () => {
    const base = mkdtempSync(join(tmpdir(), 'serve-under-'));
    const dir = join(base, 'site');
    mkdirSync(join(dir, 'assets'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(dir, 'assets', 'app.js'), 'export {};');
    writeFileSync(join(base, 'secret.txt'), 'secret');
    server = await serveUnder(dir, '/sub/');
    origin = new URL(server.url).origin;
  });

  afterAll(async () => {
    await server?.close();
  });

  it('serves the directory under the sub-path, with types', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sub\/$/);
    const index = await fetch(server.url);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    const script = await fetch(`${server.url}assets/app.js`);
    expect(script.headers.get('content-type')).toContain('text/javascript');
  });

  it('serves nothing outside the sub-path, so an absolute asset URL would fail the tests', async () => {
    expect((await fetch(`${origin}/index.html`)).status).toBe(404);
    expect((await fetch(`${origin}/assets/app.js`)).status).toBe(404);
    expect((await fetch(`${server.url}missing.js`)).status).toBe(404);
  });

  it('does not leave its directory', async () => {
    const response = await fetch(`${server.url}..%2Fsecret.txt`);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('secret');
  });
});
