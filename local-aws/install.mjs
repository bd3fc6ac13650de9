#!/usr/bin/env node
// Installs the pinned emulators of local-aws/ (npm ci from the committed lock file) when they are missing or older
// than the lock file, so `mvn -B verify` works on a fresh clone with nothing run before it. Maven calls this in its
// generate-test-resources phase; bin/demo and .ci/run call it too. A no-op (a few milliseconds) when up to date.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const lock = path.join(here, 'package-lock.json');
// npm writes this copy of the lock file into node_modules at every install
const installed = path.join(here, 'node_modules', '.package-lock.json');

const mtime = file => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : -1);
// the headless Chromium of local-aws/browser.mjs is unpacked once here, before any test runs (parallel tests never
// race on it); it exists only after a complete unpack
const browserReady = path.join(here, 'node_modules', '.browser', '.complete');
const prepareBrowser = () => {
  if (fs.existsSync(browserReady)) return;
  const b = spawnSync(process.execPath, [path.join(here, 'browser.mjs'), 'prepare'], { cwd: here, stdio: 'inherit' });
  if (b.status !== 0) {
    process.stderr.write('local-aws: could not unpack the headless Chromium (node local-aws/browser.mjs prepare)\n');
    process.exit(1);
  }
};
if (mtime(installed) >= mtime(lock)) {
  prepareBrowser();
  process.exit(0);
}
process.stderr.write('local-aws: installing the emulators (npm ci from local-aws/package-lock.json)\n');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const r = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: here, stdio: 'inherit' });
if (r.status !== 0) {
  process.stderr.write(`local-aws: npm ci failed (${r.error ? r.error.message : 'exit ' + r.status}): the route tests need these emulators\n`);
  process.exit(1);
}
prepareBrowser();
