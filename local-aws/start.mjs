#!/usr/bin/env node
// Starts the local AWS emulators exec-reports is tested and demoed against, waits until each answers, prints
// their endpoints as one JSON line, and stops them all on SIGINT/SIGTERM or when its stdin closes (so a test
// JVM that dies takes them with it).
//
//   DynamoDB  dynalite (in this process)
//   SES       aws-ses-v2-local (in this process) behind a recording proxy: the emulator keeps recipients from
//             the MIME headers only, the proxy also keeps what SES really delivers to (Destinations), so a
//             test can prove the BCC audit copy. POST /__faults injects SES errors or a held answer for chosen
//             calls (see startSes). GET /__requests lists them, GET /__raw?messageId= returns
//             the raw MIME message as sent; POST /clear-store clears both.
//   S3        s3proxy (a Java process, transient in-memory backend)
//   SNS       a small SNS endpoint (Query protocol: CreateTopic, ListTopics, Publish, as the AWS SDK sends them) that
//             keeps every published message, so a test reads the ops alerts that did not go through SES:
//             GET /__messages lists them, POST /__clear empties the store; no emulator for SNS exists here
//   Lambda +  a read-only inventory server that answers ListFunctions, GetFunctionUrlConfig and ListTags (Lambda
//   CloudFront REST-JSON) and ListDistributions, ListTagsForResource (CloudFront REST-XML) with real AWS response
//             documents built from --inventory DIR (lambda-functions.json, cloudfront-distributions.json), so the
//             AWS SDK's own parsing runs; no emulator for these services exists here
//   IAM, RDS, the same server answers GenerateCredentialReport/GetCredentialReport, DescribeDBInstances, GetMetricData
//   CloudWatch, (Query protocol, XML) and SESv2 GetAccount, ListSuppressedDestinations, ListConfigurationSets
//   SESv2     (REST-JSON) from iam-credential-report.csv, rds-instances.json, cloudwatch-metrics.json, ses-account.json,
//             paging as AWS does (Marker, NextToken); tests plant throttling or errors per action (POST /__account);
//             GET /__account/calls also counts each Query call by the region it was signed for (GetMetricData@us-east-1)
//   Cost      and Cost Explorer's GetCostAndUsage and GetCostForecast (JSON 1.1, X-Amz-Target AWSInsightsIndexService.*)
//   Explorer  from cost-explorer.json, in pages of a few groups (NextPageToken), counting calls per action and month
//   Lambda    GetFunction and GetLayerVersion (REST-JSON) answer with a pre-signed-looking Code.Location /
//   code      Content.Location on this server, which serves the package bytes (zipped from --packages DIR:
//             <function>.zip/ and layers/<layer>-<version>.zip/ folders; a small clean package for the others) and
//             counts each download (GET /__account/calls, "PackageDownload")
//
// usage: node local-aws/start.mjs [--dynamodb-port N] [--ses-port N] [--s3-port N] [--sns-port N] [--s3proxy-jar PATH]
//                                 [--inventory-port N] [--inventory DIR] [--packages DIR] [--s3-heap SIZE]
//                                 [--write-env PATH] [--watch-stdin]      (port 0 or absent: a free port)
import { createRequire } from 'node:module';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import crypto from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import zlib from 'node:zlib';
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
  const url = `http://${HOST}:${port}`;
  await listen(answerCreateTableOnceActive(dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 }), url), port);
  // dynalite answers an unsigned POST with 400 MissingAuthenticationTokenException once it serves
  await waitFor('dynalite', async () => (await status('POST', url)) === 400);
  return url;
}

/**
 * dynalite answers CreateTable with the table CREATING and makes it ACTIVE on a timer just after. A client that looks
 * at once (Camel's aws2-ddb endpoint creating the delivery ledger, the SDK's waiter in the seeder) sometimes still
 * finds it CREATING and then sleeps its whole poll interval: 5 s for Camel, 20 s for the waiter. Held back until the
 * table reads ACTIVE, the answer is followed by a first look that finds it ACTIVE, as from a table made in no time.
 */
function answerCreateTableOnceActive(server, url) {
  const [handle] = server.listeners('request');
  server.removeAllListeners('request');
  server.on('request', (req, res) => {
    if (!String(req.headers['x-amz-target'] ?? '').endsWith('.CreateTable')) return handle(req, res);
    const end = res.end.bind(res);
    res.end = (body, ...rest) => {
      let table = null;
      try { table = JSON.parse(String(body)).TableDescription?.TableName ?? null; } catch { /* an error answer */ }
      if (res.statusCode !== 200 || !table) return end(body, ...rest);
      untilActive(url, table, req.headers).finally(() => end(body, ...rest));
      return res;
    };
    return handle(req, res);
  });
  return server;
}

/** Asks dynalite itself (which checks that a request is signed, not the signature) until the table is ACTIVE: 400 looks at most. */
async function untilActive(url, table, headers) {
  for (let i = 0; i < 400; i++) {
    const res = await fetch(url, { method: 'POST', body: JSON.stringify({ TableName: table }), headers: {
      'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.DescribeTable',
      authorization: headers.authorization, 'x-amz-date': headers['x-amz-date'] ?? new Date().toISOString() } });
    const answer = await res.json().catch(() => ({}));
    if (answer.Table?.TableStatus !== 'CREATING') return;
    await new Promise(r => setTimeout(r, 5));
  }
}

