#!/usr/bin/env node
// Starts the local AWS emulators exec-reports is tested and demoed against, waits until each answers, prints
// their endpoints as one JSON line, and stops them all on SIGINT/SIGTERM or when its stdin closes (so a test
// JVM that dies takes them with it).
//
//   DynamoDB  dynalite (in this process)
//   SES       aws-ses-v2-local (in this process) behind a recording proxy: the emulator keeps recipients from
//             the MIME headers only, the proxy also keeps what SES really delivers to (Destinations), so a
//             test can prove the BCC audit copy. GET /__requests lists them, GET /__raw?messageId= returns
//             the raw MIME message as sent; POST /clear-store clears both.
//   S3        s3proxy (a Java process, transient in-memory backend)
//
// usage: node local-aws/start.mjs [--dynamodb-port N] [--ses-port N] [--s3-port N] [--s3proxy-jar PATH]
//                                 [--write-env PATH] [--watch-stdin]      (port 0 or absent: a free port)
import { createRequire } from 'node:module';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const HOST = '127.0.0.1';

const args = parseArgs(process.argv.slice(2));
const children = [];
const servers = [];
let stopping = false;

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    const key = a.slice(2);
    if (key === 'watch-stdin') { out[key] = true; continue; }
    out[key] = argv[++i];
  }
  return out;
}

function log(msg) {
  process.stderr.write(`local-aws: ${msg}\n`);
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, HOST, () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

async function portOf(name) {
  const p = Number(args[`${name}-port`] ?? 0);
  return p > 0 ? p : freePort();
}

async function waitFor(name, probe, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try { if (await probe()) return; } catch { /* not up yet */ }
    if (Date.now() > deadline) throw new Error(`${name} did not become ready within ${timeoutMs / 1000} s`);
    await new Promise(r => setTimeout(r, 150));
  }
}

async function status(method, url) {
  const res = await fetch(url, { method, signal: AbortSignal.timeout(2000) });
  await res.arrayBuffer();
  return res.status;
}

function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => { servers.push(server); resolve(); });
  });
}

async function startDynamo() {
  const port = await portOf('dynamodb');
  const dynalite = require('dynalite');
  await listen(dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 }), port);
  const url = `http://${HOST}:${port}`;
  // dynalite answers an unsigned POST with 400 MissingAuthenticationTokenException once it serves
  await waitFor('dynalite', async () => (await status('POST', url)) === 400);
  return url;
}

async function startSes() {
  const port = await portOf('ses');
  const innerPort = await freePort();
  const ses = require('aws-ses-v2-local').default;
  const inner = await ses({ host: HOST, port: innerPort });
  servers.push(inner);
  const recorded = [];
  const raws = new Map(); // messageId → the raw MIME message exactly as SES received it
  const proxy = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', c => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (req.method === 'GET' && req.url.startsWith('/__raw?')) {
        const id = new URL(req.url, 'http://x').searchParams.get('messageId');
        const hit = raws.get(id);
        res.writeHead(hit ? 200 : 404, { 'content-type': 'message/rfc822' });
        res.end(hit ?? `no raw message with id ${id}`);
        return;
      }
      if (req.method === 'GET' && req.url === '/__requests') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ requests: recorded }));
        return;
      }
      if (req.method === 'POST' && req.url === '/clear-store') { recorded.length = 0; raws.clear(); }
      const form = (req.headers['content-type'] || '').includes('application/x-www-form-urlencoded')
        ? new URLSearchParams(body.toString('utf8')) : null;
      const upstream = http.request({ host: HOST, port: innerPort, method: req.method, path: req.url, headers: req.headers }, up => {
        const out = [];
        up.on('data', c => out.push(c));
        up.on('end', () => {
          const answer = Buffer.concat(out);
          if (form && form.get('Action') === 'SendRawEmail') {
            const destinations = [...form.keys()].filter(k => k.startsWith('Destinations.member.'))
              .sort((a, b) => Number(a.split('.').pop()) - Number(b.split('.').pop())).map(k => form.get(k));
            const id = /<MessageId>([^<]+)<\/MessageId>/.exec(answer.toString('utf8'));
            if (id && form.get('RawMessage.Data')) raws.set(id[1], Buffer.from(form.get('RawMessage.Data'), 'base64'));
            recorded.push({ action: 'SendRawEmail', source: form.get('Source'), destinations,
              messageId: id ? id[1] : null, status: up.statusCode, at: new Date().toISOString() });
          }
          res.writeHead(up.statusCode, up.headers);
          res.end(answer);
        });
      });
      upstream.on('error', e => { res.writeHead(502); res.end(String(e)); });
      upstream.end(body);
    });
  });
  await listen(proxy, port);
  const url = `http://${HOST}:${port}`;
  await waitFor('aws-ses-v2-local', async () => (await status('GET', `${url}/health-check`)) === 200);
  return url;
}

