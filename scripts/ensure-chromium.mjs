#!/usr/bin/env node
// The end-to-end tests drive the system's Chromium (browsers are never downloaded). On a
// fresh Debian/Ubuntu machine where we are root, install it from the distribution;
// elsewhere say exactly what is missing.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const wanted = process.env.CHROME_PATH || '/usr/bin/chromium';
if (existsSync(wanted)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!process.env.CHROME_PATH && isRoot && hasApt) {
  console.log('Chromium is not installed; installing it from Debian packages for the end-to-end tests…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  if (existsSync(wanted)) process.exit(0);
}
console.error(
  `The end-to-end tests need Chromium at ${wanted}. Install it (Debian: apt-get install chromium) ` +
    'or set CHROME_PATH to a Chromium or Chrome executable.',
);
process.exit(1);