async function startSes() {
  const port = await portOf('ses');
  const innerPort = await freePort();
  const ses = require('aws-ses-v2-local').default;
  const inner = await ses({ host: HOST, port: innerPort });
  servers.push(inner);
  const recorded = [];
  const raws = new Map(); // messageId → the raw MIME message exactly as SES received it
  // Faults for chosen SendRawEmail calls (tests of retries and crashes): POST /__faults {"rules":[...]}, DELETE clears.
  // A rule: {"error": "Throttling" | "MessageRejected" | "InternalFailure" | "AccountSendingPaused" | "hold",
  //          "action": "SendRawEmail" (the reports, when absent) | "SendEmail" (ops alerts) | "*" (both: SES is down),
  //          "role": "cfo" (match the X-Exec-Reports-Role header; any when absent), "period": "2028-W06" (match the
  //          X-Exec-Reports-Period header; any when absent), "every": 2 (fault the 1st, 3rd, ... matching call; every
  //          call when absent), "times": N (at most N faults), "holdMs": 120000}
  // POST /__faults?add adds rules beside the others, DELETE /__faults?period=P removes only that period's: tests of
  // periods of their own fault SES at the same time.
  // "hold" delivers the message, then keeps the answer back: a sender killed meanwhile never learns it went out.
  let faults = [];
  const FAULTS = {
    Throttling: [400, 'Sender', 'Maximum sending rate exceeded.'],
    MessageRejected: [400, 'Sender', 'Email address is not verified. The following identities failed the check in region US-WEST-2: cfo@example.com'],
    InternalFailure: [500, 'Receiver', 'An internal error occurred.'],
    AccountSendingPaused: [400, 'Sender', 'Sending is paused for this account.'],
  };
  const headerOf = (raw, name) => {
    const head = raw.toString('utf8').split(/\r?\n\r?\n/)[0];
    const m = new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head);
    return m ? m[1].trim() : null;
  };
  const faultFor = (action, role, period) => {
    for (const rule of faults) {
      const on = rule.action ?? 'SendRawEmail';
      if (on !== '*' && on !== action) continue;
      if (rule.role && rule.role !== role) continue;
      if (rule.period && rule.period !== period) continue;
      rule.seen = (rule.seen ?? 0) + 1;
      const every = rule.every ?? 1;
      if ((rule.seen - 1) % every !== 0) continue;
      if (rule.times !== undefined && (rule.fired ?? 0) >= rule.times) continue;
      rule.fired = (rule.fired ?? 0) + 1;
      return rule;
    }
    return null;
  };
  const proxy = http.createServer((req, res) => {
    res.on('error', () => {}); // a sender killed while its answer was held back
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
      if (req.url.split('?')[0] === '/__faults') {
        const only = new URL(req.url, 'http://x').searchParams;
        if (req.method === 'POST') {
          const rules = JSON.parse(body.toString('utf8')).rules ?? [];
          faults = only.has('add') ? faults.concat(rules) : rules;
        }
        if (req.method === 'DELETE') faults = only.has('period') ? faults.filter(r => r.period !== only.get('period')) : [];
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ rules: faults }));
        return;
      }
      if (req.method === 'POST' && req.url === '/clear-store') { recorded.length = 0; raws.clear(); }
      const form = (req.headers['content-type'] || '').includes('application/x-www-form-urlencoded')
        ? new URLSearchParams(body.toString('utf8')) : null;
      const send = form && form.get('Action') === 'SendRawEmail';
      const raw = send && form.get('RawMessage.Data') ? Buffer.from(form.get('RawMessage.Data'), 'base64') : null;
      const role = raw ? headerOf(raw, 'X-Exec-Reports-Role') : null;
      const period = raw ? headerOf(raw, 'X-Exec-Reports-Period') : null;
      const action = form ? form.get('Action') : null;
      const fault = send || action === 'SendEmail' ? faultFor(action, role, period) : null;
      if (fault && fault.error !== 'hold') {
        const [status, type, message] = FAULTS[fault.error] ?? [400, 'Sender', fault.error];
        recorded.push({ action, role, period, fault: fault.error, status, at: new Date().toISOString() });
        res.writeHead(status, { 'content-type': 'text/xml' });
        res.end(`<ErrorResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><Error><Type>${type}</Type><Code>${fault.error}</Code>`
          + `<Message>${message}</Message></Error><RequestId>${crypto.randomUUID()}</RequestId></ErrorResponse>`);
        return;
      }
      const upstream = http.request({ host: HOST, port: innerPort, method: req.method, path: req.url, headers: req.headers }, up => {
        const out = [];
        up.on('data', c => out.push(c));
        up.on('end', () => {
          const answer = Buffer.concat(out);
          if (form && form.get('Action') === 'SendEmail') {
            const to = [...form.keys()].filter(k => k.startsWith('Destination.ToAddresses.member.')).map(k => form.get(k));
            const id = /<MessageId>([^<]+)<\/MessageId>/.exec(answer.toString('utf8'));
            recorded.push({ action: 'SendEmail', source: form.get('Source'), destinations: to, subject: form.get('Message.Subject.Data'),
              messageId: id ? id[1] : null, status: up.statusCode, at: new Date().toISOString() });
          }
          if (send) {
            const destinations = [...form.keys()].filter(k => k.startsWith('Destinations.member.'))
              .sort((a, b) => Number(a.split('.').pop()) - Number(b.split('.').pop())).map(k => form.get(k));
            const id = /<MessageId>([^<]+)<\/MessageId>/.exec(answer.toString('utf8'));
            if (id && raw) raws.set(id[1], raw);
            recorded.push({ action: 'SendRawEmail', source: form.get('Source'), destinations, role, period,
              messageId: id ? id[1] : null, status: up.statusCode, held: fault ? true : undefined, at: new Date().toISOString() });
          }
          const answerNow = () => { if (!res.destroyed) { res.writeHead(up.statusCode, up.headers); res.end(answer); } };
          if (fault) setTimeout(answerNow, fault.holdMs ?? 120000); else answerNow();
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
  // the in-memory store holds every object: bench/run's tens of thousands of objects need more than tests do
  const heap = args['s3-heap'] ?? '512m';
  if (!/^[0-9]+[mg]$/.test(heap)) {
    throw new Error(`--s3-heap ${heap}: a heap size such as 512m or 2g`);
  }
  const child = spawn('java', [`-Xmx${heap}`, `-Dlogback.configurationFile=${logback}`, '-jar', jar, '--properties', props],
    { stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
  child.on('exit', code => { if (!stopping) { log(`s3proxy exited with ${code}`); stop(1); } });
  const url = `http://${HOST}:${port}`;
  // s3proxy answers an unsigned GET / with 403 once it serves
  await waitFor('s3proxy', async () => (await status('GET', `${url}/`)) === 403, 90000);
  return url;
}

// --- Lambda and CloudFront inventory ------------------------------------------------------------------------
function readInventory(name) {
  const dir = args.inventory;
  if (!dir) return [];
  const file = path.join(dir, name);
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : [];
}

const xmlEscape = v => String(v).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// CloudFront lists are {Quantity, Items}; each list names its members
const MEMBER = { Aliases: 'CNAME', Origins: 'Origin', AllowedMethods: 'Method', CachedMethods: 'Method',
  CacheBehaviors: 'CacheBehavior', CustomErrorResponses: 'CustomErrorResponse', Headers: 'Name', Items: 'Item' };
function toXml(name, value) {
  if (value === null || value === undefined) return `<${name}/>`;
  if (Array.isArray(value)) return value.map(v => toXml(name, v)).join('');
  if (typeof value === 'object') {
    let inner = '';
    for (const [k, v] of Object.entries(value)) {
      if (k === 'Items' && Array.isArray(v)) inner += `<Items>${v.map(i => toXml(MEMBER[name] ?? 'Item', i)).join('')}</Items>`;
      else inner += toXml(k, v);
    }
    return `<${name}>${inner}</${name}>`;
  }
  return `<${name}>${xmlEscape(value)}</${name}>`;
}

// a small page, so the demo's ten services already take two pages of GetCostAndUsage, as a long bill does on AWS
const COST_GROUPS_PER_PAGE = 8;

// --- IAM, RDS, CloudWatch (AWS Query protocol: form POST, XML answers) and SESv2 (REST-JSON) ------------------
// Answered from --inventory DIR: iam-credential-report.csv, rds-instances.json, cloudwatch-metrics.json,
// ses-account.json. Tests steer it through POST /__account {"data": {file: content}, "faults": {"Action": {"count": n,
// "code": "Throttling"}}, "metricResultsPerPage": n}, read GET /__account/calls and POST /__account/reset (back to the files).
const account = { data: {}, faults: {}, calls: {}, metricResultsPerPage: 500, reportState: null, costGroupsPerPage: COST_GROUPS_PER_PAGE };
function accountFile(name, fallback) {
  if (name in account.data) return account.data[name];
  const dir = args.inventory;
  const file = dir ? path.join(dir, name) : null;
  if (!file || !fs.existsSync(file)) return fallback;
  const text = fs.readFileSync(file, 'utf8');
  return name.endsWith('.json') ? JSON.parse(text) : text;
}
const QUERY_NS = { GenerateCredentialReport: 'https://iam.amazonaws.com/doc/2010-05-08/',
  GetCredentialReport: 'https://iam.amazonaws.com/doc/2010-05-08/', DescribeDBInstances: 'http://rds.amazonaws.com/doc/2014-10-31/',
  GetMetricData: 'http://monitoring.amazonaws.com/doc/2010-08-01/' };
// Query-protocol lists name their members: RDS's by the type, the others "member"
const QUERY_MEMBER = { DBInstances: 'DBInstance', TagList: 'Tag', VpcSecurityGroups: 'VpcSecurityGroupMembership' };
function queryXml(name, value) {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return `<${name}>${value.map(v => queryXml(QUERY_MEMBER[name] ?? 'member', v)).join('')}</${name}>`;
  if (typeof value === 'object') return `<${name}>${Object.entries(value).map(([k, v]) => queryXml(k, v)).join('')}</${name}>`;
  return `<${name}>${xmlEscape(value)}</${name}>`;
}
function queryReply(res, action, result) {
  res.writeHead(200, { 'content-type': 'text/xml', 'x-amzn-requestid': 'local-account' });
  res.end(`<${action}Response xmlns="${QUERY_NS[action]}"><${action}Result>${result}</${action}Result>`
    + `<ResponseMetadata><RequestId>local-account</RequestId></ResponseMetadata></${action}Response>`);
}
function queryError(res, status, code, message) {
  res.writeHead(status, { 'content-type': 'text/xml', 'x-amzn-requestid': 'local-account' });
  res.end(`<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${xmlEscape(message)}</Message></Error>`
    + `<RequestId>local-account</RequestId></ErrorResponse>`);
}
/** A fault planted for this action answers instead of the data, as many times as planted. */
function plantedFault(action) {
  account.calls[action] = (account.calls[action] ?? 0) + 1;
  const f = account.faults[action];
  if (!f || f.count <= 0) return null;
  f.count -= 1;
  return f.code ?? 'Throttling';
}
const FAULT_STATUS = { Throttling: 400, ThrottlingException: 400, AccessDenied: 403, AccessDeniedException: 403, TooManyRequestsException: 429 };

function answerQuery(res, form) {
  const action = form.get('Action');
  const fault = plantedFault(action);
  if (fault) return queryError(res, FAULT_STATUS[fault] ?? 400, fault, fault === 'Throttling' ? 'Rate exceeded' : `planted ${fault}`);
  switch (action) {
    case 'GenerateCredentialReport': {
      // as AWS: STARTED on the first request, COMPLETE once generated
      const state = account.reportState === null ? 'STARTED' : 'COMPLETE';
      account.reportState = 'COMPLETE';
      return queryReply(res, action, `<State>${state}</State><Description>No report exists. Starting a new report generation task</Description>`);
    }
    case 'GetCredentialReport': {
      const csv = accountFile('iam-credential-report.csv', null);
      if (csv === null || account.reportState !== 'COMPLETE') return queryError(res, 410, 'ReportNotPresent', 'Credential report not present');
      return queryReply(res, action, `<Content>${Buffer.from(csv, 'utf8').toString('base64')}</Content>`
        + `<ReportFormat>text/csv</ReportFormat><GeneratedTime>${accountFile('iam-report-time.txt', '2026-11-23T14:00:00Z').trim()}</GeneratedTime>`);
    }
    case 'DescribeDBInstances': {
      const all = accountFile('rds-instances.json', []);
      const max = Number(form.get('MaxRecords') ?? 100);
      if (max < 20 || max > 100) return queryError(res, 400, 'InvalidParameterValue', 'MaxRecords must be between 20 and 100');
      const start = Number(form.get('Marker') ?? 0);
      const next = start + max < all.length ? String(start + max) : null;
      return queryReply(res, action, queryXml('DBInstances', all.slice(start, start + max)) + (next ? `<Marker>${next}</Marker>` : ''));
    }
    case 'GetMetricData': return answerMetricData(res, form);
    default: return queryError(res, 400, 'InvalidAction', `local account server does not serve action ${action}`);
  }
}

/** GetMetricData over cloudwatch-metrics.json: each query's datapoints in [StartTime, EndTime) as one period's statistic. */
function answerMetricData(res, form) {
  const metrics = accountFile('cloudwatch-metrics.json', []);
  const start = Date.parse(form.get('StartTime'));
  const end = Date.parse(form.get('EndTime'));
  const queries = [];
  for (let i = 1; form.has(`MetricDataQueries.member.${i}.Id`); i++) {
    const q = `MetricDataQueries.member.${i}.MetricStat.`;
    const dims = {};
    for (let d = 1; form.has(`${q}Metric.Dimensions.member.${d}.Name`); d++) {
      dims[form.get(`${q}Metric.Dimensions.member.${d}.Name`)] = form.get(`${q}Metric.Dimensions.member.${d}.Value`);
    }
    queries.push({ id: form.get(`MetricDataQueries.member.${i}.Id`), namespace: form.get(`${q}Metric.Namespace`),
      metric: form.get(`${q}Metric.MetricName`), stat: form.get(`${q}Stat`), dims });
  }
  if (queries.length > 500) return queryError(res, 400, 'InvalidParameterValue', 'The collection MetricDataQueries must not have a size greater than 500.');
  const from = Number(form.get('NextToken') ?? 0);
  const page = queries.slice(from, from + account.metricResultsPerPage);
  const results = page.map(q => {
    const series = metrics.find(m => m.Namespace === q.namespace && m.MetricName === q.metric
      && Object.entries(q.dims).every(([k, v]) => m.Dimensions?.[k] === v));
    const values = (series?.Datapoints ?? []).filter(([t]) => Date.parse(t) >= start && Date.parse(t) < end).map(([, v]) => v);
    let value = null;
    if (values.length) {
      if (q.stat === 'Average') value = values.reduce((a, b) => a + b, 0) / values.length;
      else if (q.stat === 'Maximum') value = Math.max(...values);
      // pNN: the datapoints stand for the samples (a Duration per invocation), the nearest-rank percentile of them
      else if (/^p\d+(\.\d+)?$/.test(q.stat)) {
        const sorted = [...values].sort((a, b) => a - b);
        value = sorted[Math.max(0, Math.ceil(Number(q.stat.slice(1)) / 100 * sorted.length) - 1)];
      }
      else value = values.reduce((a, b) => a + b, 0);
    }
    return `<member><Id>${xmlEscape(q.id)}</Id><Label>${xmlEscape(q.metric)}</Label>`
      + (value === null ? '<Timestamps/><Values/>' : `<Timestamps><member>${new Date(start).toISOString()}</member></Timestamps><Values><member>${value}</member></Values>`)
      + '<StatusCode>Complete</StatusCode></member>';
  }).join('');
  const next = from + account.metricResultsPerPage < queries.length ? String(from + account.metricResultsPerPage) : null;
  return queryReply(res, 'GetMetricData', `<MetricDataResults>${results}</MetricDataResults><Messages/>`
    + (next ? `<NextToken>${next}</NextToken>` : ''));
}

/** SESv2 (REST-JSON) reads of ses-account.json: the account, its suppression list and configuration sets, paged. */
function answerSesV2(res, url, json) {
  const p = url.pathname;
  const action = p === '/v2/email/account' ? 'GetAccount' : p === '/v2/email/suppression/addresses' ? 'ListSuppressedDestinations'
    : p === '/v2/email/configuration-sets' ? 'ListConfigurationSets' : null;
  if (!action) return json(res, 404, { message: `local account server does not serve GET ${p}` }, 'NotFoundException');
  const fault = plantedFault(action);
  if (fault) return json(res, FAULT_STATUS[fault] ?? 400, { message: fault === 'TooManyRequestsException' ? 'Too Many Requests' : `planted ${fault}` }, fault);
  const ses = accountFile('ses-account.json', { Account: {}, SuppressedDestinations: [], ConfigurationSets: [] });
  if (action === 'GetAccount') return json(res, 200, ses.Account);
  const list = action === 'ListConfigurationSets' ? ses.ConfigurationSets : ses.SuppressedDestinations;
  const size = Number(url.searchParams.get('PageSize') ?? (action === 'ListConfigurationSets' ? 100 : 1000));
  const start = Number(url.searchParams.get('NextToken') ?? 0);
  const next = start + size < list.length ? String(start + size) : undefined;
  const items = list.slice(start, start + size);
  const body = action === 'ListConfigurationSets' ? { ConfigurationSets: items }
    : { SuppressedDestinationSummaries: items.map(d => ({ ...d, LastUpdateTime: Date.parse(d.LastUpdateTime) / 1000 })) };
  return json(res, 200, next ? { ...body, NextToken: next } : body);
}

/**
 * Cost Explorer (JSON 1.1) over cost-explorer.json: {"ResultsByMonth": {"2026-10": {"SERVICE": {name: amount},
 * "TAG:business": {value: amount}}}, "Forecast": {"2026-11": {"DailyMean": amount}}}. GetCostAndUsage answers MONTHLY
 * UnblendedCost grouped by SERVICE or one TAG, every month of the time period (a month without data: no groups),
 * account.costGroupsPerPage groups a page; calls are counted per action and per action and month
 * ("GetCostAndUsage 2026-10"). GetCostForecast answers the daily mean times the days of its period.
 */
function answerCostExplorer(res, action, request) {
  const reply = (status, body, errorType) => {
    const headers = { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'local-cost-explorer' };
    if (errorType) headers['x-amzn-errortype'] = errorType;
    res.writeHead(status, headers);
    res.end(JSON.stringify(errorType ? { __type: errorType, message: body } : body));
  };
  const start = request.TimePeriod?.Start;
  const end = request.TimePeriod?.End;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start ?? '') || !/^\d{4}-\d{2}-\d{2}$/.test(end ?? '') || start >= end) {
    return reply(400, `invalid time period ${start} to ${end}`, 'ValidationException');
  }
  const monthKey = `${action} ${start.slice(0, 7)}`;
  account.calls[monthKey] = (account.calls[monthKey] ?? 0) + 1;
  const fault = plantedFault(action);
  if (fault) return reply(FAULT_STATUS[fault] ?? 400, fault.endsWith('ThrottlingException') || fault === 'LimitExceededException'
    ? 'Rate exceeded' : `planted ${fault}`, fault);
  const data = accountFile('cost-explorer.json', { ResultsByMonth: {}, Forecast: {} });
  if (action === 'GetCostForecast') {
    const daily = data.Forecast?.[start.slice(0, 7)]?.DailyMean;
    if (daily === undefined) return reply(400, 'Insufficient amount of historical data to generate forecast.', 'DataUnavailableException');
    const days = Math.round((Date.parse(end) - Date.parse(start)) / 86400000);
    const amount = (Number(daily) * days).toFixed(10);
    return reply(200, { Total: { Amount: amount, Unit: 'USD' },
      ForecastResultsByTime: [{ TimePeriod: { Start: start, End: end }, MeanValue: amount }] });
  }
  if (action !== 'GetCostAndUsage') return reply(400, `local server does not serve Cost Explorer ${action}`, 'UnknownOperationException');
  const group = request.GroupBy?.[0];
  if (request.Granularity !== 'MONTHLY' || !request.Metrics?.includes('UnblendedCost') || request.GroupBy?.length !== 1
    || !['DIMENSION', 'TAG'].includes(group.Type) || (group.Type === 'DIMENSION' && group.Key !== 'SERVICE')) {
    return reply(400, 'local server answers MONTHLY UnblendedCost grouped by SERVICE or one TAG', 'ValidationException');
  }
  const grouping = group.Type === 'TAG' ? `TAG:${group.Key}` : 'SERVICE';
  // every (month, group) of the period in order, paged across months as AWS does
  const rows = [];
  const months = [];
  for (let m = start.slice(0, 7); `${m}-01` < end; m = nextMonth(m)) {
    months.push(m);
    const amounts = data.ResultsByMonth?.[m]?.[grouping] ?? {};
    for (const [key, amount] of Object.entries(amounts)) {
      rows.push({ month: m, group: { Keys: [group.Type === 'TAG' ? `${group.Key}$${key}` : key],
        Metrics: { UnblendedCost: { Amount: amount, Unit: 'USD' } } } });
    }
  }
  const from = Number(request.NextPageToken ?? 0);
  const size = account.costGroupsPerPage;
  const page = rows.slice(from, from + size);
  const next = from + size < rows.length ? String(from + size) : undefined;
  const shown = from === 0 ? months : [...new Set(page.map(r => r.month))];
  const results = shown.map(m => ({ TimePeriod: { Start: m + '-01', End: nextMonth(m) + '-01' < end ? nextMonth(m) + '-01' : end },
    Total: {}, Groups: page.filter(r => r.month === m).map(r => r.group), Estimated: false }));
  const body = { GroupDefinitions: [{ Type: group.Type, Key: group.Key }], ResultsByTime: results, DimensionValueAttributes: [] };
  return reply(200, next ? { ...body, NextPageToken: next } : body);
}
const nextMonth = m => { const [y, mo] = m.split('-').map(Number); return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`; };
// --- Lambda deployment packages (GetFunction, GetLayerVersion and the pre-signed download) ---------------------
/** A zip of a folder's files (deflated, entries in name order, fixed times): the same bytes on every start. */
function zipFolder(dir) {
  const files = [];
  const walk = d => fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)).forEach(e => {
    const f = path.join(d, e.name);
    if (e.isDirectory()) walk(f); else files.push(f);
  });
  walk(dir);
  return zipEntries(files.map(f => [path.relative(dir, f).split(path.sep).join('/'), fs.readFileSync(f)]));
}
function zipEntries(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = zlib.deflateRawSync(data);
    const crc = zlib.crc32(data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0); head.writeUInt16LE(20, 4); head.writeUInt16LE(0x0800, 6); head.writeUInt16LE(8, 8);
    head.writeUInt16LE(0, 10); head.writeUInt16LE(0x21, 12); head.writeUInt32LE(crc, 14); head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(data.length, 22); head.writeUInt16LE(nameBytes.length, 26); head.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10); central.writeUInt16LE(0, 12); central.writeUInt16LE(0x21, 14); central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20); central.writeUInt32LE(data.length, 24); central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(head, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += head.length + nameBytes.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}
const packageCache = new Map();
/** The package of a function or a layer version: a planted folder zipped, or a small clean handler. */
function packageBytes(kind, name) {
  const key = `${kind}/${name}`;
  if (packageCache.has(key)) return packageCache.get(key);
  const dir = args.packages ? path.join(args.packages, kind === 'layer' ? `layers/${name}.zip` : `${name}.zip`) : null;
  const bytes = dir && fs.existsSync(dir) ? zipFolder(dir)
    : zipEntries([[kind === 'layer' ? 'nodejs/package.json' : 'index.js',
      Buffer.from(kind === 'layer' ? `{"name": "${name}", "version": "1.0.0"}\n` : 'exports.handler = async () => ({ statusCode: 200 });\n')]]);
  packageCache.set(key, bytes);
  return bytes;
}
const sha256b64 = b => crypto.createHash('sha256').update(b).digest('base64');
/** A URL on this server shaped like an S3 pre-signed one (its query string is what a log must never show). */
function presigned(req, kind, name) {
  const date = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  const signature = crypto.createHash('sha256').update(`${kind}/${name}/${date}`).digest('hex');
  return `http://${req.headers.host}/__packages/${kind}/${encodeURIComponent(name)}?X-Amz-Security-Token=local-session`
    + `&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=${date}&X-Amz-SignedHeaders=host&X-Amz-Expires=600`
    + `&X-Amz-Credential=local%2F${date.slice(0, 8)}%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Signature=${signature}`;
}
/** A function's CodeSha256: as its inventory entry declares it, else that of the package served. */
function codeSha256(f) {
  return f.CodeSha256 ?? sha256b64(packageBytes('function', f.FunctionName));
}
function answerLambdaCode(req, res, p, url, json, functions) {
  let m;
  if ((m = /^\/2015-03-31\/functions\/([^/]+)$/.exec(p))) {
    const fault = plantedFault('GetFunction');
    if (fault) return json(res, FAULT_STATUS[fault] ?? 400, { Type: 'User', message: fault === 'TooManyRequestsException' ? 'Rate exceeded' : `planted ${fault}` }, fault);
    const listed = account.data['lambda-functions.json'] ?? functions;
    const f = listed.find(x => x.FunctionName === m[1] || x.FunctionArn === m[1]);
    if (!f) return json(res, 404, { Type: 'User', Message: `Function not found: ${m[1]}` }, 'ResourceNotFoundException');
    const { Tags, FunctionUrlConfig, ...config } = f;
    return json(res, 200, { Configuration: { ...config, CodeSha256: codeSha256(f) },
      Code: { RepositoryType: 'S3', Location: presigned(req, 'function', f.FunctionName) }, Tags: Tags ?? {} });
  }
  if ((m = /^\/2018-10-31\/layers\/(.+)\/versions\/(\d+)$/.exec(p))) {
    const fault = plantedFault('GetLayerVersion');
    if (fault) return json(res, FAULT_STATUS[fault] ?? 400, { Type: 'User', message: `planted ${fault}` }, fault);
    // the layer name, or its ARN without the version
    const name = m[1].includes(':layer:') ? m[1].split(':layer:')[1] : m[1];
    const arn = m[1].includes(':layer:') ? m[1] : `arn:aws:lambda:us-west-2:482913765024:layer:${name}`;
    const bytes = packageBytes('layer', `${name}-${m[2]}`);
    return json(res, 200, { Content: { Location: presigned(req, 'layer', `${name}-${m[2]}`), CodeSha256: sha256b64(bytes), CodeSize: bytes.length },
      LayerArn: arn, LayerVersionArn: `${arn}:${m[2]}`, Description: '', CreatedDate: '2026-01-12T10:00:00.000+0000',
      Version: Number(m[2]), CompatibleRuntimes: ['nodejs16.x'] });
  }
  if ((m = /^\/__packages\/(function|layer)\/(.+)$/.exec(p))) {
    if (!url.searchParams.get('X-Amz-Signature')) {
      res.writeHead(403, { 'content-type': 'application/xml' });
      return res.end('<Error><Code>AccessDenied</Code><Message>Request has expired or is not signed</Message></Error>');
    }
    account.calls.PackageDownload = (account.calls.PackageDownload ?? 0) + 1;
    const bytes = packageBytes(m[1], m[2]);
    res.writeHead(200, { 'content-type': 'application/zip', 'content-length': bytes.length });
    return res.end(bytes);
  }
  return null;
}

function inventoryServer() {
  const functions = readInventory('lambda-functions.json');
  const distributions = readInventory('cloudfront-distributions.json');
  const json = (res, status, body, errorType) => {
    const headers = { 'content-type': 'application/json', 'x-amzn-requestid': 'local-inventory' };
    if (errorType) headers['x-amzn-errortype'] = errorType;
    res.writeHead(status, headers);
    res.end(JSON.stringify(body));
  };
  const xml = (res, body) => {
    res.writeHead(200, { 'content-type': 'text/xml', 'x-amz-request-id': 'local-inventory' });
    res.end('<?xml version="1.0" encoding="UTF-8"?>\n' + body);
  };
  return http.createServer((req, res) => {
    if (req.method === 'POST') {
      const chunks = [];
      req.on('data', c => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        if (req.url === '/__account/reset') {
          Object.assign(account, { data: {}, faults: {}, calls: {}, metricResultsPerPage: 500, reportState: null,
            costGroupsPerPage: COST_GROUPS_PER_PAGE });
          return json(res, 200, {});
        }
        if (req.url === '/__account') {
          const steer = JSON.parse(body || '{}');
          Object.assign(account.data, steer.data ?? {});
          Object.assign(account.faults, steer.faults ?? {});
          if (steer.metricResultsPerPage) account.metricResultsPerPage = steer.metricResultsPerPage;
          if (steer.costGroupsPerPage) account.costGroupsPerPage = steer.costGroupsPerPage;
          return json(res, 200, {});
        }
        const target = req.headers['x-amz-target'] ?? '';
        if (target.startsWith('AWSInsightsIndexService.')) return answerCostExplorer(res, target.split('.')[1], JSON.parse(body || '{}'));
        const form = new URLSearchParams(body);
        // the region the call was signed for (CloudFront's metrics are only in us-east-1): counted as Action@region
        const region = /Credential=[^/]+\/\d+\/([^/]+)\//.exec(req.headers.authorization ?? '')?.[1];
        if (region) account.calls[`${form.get('Action')}@${region}`] = (account.calls[`${form.get('Action')}@${region}`] ?? 0) + 1;
        answerQuery(res, form);
      });
      return;
    }
    const url = new URL(req.url, 'http://local');
    const p = decodeURIComponent(url.pathname);
    let m;
    if (req.method === 'GET' && p === '/__account/calls') return json(res, 200, account.calls);
    if (req.method === 'GET' && p.startsWith('/v2/email/')) return answerSesV2(res, url, json);
    if (req.method === 'GET' && (/^\/2015-03-31\/functions\/[^/]+$/.test(p) || p.startsWith('/2018-10-31/layers/') || p.startsWith('/__packages/'))) {
      return answerLambdaCode(req, res, p, url, json, functions);
    }
    if (req.method === 'GET' && /^\/2015-03-31\/functions\/?$/.test(p)) {
      const max = Number(url.searchParams.get('MaxItems') ?? 50);
      const start = Number(url.searchParams.get('Marker') ?? 0);
      // a test may steer a longer list (POST /__account {"data": {"lambda-functions.json": [...]}})
      const listed = account.data['lambda-functions.json'] ?? functions;
      const page = listed.slice(start, start + max).map(({ Tags, FunctionUrlConfig, ...config }) => ({ ...config, CodeSha256: codeSha256(config) }));
      const next = start + max < listed.length ? String(start + max) : undefined;
      return json(res, 200, next ? { Functions: page, NextMarker: next } : { Functions: page });
    }
    if (req.method === 'GET' && (m = /^\/2021-10-31\/functions\/([^/]+)\/url$/.exec(p))) {
      const f = functions.find(x => x.FunctionName === m[1] || x.FunctionArn === m[1]);
      if (!f) return json(res, 404, { Type: 'User', Message: `Function not found: ${m[1]}` }, 'ResourceNotFoundException');
      if (!f.FunctionUrlConfig) return json(res, 404, { Type: 'User', Message: 'The resource you requested does not exist.' }, 'ResourceNotFoundException');
      return json(res, 200, f.FunctionUrlConfig);
    }
    if (req.method === 'GET' && (m = /^\/2017-03-31\/tags\/(.+)$/.exec(p))) {
      const f = functions.find(x => x.FunctionArn === m[1]);
      if (!f) return json(res, 404, { Type: 'User', Message: `Resource not found: ${m[1]}` }, 'ResourceNotFoundException');
      return json(res, 200, { Tags: f.Tags ?? {} });
    }
    if (req.method === 'GET' && /^\/2020-05-31\/distribution\/?$/.test(p)) {
      // a test may refuse the listing (POST /__account {"faults": {"ListDistributions": {"count": 1, "code": "AccessDenied"}}})
      const fault = plantedFault('ListDistributions');
      if (fault) return queryError(res, FAULT_STATUS[fault] ?? 400, fault, `planted ${fault}`);
      const items = distributions.map(({ business, ...d }) => toXml('DistributionSummary', d)).join('');
      return xml(res, `<DistributionList xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/"><Marker></Marker>`
        + `<MaxItems>100</MaxItems><IsTruncated>false</IsTruncated><Quantity>${distributions.length}</Quantity>`
        + `<Items>${items}</Items></DistributionList>`);
    }
    if (req.method === 'GET' && /^\/2020-05-31\/tagging\/?$/.test(p)) {
      const d = distributions.find(x => x.ARN === url.searchParams.get('Resource'));
      const tags = d && d.business ? `<Tag><Key>business</Key><Value>${xmlEscape(d.business)}</Value></Tag>` : '';
      return xml(res, `<Tags xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/"><Items>${tags}</Items></Tags>`);
    }
    json(res, 404, { Type: 'User', Message: `local inventory does not serve ${req.method} ${p}` }, 'UnknownOperationException');
  });
}

async function startInventory() {
  const port = await portOf('inventory');
  await listen(inventoryServer(), port);
  return `http://${HOST}:${port}`;
}

// --- SNS (ops alerts' second path) -------------------------------------------------------------------------
function snsServer() {
  const REGION = 'us-west-2';
  const ACCOUNT = '000000000000';
  const topics = new Set();
  const messages = [];
  const NS = 'http://sns.amazonaws.com/doc/2010-03-31/';
  const reply = (res, action, result) => {
    res.writeHead(200, { 'content-type': 'text/xml' });
    res.end(`<${action}Response xmlns="${NS}"><${action}Result>${result}</${action}Result>`
      + `<ResponseMetadata><RequestId>${crypto.randomUUID()}</RequestId></ResponseMetadata></${action}Response>`);
  };
  const error = (res, status, code, message) => {
    res.writeHead(status, { 'content-type': 'text/xml' });
    res.end(`<ErrorResponse xmlns="${NS}"><Error><Type>Sender</Type><Code>${code}</Code><Message>${xmlEscape(message)}</Message></Error>`
      + `<RequestId>${crypto.randomUUID()}</RequestId></ErrorResponse>`);
  };
  return http.createServer((req, res) => {
    const chunks = [];
    req.on('data', c => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'GET' && req.url === '/__messages') {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ messages }));
      }
      if (req.method === 'POST' && req.url === '/__clear') {
        messages.length = 0;
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end('{}');
      }
      if (req.method === 'GET' && req.url === '/health-check') { res.writeHead(200); return res.end('ok'); }
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      switch (form.get('Action')) {
        case 'CreateTopic': {
          const name = form.get('Name') ?? '';
          if (!/^[A-Za-z0-9_-]{1,256}(\.fifo)?$/.test(name)) return error(res, 400, 'InvalidParameter', `Invalid parameter: Topic Name`);
          const arn = `arn:aws:sns:${REGION}:${ACCOUNT}:${name}`;
          topics.add(arn);
          return reply(res, 'CreateTopic', `<TopicArn>${xmlEscape(arn)}</TopicArn>`);
        }
        case 'ListTopics':
          return reply(res, 'ListTopics', `<Topics>${[...topics].map(t => `<member><TopicArn>${xmlEscape(t)}</TopicArn></member>`).join('')}</Topics>`);
        case 'Publish': {
          const arn = form.get('TopicArn');
          if (!topics.has(arn)) return error(res, 404, 'NotFound', 'Topic does not exist');
          const message = form.get('Message');
          if (!message) return error(res, 400, 'InvalidParameter', 'Invalid parameter: Empty message');
          const subject = form.get('Subject');
          if (subject && (subject.length > 100 || /[\r\n]/.test(subject))) return error(res, 400, 'InvalidParameter', 'Invalid parameter: Subject');
          const id = crypto.randomUUID();
          messages.push({ messageId: id, topicArn: arn, subject, message, at: new Date().toISOString() });
          return reply(res, 'Publish', `<MessageId>${id}</MessageId>`);
        }
        default:
          return error(res, 400, 'InvalidAction', `local SNS does not serve action ${form.get('Action')}`);
      }
    });
  });
}

