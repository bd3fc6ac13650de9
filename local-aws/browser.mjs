#!/usr/bin/env node
// Headless Chromium for the phone-width test and bin/screenshots, installed from the npm registry with the emulators
// (@sparticuz/chromium ships the browser inside its package, with the few libraries it needs beyond glibc), driven by
// puppeteer-core. So `mvn -B verify` needs no browser on the machine and never downloads one from elsewhere.
//
//   node local-aws/browser.mjs prepare       unpack the browser into node_modules/.browser (install.mjs runs it once,
//                                            before any test, so parallel test runs never race on the unpacking)
//   node local-aws/browser.mjs measure       a JSON line per request on stdin {"page": PATH, "viewport": PX} → a JSON
//                                            line on stdout {"scrollWidth", "scrollHeight", "widest"}; the first line
//                                            out is {"ready": VERSION}; ends when stdin closes
//   node local-aws/browser.mjs screenshot PX OUT.png PAGE.html
//                                            the page, whole (as tall as it lays out), at a viewport PX wide
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const unpacked = path.join(here, 'node_modules', '.browser');
const binary = path.join(unpacked, 'chromium');
const libraries = path.join(unpacked, 'al2023', 'lib');
const fonts = path.join(here, '..', 'templates', 'fonts', 'fonts.conf');

// The element that widens the page: of the elements reaching past the viewport's right edge, the ones holding no
// other such element (a table's widest cell, not the tables around it), the one reaching furthest. Its tag, right
// edge and first words.
const WIDEST = () => {
  const vw = document.documentElement.clientWidth;
  const over = [];
  document.querySelectorAll('body *').forEach(e => {
    // an element's own box, or the text overflowing it (an unbroken key in a paragraph)
    const r = e.getBoundingClientRect();
    const right = Math.max(r.right, r.left + e.scrollWidth);
    if (r.width > 0 && right > vw + 0.5) over.push({ e, right });
  });
  let best = null;
  for (const o of over) {
    const inner = over.some(x => x.e !== o.e && o.e.contains(x.e));
    if (!inner && (best === null || o.right > best.right)) best = o;
  }
  if (best === null) return '';
  const text = (best.e.innerText || best.e.getAttribute('alt') || '').replace(/\s+/g, ' ').trim();
  return '<' + best.e.tagName.toLowerCase() + '> ' + Math.round(best.right) + ' px "' + text.substring(0, 80) + '"';
};

/** Unpacks the browser (and the libraries it links beyond glibc) once; a partial unpack is redone. */
async function prepare() {
  const done = path.join(unpacked, '.complete');
  if (fs.existsSync(done)) return;
  fs.rmSync(unpacked, { recursive: true, force: true });
  fs.mkdirSync(unpacked, { recursive: true });
  // the package's own unpacker (not exported by its index in this pinned version, so imported by its file)
  const pkg = path.join(here, 'node_modules', '@sparticuz', 'chromium');
  const { inflate } = await import(pathToFileURL(path.join(pkg, 'build', 'esm', 'lambdafs.js')).href);
  const packed = path.join(pkg, 'bin');
  // inflate() unpacks into os.tmpdir(): point it at our own folder, so nothing lands in /tmp or races another version
  const tmp = process.env.TMPDIR;
  process.env.TMPDIR = unpacked;
  try {
    for (const file of ['chromium.br', 'al2023.tar.br']) await inflate(path.join(packed, file));
  } finally {
    if (tmp === undefined) delete process.env.TMPDIR; else process.env.TMPDIR = tmp;
  }
  fs.writeFileSync(done, new Date().toISOString() + '\n');
}

async function launch() {
  await prepare();
  const { default: puppeteer } = await import('puppeteer-core');
  // the bundled NSS/expat libraries first: the browser then needs nothing of the machine's but glibc
  const ld = [libraries, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  return puppeteer.launch({
    executablePath: binary,
    headless: true,
    // the one font the charts are drawn with (templates/fonts, DejaVu Sans: wider than a phone's Arial, so a page
    // that fits here fits there), whatever fonts the machine has or lacks; the tests set the same file
    env: { ...process.env, LD_LIBRARY_PATH: ld, FONTCONFIG_FILE: process.env.FONTCONFIG_FILE || fonts },
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--hide-scrollbars', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic',
      '--no-zygote', '--font-render-hinting=none'],
  });
}

async function open(browser, page, viewport, height = 800) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: viewport, height, deviceScaleFactor: 1 });
  await tab.goto(pathToFileURL(path.resolve(page)).href, { waitUntil: 'load', timeout: 60000 });
  return tab;
}

async function measure() {
  const browser = await launch();
  const out = line => process.stdout.write(JSON.stringify(line) + '\n');
  out({ ready: await browser.version() });
  const lines = readline.createInterface({ input: process.stdin });
  for await (const line of lines) {
    if (!line.trim()) continue;
    try {
      const { page, viewport } = JSON.parse(line);
      const tab = await open(browser, page, viewport);
      const [scrollWidth, scrollHeight] = await tab.evaluate(() =>
        [document.documentElement.scrollWidth, document.documentElement.scrollHeight]);
      const widest = await tab.evaluate(WIDEST);
      await tab.close();
      out({ scrollWidth, scrollHeight, widest });
    } catch (e) {
      out({ error: String(e && e.message || e) });
    }
  }
  await browser.close();
}

async function screenshot(width, file, page) {
  const browser = await launch();
  try {
    const tab = await open(browser, page, Number(width));
    await tab.screenshot({ path: file, fullPage: true });
    const height = await tab.evaluate(() => document.documentElement.scrollHeight);
    process.stdout.write(`${file} ${width}x${height}\n`);
  } finally {
    await browser.close();
  }
}

const [command, ...rest] = process.argv.slice(2);
try {
  if (command === 'prepare') await prepare();
  else if (command === 'measure') await measure();
  else if (command === 'screenshot' && rest.length === 3) await screenshot(...rest);
  else {
    process.stderr.write('usage: node local-aws/browser.mjs prepare | measure | screenshot WIDTH OUT.png PAGE.html\n');
    process.exit(2);
  }
} catch (e) {
  process.stderr.write(`local-aws/browser.mjs ${command}: ${e && e.stack || e}\n`);
  process.exit(1);
}
