#!/usr/bin/env node
// Provisions Tryton 8.2 (trytond with the accounting, invoicing and statement modules, and proteus) into a
// project-local virtualenv, .tools/tryton, for the Tryton tests and `npm run bench:ledgers`. Not run by npm install:
// most developers never need it, and CI runs it from .ci/run. Idempotent: a venv that already answers is kept.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SERIES = '8.2';
const PACKAGES = [
  `trytond>=${SERIES},<8.3`,
  `trytond-account>=${SERIES},<8.3`,
  `trytond-account-invoice>=${SERIES},<8.3`,
  `trytond-account-statement>=${SERIES},<8.3`,
  `proteus>=${SERIES},<8.3`,
];
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const venv = process.env.BANKFEED_TRYTON_VENV ?? join(root, '.tools', 'tryton');
const bin = (name) => join(venv, 'bin', name);

function run(cmd, args, what) {
  const r = spawnSync(cmd, args, {
    stdio: 'inherit',
    timeout: 600_000,
    env: { ...process.env, PIP_DEFAULT_TIMEOUT: '60', PIP_DISABLE_PIP_VERSION_CHECK: '1' },
  });
  if (r.status !== 0) {
    console.error(`[bankfeed] ${what} failed (exit ${r.status ?? r.signal})`);
    process.exit(1);
  }
}

function version() {
  if (!existsSync(bin('trytond'))) return null;
  const r = spawnSync(bin('trytond'), ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return r.status === 0 ? r.stdout.trim().split(/\s+/).pop() : null;
}

const have = version();
if (have?.startsWith(`${SERIES}.`) && existsSync(bin('python'))) {
  console.log(`[bankfeed] Tryton ${have} present in ${venv}`);
  process.exit(0);
}
const python = ['python3', 'python'].find((p) => spawnSync(p, ['--version']).status === 0);
if (!python) {
  console.error('[bankfeed] Tryton needs Python 3.9+ (python3 with the venv module); install it, then run this again');
  process.exit(1);
}
console.log(`[bankfeed] installing Tryton ${SERIES} into ${venv} …`);
run(python, ['-m', 'venv', venv], 'python3 -m venv (Debian: apt-get install python3-venv)');
run(bin('python'), ['-m', 'pip', 'install', '--quiet', '--no-input', ...PACKAGES], 'pip install of Tryton');
const now = version();
if (!now?.startsWith(`${SERIES}.`)) {
  console.error(`[bankfeed] trytond in ${venv} reports "${now}", expected ${SERIES}.x`);
  process.exit(1);
}
console.log(`[bankfeed] Tryton ${now} ready: ${bin('trytond')}`);