async function startSns() {
  const port = await portOf('sns');
  await listen(snsServer(), port);
  return `http://${HOST}:${port}`;
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
  const [dynamodb, ses, s3, inventory, sns] = await Promise.all([startDynamo(), startSes(), startS3(), startInventory(), startSns()]);
  const endpoints = { dynamodb, s3, ses, sns, lambda: inventory, cloudfront: inventory, iam: inventory, rds: inventory,
    cloudwatch: inventory, sesv2: inventory, ce: inventory, pid: process.pid };
  if (args['write-env']) {
    fs.writeFileSync(args['write-env'], `AWS_ENDPOINT_DYNAMODB=${dynamodb}\nAWS_ENDPOINT_S3=${s3}\nAWS_ENDPOINT_SES=${ses}\n`
      + `AWS_ENDPOINT_SNS=${sns}\nAWS_ENDPOINT_LAMBDA=${inventory}\nAWS_ENDPOINT_CLOUDFRONT=${inventory}\n`
      + `AWS_ENDPOINT_IAM=${inventory}\nAWS_ENDPOINT_RDS=${inventory}\nAWS_ENDPOINT_CLOUDWATCH=${inventory}\nAWS_ENDPOINT_SESV2=${inventory}\nAWS_ENDPOINT_CE=${inventory}\nLOCAL_AWS_PID=${process.pid}\n`);
  }
  process.stdout.write(JSON.stringify(endpoints) + '\n');
  log(`ready: dynamodb ${dynamodb}, s3 ${s3}, ses ${ses} (mailbox ${ses}/), sns ${sns}, lambda+cloudfront+iam+rds+cloudwatch+sesv2+ce ${inventory}`);
} catch (e) {
  log(`failed to start: ${e.message}`);
  await stop(1);
}
