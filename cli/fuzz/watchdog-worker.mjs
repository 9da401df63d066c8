// The watchdog's thread (see watchdog.ts): polls the shared state twice a second and, when
// one case has been running longer than the limit, writes it to fd 2 and kills the process.
import { writeSync } from 'node:fs';
import { workerData } from 'node:worker_threads';

const state = new Int32Array(workerData.state);
const text = new Uint8Array(workerData.text);
let seen = -1;
let since = Date.now();
setInterval(() => {
  const active = Atomics.load(state, 0);
  const counter = Atomics.load(state, 1);
  if (!active || counter !== seen) {
    seen = counter;
    since = Date.now();
    return;
  }
  if (Date.now() - since < workerData.limitMs) return;
  const what = Buffer.from(text.slice(0, Atomics.load(state, 2))).toString('utf8');
  writeSync(2, `\nfuzz watchdog: a case has run for ${workerData.limitMs / 1000} s (a hang):\n${what}\n`);
  process.kill(process.pid, 'SIGKILL');
}, 500);
