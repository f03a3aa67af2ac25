/**
 * npm run sandbox -- [options]: starts the Mono v2 sandbox alone and prints its URL, secret key and webhook secret.
 * Every flag has an environment variable (SANDBOX_PORT, SANDBOX_SEED, ...) for scripts and containers.
 */
import { Command } from 'commander';
import { startSandbox, type AccountSpec, type FaultProfile, type Quirk } from './server.js';

function parseAccounts(text: string): AccountSpec[] {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return Array.from({ length: Number(trimmed) }, () => ({}));
  try {
    const parsed = JSON.parse(trimmed) as unknown;
    if (!Array.isArray(parsed)) throw new Error('expected a JSON array of AccountSpec');
    return parsed as AccountSpec[];
  } catch (err) {
    throw new Error(`--accounts: give a count or a JSON array of account specs (${(err as Error).message})`, {
      cause: err,
    });
  }
}

function parseJsonObject(flag: string, text: string): Record<string, unknown> {
  try {
    const v = JSON.parse(text) as unknown;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error('expected a JSON object');
    return v as Record<string, unknown>;
  } catch (err) {
    throw new Error(`${flag}: ${(err as Error).message}`, { cause: err });
  }
}

const env = process.env;
const program = new Command()
  .name('sandbox')
  .description('Mono v2 financial-data sandbox (loopback only)')
  .option('--host <host>', 'interface to listen on', env.SANDBOX_HOST ?? '127.0.0.1')
  .option('--port <port>', 'port (0 = any free port)', env.SANDBOX_PORT ?? '4010')
  .option('--seed <n>', 'seed for the generated bank data', env.SANDBOX_SEED ?? '42')
  .option('--time-scale <n>', 'sandbox clock speed relative to real time', env.SANDBOX_TIME_SCALE ?? '1')
  .option('--start-time <iso>', 'sandbox "now" at start (default: real now)', env.SANDBOX_START_TIME)
  .option(
    '--accounts <count|json>',
    'accounts to link at start: a count or a JSON array of AccountSpec',
    env.SANDBOX_ACCOUNTS ?? '2',
  )
  .option('--webhook-url <url>', 'where webhooks are POSTed', env.SANDBOX_WEBHOOK_URL)
  .option('--secret-key <key>', 'the test_sk_ key clients must send as mono-sec-key', env.SANDBOX_SECRET_KEY)
  .option('--webhook-secret <secret>', 'the mono-webhook-secret value', env.SANDBOX_WEBHOOK_SECRET)
  .option('--faults <json>', 'FaultProfile fields as JSON, e.g. {"rate429":0.1}', env.SANDBOX_FAULTS)
  .option('--quirks <list>', 'comma-separated quirks, or "all"', env.SANDBOX_QUIRKS);

async function main(): Promise<void> {
  program.parse();
  const o = program.opts<Record<string, string | undefined>>();
  const num = (flag: string, v: string | undefined) => {
    const n = Number(v);
    if (v === undefined || !Number.isFinite(n)) throw new Error(`--${flag}: expected a number, got "${v}"`);
    return n;
  };
  const quirks: Quirk[] | 'all' | undefined = o.quirks
    ? o.quirks === 'all'
      ? 'all'
      : (o.quirks
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean) as Quirk[])
    : undefined;
  const sb = await startSandbox({
    host: o.host,
    port: num('port', o.port),
    seed: num('seed', o.seed),
    timeScale: num('time-scale', o.timeScale),
    ...(o.startTime ? { startTime: o.startTime } : {}),
    accounts: parseAccounts(o.accounts ?? '0'),
    webhookUrl: o.webhookUrl ?? null,
    ...(o.secretKey ? { secretKey: o.secretKey } : {}),
    ...(o.webhookSecret ? { webhookSecret: o.webhookSecret } : {}),
    ...(o.faults ? { faults: parseJsonObject('--faults', o.faults) as Partial<FaultProfile> } : {}),
    ...(quirks ? { quirks } : {}),
  });
  console.log(`Mono sandbox listening on ${sb.url}`);
  console.log(`  MONO_BASE_URL=${sb.url}`);
  console.log(`  MONO_SECRET_KEY=${sb.secretKey}`);
  console.log(`  MONO_WEBHOOK_SECRET=${sb.webhookSecret}`);
  console.log(`  linked accounts: ${sb.accounts().join(', ') || '(none)'}`);
  console.log(`  sandbox time: ${sb.now().toISOString()}   controls: ${sb.url}/__sandbox/*   Ctrl-C to stop`);
  const stop = () => {
    void sb.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(`sandbox: ${(err as Error).message}`);
  process.exit(1);
});
