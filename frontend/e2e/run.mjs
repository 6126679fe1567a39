#!/usr/bin/env node
// Browser tests against the packaged backend (which serves the built web client).
//
//   node e2e/run.mjs                 all e2e/*.spec.mjs
//   node e2e/run.mjs e2e/x.spec.mjs  some of them
//
// Starts `java -jar ../backend/target/quarkus-app/quarkus-run.jar` on a free port with a fresh
// APP_DATA_DIR (its embedded PostgreSQL lives there), waits for /q/health/ready, runs the specs
// with node:test (each spec drives the npm-packaged Chromium through playwright-core, see browser.mjs) and always stops the
// backend: SIGTERM to java so it shuts PostgreSQL down cleanly, then the whole process group if
// anything is left. Set E2E_BASE_URL to test a server that is already running instead.
import { spawn } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { browserLaunchOptions, checkChineseRenders } from './browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const frontend = resolve(here, '..');
const jar = resolve(
  frontend,
  process.env.E2E_BACKEND_JAR ?? '../backend/target/quarkus-app/quarkus-run.jar',
);
const READY_TIMEOUT_MS = Number(process.env.E2E_READY_TIMEOUT_MS ?? 180_000);
const STOP_TIMEOUT_MS = 60_000;
const resultsDir = join(frontend, 'test-results');

const log = (...a) => console.log('[e2e]', ...a);

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

class Backend {
  constructor() {
    this.child = null;
    this.exited = null;
    this.dataDir = null;
  }

  async start() {
    if (!existsSync(jar)) {
      throw new Error(
        `backend jar not found at ${jar}: build it first (./mvnw -pl backend -am package) or set E2E_BASE_URL`,
      );
    }
    const port = await freePort();
    this.dataDir = mkdtempSync(join(tmpdir(), 'dudao-e2e-data-'));
    mkdirSync(resultsDir, { recursive: true });
    const logFile = join(resultsDir, 'e2e-backend.log');
    const out = createWriteStream(logFile);
    log(
      `starting backend on port ${port} (data ${this.dataDir}, log ${relative(process.cwd(), logFile)})`,
    );
    // own process group, so that nothing it starts can outlive this run
    this.child = spawn(process.env.JAVA ?? 'java', ['-jar', jar], {
      cwd: dirname(jar),
      env: { ...process.env, APP_DATA_DIR: this.dataDir, QUARKUS_HTTP_PORT: String(port) },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout.pipe(out);
    this.child.stderr.pipe(out);
    this.exited = new Promise((res) =>
      this.child.once('exit', (code, signal) => res({ code, signal })),
    );
    this.logFile = logFile;
    const baseURL = `http://127.0.0.1:${port}`;
    await this.waitReady(baseURL);
    return baseURL;
  }

  async waitReady(baseURL) {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    let gone = false;
    void this.exited.then(() => (gone = true));
    while (Date.now() < deadline) {
      if (gone) throw new Error(`backend exited before it was ready; see ${this.logFile}`);
      try {
        const res = await fetch(`${baseURL}/q/health/ready`, { signal: AbortSignal.timeout(5000) });
        if (res.status === 200) {
          log(
            `backend ready after ${Math.round((READY_TIMEOUT_MS - (deadline - Date.now())) / 1000)} s`,
          );
          return;
        }
      } catch {
        // not listening yet
      }
      await sleep(1000);
    }
    throw new Error(`backend not ready within ${READY_TIMEOUT_MS / 1000} s; see ${this.logFile}`);
  }

  async stop() {
    const child = this.child;
    if (!child) return;
    this.child = null;
    const pgid = child.pid;
    if (alive(pgid)) {
      log('stopping backend (SIGTERM)');
      try {
        process.kill(pgid, 'SIGTERM');
      } catch {
        // already gone
      }
      const result = await Promise.race([this.exited, sleep(STOP_TIMEOUT_MS).then(() => null)]);
      if (!result) {
        log('backend did not stop in time: SIGKILL');
        try {
          process.kill(-pgid, 'SIGKILL');
        } catch {
          // already gone
        }
        await this.exited;
      } else {
        log(`backend stopped (${result.signal ?? `exit ${result.code}`})`);
      }
    }
    // anything left in its group (an orphaned postmaster, say) goes too
    if (groupAlive(pgid)) {
      log('cleaning up leftover processes of the backend');
      try {
        process.kill(-pgid, 'SIGTERM');
      } catch {
        // gone
      }
      for (let i = 0; i < 20 && groupAlive(pgid); i++) await sleep(500);
      if (groupAlive(pgid)) {
        try {
          process.kill(-pgid, 'SIGKILL');
        } catch {
          // gone
        }
      }
    }
    if (this.dataDir) rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** Starts the browser once before anything else, so a missing browser or CJK font fails in seconds. */
async function preflightBrowser() {
  const options = await browserLaunchOptions();
  log(`browser ${options.executablePath}`);
  const browser = await chromium.launch(options);
  try {
    await checkChineseRenders(await browser.newPage());
  } finally {
    await browser.close();
  }
}

function runSpecs(files, baseURL) {
  return new Promise((res) => {
    const child = spawn(
      process.execPath,
      ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files],
      { cwd: frontend, stdio: 'inherit', env: { ...process.env, E2E_BASE_URL: baseURL } },
    );
    child.once('exit', (code, signal) => res(code ?? (signal ? 1 : 0)));
  });
}

async function main() {
  const args = process.argv.slice(2);
  const files = args.length
    ? args.map((f) => resolve(process.cwd(), f))
    : readdirSync(here)
        .filter((f) => f.endsWith('.spec.mjs'))
        .sort()
        .map((f) => join(here, f));
  if (files.length === 0) throw new Error('no e2e/*.spec.mjs found');
  await preflightBrowser();

  const backend = new Backend();
  let stopping = false;
  const stopAndExit = async (code) => {
    if (stopping) return;
    stopping = true;
    await backend.stop().catch((e) => console.error('[e2e] stopping backend failed:', e));
    process.exit(code);
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => void stopAndExit(130));

  let code = 1;
  try {
    const external = process.env.E2E_BASE_URL;
    const baseURL = external ? external.replace(/\/$/, '') : await backend.start();
    if (external) log(`using running server ${baseURL}`);
    code = await runSpecs(files, baseURL);
  } catch (e) {
    console.error('[e2e]', e instanceof Error ? e.message : e);
    code = 1;
  }
  await stopAndExit(code);
}

void main();