async function startS3() {
  const port = await portOf('s3');
  const jar = path.resolve(args['s3proxy-jar'] ?? path.join(here, '..', 'target', 'local-aws', 's3proxy.jar'));
  if (!fs.existsSync(jar)) {
    throw new Error(`s3proxy jar not found at ${jar}: run 'mvn -B -q generate-resources' (Maven fetches org.gaul:s3proxy:4.1.0)`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exec-reports-s3proxy-'));
  const props = path.join(dir, 's3proxy.properties');
  fs.writeFileSync(props, [
    `s3proxy.endpoint=http://${HOST}:${port}`,
    's3proxy.authorization=aws-v2-or-v4',
    's3proxy.identity=local',
    's3proxy.credential=local',
    'jclouds.provider=transient',
    'jclouds.identity=local',
    'jclouds.credential=local',
    `jclouds.basedir=${dir}`,
  ].join('\n') + '\n');
  const logback = path.join(dir, 'logback.xml');
  fs.writeFileSync(logback, '<configuration><appender name="E" class="ch.qos.logback.core.ConsoleAppender"><target>System.err</target>'
    + '<encoder><pattern>s3proxy %level %msg%n</pattern></encoder></appender><root level="WARN"><appender-ref ref="E"/></root></configuration>\n');
  const child = spawn('java', ['-Xmx512m', `-Dlogback.configurationFile=${logback}`, '-jar', jar, '--properties', props],
    { stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
  child.on('exit', code => { if (!stopping) { log(`s3proxy exited with ${code}`); stop(1); } });
  const url = `http://${HOST}:${port}`;
  // s3proxy answers an unsigned GET / with 403 once it serves
  await waitFor('s3proxy', async () => (await status('GET', `${url}/`)) === 403, 90000);
  return url;
}

async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const c of children) {
    if (c.exitCode === null) c.kill('SIGTERM');
  }
  const deadline = Date.now() + 5000;
  while (children.some(c => c.exitCode === null && c.signalCode === null) && Date.now() < deadline) {
    await new Promise(r => setTimeout(r, 100));
  }
  for (const c of children) {
    if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  }
  for (const s of servers) {
    try { s.close(); s.closeAllConnections?.(); } catch { /* already closed */ }
  }
  process.exit(code);
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => stop(0));
if (args['watch-stdin']) {
  process.stdin.on('end', () => stop(0));
  process.stdin.on('error', () => stop(0));
  process.stdin.resume();
}

try {
  const [dynamodb, ses, s3] = await Promise.all([startDynamo(), startSes(), startS3()]);
  const endpoints = { dynamodb, s3, ses, pid: process.pid };
  if (args['write-env']) {
    fs.writeFileSync(args['write-env'], `AWS_ENDPOINT_DYNAMODB=${dynamodb}\nAWS_ENDPOINT_S3=${s3}\nAWS_ENDPOINT_SES=${ses}\nLOCAL_AWS_PID=${process.pid}\n`);
  }
  process.stdout.write(JSON.stringify(endpoints) + '\n');
  log(`ready: dynamodb ${dynamodb}, s3 ${s3}, ses ${ses} (mailbox ${ses}/)`);
} catch (e) {
  log(`failed to start: ${e.message}`);
  await stop(1);
}
