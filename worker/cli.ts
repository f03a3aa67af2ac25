import { Command, CommanderError, Option } from 'commander';
import type { CliContext } from './cli-context.js';
import type { InputAccountSettings } from './commands/input-account-settings.js';
import { EXIT, exitCodeOf, UsageError } from './exit-codes.js';
import { registerCollectCommands } from './commands/collect-command-line.js';
import { registerLedgerCommands } from './commands/ledger-command-line.js';
import { registerMonoDataCommands } from './commands/mono-data-command-line.js';
import { registerStatusCommand } from './commands/status-command-line.js';
import { registerUserCommands } from './commands/users-command-line.js';

export { EXIT } from './exit-codes.js';

type Action = (ctx: CliContext) => Promise<number>;

/*
 * Only the command line is built here: every command's module (and what it pulls in: the Temporal SDK, adapters,
 * database drivers) is imported inside its action, so `bankfeed --help` and a mistyped option answer at once.
 */

/** A repeatable option's values, in the order given. */
const collect = (value: string, previous: string[]) => [...previous, value];

export async function main(argv: string[]): Promise<number> {
  // `status` first: cron runs it and it must answer at once, before the other commands' modules load (seconds).
  if (argv[2] === 'status') return (await import('./commands/status-command.js')).runStatusOnly(argv);
  const program = new Command();
  let code: number = EXIT.ok;
  let ctx: CliContext | undefined;
  const withCtx = (fn: Action) => async () => {
    // Loaded on first use: the context pulls in the composition root, seconds of imports a light command skips.
    ctx ??= new (await import('./cli-context.js')).CliContext();
    code = await fn(ctx);
  };
  const json = () => new Option('--json', 'machine-readable output');

  program
    .name('bankfeed')
    .description('Bank feeds from Mono into your books: durable sync, reconciliation and reports')
    .exitOverride()
    .showHelpAfterError();

  program
    .command('start')
    .description(
      'run everything on this machine: embedded Temporal, the Mono sandbox and demo (without MONO_SECRET_KEY), worker, webhooks, reports',
    )
    .option('--once', 'exit after the first pass (backfill, reconcile, reports); non-zero on failure')
    .option('--no-web', 'do not serve the review web app')
    .option('--verbose', 'every log record on the console, with details and stack traces (always in the log file)')
    .action(async (o: { once?: boolean; web?: boolean; verbose?: boolean }) => {
      const [{ loadSettings }, { createLogger }, { watchStorage }] = await Promise.all([
        import('./settings.js'),
        import('./logger.js'),
        import('./storage-errors.js'),
      ]);
      const settings = loadSettings();
      const storage = watchStorage();
      const logger = createLogger({
        dataDir: settings.dataDir,
        level: process.env.BANKFEED_LOG_LEVEL ?? 'warn',
        onWriteError: storage.report,
        ...(o.verbose ? { verbose: true } : {}),
      });
      const { runStartCommand } = await import('./commands/start-command.js');
      code = await runStartCommand(settings, logger, {
        once: o.once,
        disabled: o.web === false ? ['web'] : [],
        storageFailed: storage.failed,
        onStorageRefused: storage.report,
      });
    });

  program
    .command('worker')
    .description('run the Temporal worker and the webhook receiver (scale out by running several on one task queue)')
    .option('--no-schedule', 'do not create or update the nightly schedule')
    .option('--no-web', 'do not serve the review web app')
    .option('--verbose', 'every log record on the console, with details and stack traces (always in the log file)')
    .action(async (o: { schedule: boolean; web?: boolean; verbose?: boolean }) => {
      const [{ loadSettings }, { createLogger }, { watchStorage }] = await Promise.all([
        import('./settings.js'),
        import('./logger.js'),
        import('./storage-errors.js'),
      ]);
      const settings = loadSettings();
      const storage = watchStorage();
      const logger = createLogger({
        dataDir: settings.dataDir,
        onWriteError: storage.report,
        ...(o.verbose ? { verbose: true } : {}),
      });
      const { runWorkerCommand } = await import('./commands/worker-command.js');
      code = await runWorkerCommand(settings, logger, {
        schedule: o.schedule,
        disabled: o.web === false ? ['web'] : [],
        storageFailed: storage.failed,
        onStorageRefused: storage.report,
      });
    });

  program
    .command('sandbox')
    .description('run the Mono v2 sandbox alone (options as for npm run sandbox; see sandbox/README.md)')
    .allowUnknownOption()
    .allowExcessArguments()
    .helpOption(false)
    .action(async () => {
      // The sandbox is a separate program (the other side of the wire) with its own options and --help: hand it every
      // word after `sandbox` untouched, and run it in the foreground.
      const { spawn } = await import('node:child_process');
      const main = new URL('../sandbox/main.ts', import.meta.url).pathname;
      const args = argv.slice(argv.indexOf('sandbox') + 1);
      // tsx resolved from here, so the command works from any working directory.
      const tsx = import.meta.resolve('tsx');
      const child = spawn(process.execPath, ['--import', tsx, main, ...args], { stdio: 'inherit' });
      const forward = (sig: NodeJS.Signals) => child.kill(sig);
      process.on('SIGINT', forward);
      process.on('SIGTERM', forward);
      code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 0)));
    });

  program
    .command('link')
    .description('print a hosted Mono Connect link; with --code, exchange a widget code and start the feed')
    .option('--code <code>', 'the code from the Connect widget')
    .option('--customer <id>', 'an existing Mono customer id')
    .option('--name <name>', "the customer's name")
    .option('--email <email>', "the customer's email")
    .option('--ref <ref>', 'your reference, echoed back by Mono')
    .option('--redirect-url <url>', 'where Mono sends the user afterwards')
    .addOption(json())
    .action((o) => withCtx(async (c) => (await import('./commands/account-commands.js')).linkCommand(c, o))());

  const accounts = program
    .command('accounts')
    .description('linked accounts (a table that fits 120 columns; --wide for every column; --json)')
    .addOption(json())
    .option('--wide', 'every column, at full width');
  accounts.action((o: { json?: boolean; wide?: boolean }) =>
    withCtx(async (c) => (await import('./commands/account-commands.js')).accountsCommand(c, o))(),
  );
  accounts
    .command('bind <account>')
    .description('reconcile an account against a ledger source and a ledger (GL) account in it')
    .requiredOption('--source <id>', 'ledger source id from the ledger configuration')
    .requiredOption('--ledger-account <code>', 'GL code or name of the bank account in the books, e.g. 1010')
    .option('--write-back', 'post rule-classified bank-only lines (charges, levies) into ledgers that accept writes')
    .option('--alias <name>', 'a short name for the account, usable wherever an account is named (e.g. payroll)')
    .action((account: string, o) =>
      withCtx(async (c) => (await import('./commands/account-commands.js')).bindCommand(c, account, o))(),
    );

  program
    .command('sync <account>')
    .description('ask the account feed to sync now')
    .option('--wait', 'wait for the sync and print its result (the syncNow update)')
    .option('--timeout <seconds>', 'with --wait: how long to wait before exiting 1 (the sync goes on)', '45')
    .addOption(json())
    .action((account: string, o) =>
      withCtx(async (c) => (await import('./commands/account-commands.js')).syncCommand(c, account, o))(),
    );

  program
    .command('reauth <account>')
    .description('print the re-authorisation link of an account the bank paused (account: id, last four or name)')
    .option('--new', 'ask Mono for a fresh link (the old one expired or its session ended)')
    .addOption(json())
    .action((account: string, o) =>
      withCtx(async (c) => (await import('./commands/account-commands.js')).reauthCommand(c, account, o))(),
    );

  program
    .command('unlink <account>')
    .description('unlink the account at Mono and end its feed (stored data is kept)')
    .action((account: string) =>
      withCtx(async (c) => (await import('./commands/account-commands.js')).unlinkCommand(c, account))(),
    );

  registerStatusCommand(program, (c) => (code = c));

  program
    .command('reconcile')
    .description('reconcile: a JSON case (--input), two files (--bank, --ledger), or a linked account (--account)')
    .option('--input <file>', "canonical JSON document ('-' for stdin), see docs/reconcile-json.md")
    .option('--bank <file>', 'bank statement (CSV/XLSX) or JSON array of bank lines; repeat for several', collect, [])
    .option('--ledger <file|url>', 'ledger export (CSV/XLSX) or an hledger-web URL')
    .option(
      '--account <id>',
      'a linked account with a ledger binding (stored run); with --input, match the document with its settings',
    )
    .option('--preset <name>', 'ledger file preset (auto-detected by default)')
    .option('--bank-preset <name>', 'bank statement preset (auto-detected by default)')
    .option('--mapping <file>', 'column mapping (JSON/YAML)')
    .option('--rules <file>', 'rules file (JSON/YAML)')
    .option('--date-order <order>', 'DMY, MDY or YMD for numeric dates')
    .option('--currency <code>', 'currency of the files')
    .option('--ledger-account <code>', 'GL account of the statement: CODE, or FILE=CODE per --bank', collect, [])
    .option('--book-balance <amount>', 'balance per books at period end: AMOUNT, or FILE=AMOUNT', collect, [])
    .option('--statement-balance <amount>', 'balance per bank at period end: AMOUNT, or FILE=AMOUNT', collect, [])
    .option('--previous <report.json>', "last period's report document: its book balance and open items carry forward")
    .option('--from <date>', 'period start (YYYY-MM-DD)')
    .option('--to <date>', 'period end (YYYY-MM-DD)')
    .option('--out <file>', 'report.xlsx, report.csv or report.json')
    .addOption(json())
    .action(async (o) => {
      refuseIgnoredOptions(o);
      if (o.input) {
        const { runJsonReconcile } = await import('./commands/reconcile-json.js');
        const run = (account?: InputAccountSettings) =>
          runJsonReconcile({
            input: o.input,
            ...(o.out ? { out: o.out } : {}),
            json: o.json ?? !o.out,
            ...(account ? { account } : {}),
          });
        // With --account the document is matched with that account's settings where it states none (nothing stored).
        if (o.account)
          await withCtx(async (c) =>
            run(await (await import('./commands/input-account-settings.js')).inputAccountSettings(c, o.account)),
          )();
        else code = await run();
      } else if (o.bank.length || o.ledger) {
        if (!o.bank.length || !o.ledger || !o.out)
          throw new UsageError('reconcile on files needs --bank, --ledger and --out');
        const { runFileReconcile } = await import('./commands/reconcile-files.js');
        code = await runFileReconcile({
          bank: o.bank,
          ledger: o.ledger,
          out: o.out,
          preset: o.preset,
          bankPreset: o.bankPreset,
          mapping: o.mapping,
          rules: o.rules,
          dateOrder: o.dateOrder,
          currency: o.currency,
          ledgerAccount: o.ledgerAccount,
          bookBalance: o.bookBalance,
          statementBalance: o.statementBalance,
          periodFrom: o.from,
          periodTo: o.to,
          previous: o.previous,
        });
      } else if (o.account) {
        await withCtx(async (c) => (await import('./commands/match-commands.js')).reconcileAccountCommand(c, o))();
      } else {
        throw new UsageError('reconcile needs --input, or --bank and --ledger, or --account');
      }
    });

  const matches = program
    .command('matches')
    .description('review reconciliation: list, confirm, reject, match, unmatch, undo');
  matches
    .command('list <account>')
    .option('--status <list>', 'comma-separated: auto,suggested,confirmed,rejected,manual,undone')
    .option('--limit <n>', 'at most this many groups', '200')
    .addOption(json())
    .action((account: string, o) =>
      withCtx(async (c) => (await import('./commands/match-commands.js')).listMatchesCommand(c, account, o))(),
    );
  for (const action of ['confirm', 'reject', 'unmatch'] as const) {
    matches
      .command(`${action} <group>`)
      .description(`${action} a match group (recorded in the audit log)`)
      .action((group: string) =>
        withCtx(async (c) => (await import('./commands/match-commands.js')).decideCommand(c, action, group))(),
      );
  }
  matches
    .command('match')
    .description('match any group of lines by hand')
    .requiredOption('--account <id>', 'the account')
    .requiredOption('--bank <ids>', 'bank line ids, comma-separated')
    .option('--ledger <ids>', 'ledger entry ids, comma-separated', '')
    .option('--write-off <account>', 'post a difference to this write-off account')
    .action((o) => withCtx(async (c) => (await import('./commands/match-commands.js')).manualMatchCommand(c, o))());
  matches
    .command('undo <auditId>')
    .description('undo one decision (by its audit id)')
    .action((auditId: string) =>
      withCtx(async (c) => (await import('./commands/match-commands.js')).undoCommand(c, auditId))(),
    );

  registerUserCommands(program, (fn) => withCtx(fn)());
  registerLedgerCommands(program, (fn) => withCtx(fn)());
  registerMonoDataCommands(program, (fn) => withCtx(fn)());
  registerCollectCommands(program, (fn) => withCtx(fn)());

  const rules = program.command('rules').description('classification rules for bank-only lines');
  rules
    .command('list')
    .option('--file <rules>', 'a rules file (JSON/YAML); the built-in presets otherwise')
    .addOption(json())
    .action(async (o) => {
      code = await (await import('./commands/match-commands.js')).listRulesCommand(o);
    });
  rules
    .command('test <account>')
    .description("show which of an account's recent lines the rules classify")
    .option('--file <rules>', 'a rules file (JSON/YAML)')
    .option('--limit <n>', 'recent lines to test', '200')
    .addOption(json())
    .action((account: string, o) =>
      withCtx(async (c) => (await import('./commands/match-commands.js')).testRulesCommand(c, account, o))(),
    );

  program
    .command('export <account>')
    .description("write an account's reconciliation report")
    .requiredOption('--out <file>', 'report.xlsx, report.csv or report.json')
    .option('--from <date>', 'period start')
    .option('--to <date>', 'period end')
    .action((account: string, o) =>
      withCtx(async (c) => (await import('./commands/match-commands.js')).exportCommand(c, account, o))(),
    );

  program
    .command('schedule <action>')
    .description('the nightly run: create | update | pause | resume')
    .action((action: string) =>
      withCtx(async (c) => {
        // A mistyped action is bad input, not an unreachable server: checked before connecting.
        if (!['create', 'update', 'pause', 'resume'].includes(action))
          throw new UsageError(`schedule action must be create, update, pause or resume, not "${action}"`);
        const { ensureNightlySchedule, setNightlyPaused } = await import('./nightly-schedule.js');
        const { client, taskQueue } = await c.client();
        if (action === 'create' || action === 'update') {
          const r = await ensureNightlySchedule(client, {
            cron: c.settings.nightly.cron,
            timezone: c.settings.nightly.timezone,
            taskQueue,
            syncWaitMs: c.settings.nightly.syncWaitMs,
          });
          process.stdout.write(
            `nightly schedule ${r}: "${c.settings.nightly.cron}" in ${c.settings.nightly.timezone}, overlap SKIP\n`,
          );
        } else {
          await setNightlyPaused(client, action === 'pause');
          process.stdout.write(`nightly schedule ${action === 'pause' ? 'paused' : 'resumed'}\n`);
        }
        return 0;
      })(),
    );

  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    process.stderr.write(`bankfeed: ${e instanceof Error ? e.message : String(e)}\n`);
    return exitCodeOf(e);
  } finally {
    await ctx?.close();
  }
}

/**
 * The reconcile options each mode reads (besides --out, and --json where it prints a document); any other given would
 * be silently dropped.
 */
const RECONCILE_MODE_OPTIONS = {
  input: ['input', 'account'],
  files: [
    'bank',
    'ledger',
    'preset',
    'bankPreset',
    'mapping',
    'rules',
    'dateOrder',
    'currency',
    'ledgerAccount',
    'bookBalance',
    'statementBalance',
    'previous',
    'from',
    'to',
  ],
  account: ['account', 'from', 'to', 'ledgerAccount'],
} as const;

const FLAG_OF: Record<string, string> = {
  bankPreset: 'bank-preset',
  dateOrder: 'date-order',
  ledgerAccount: 'ledger-account',
  bookBalance: 'book-balance',
  statementBalance: 'statement-balance',
};

/** A reconcile option the chosen mode does not read is refused by name rather than ignored (exit 2). */
function refuseIgnoredOptions(o: Record<string, unknown>): void {
  const mode = o.input ? 'input' : (o.bank as unknown[]).length > 0 || o.ledger ? 'files' : 'account';
  if (mode === 'account' && !o.account) return; // no mode at all: the action says what reconcile needs
  // the files mode writes its report to --out and prints words: --json there would be dropped, the summary not JSON
  const reads = new Set<string>([...RECONCILE_MODE_OPTIONS[mode], 'out', ...(mode === 'files' ? [] : ['json'])]);
  const given = Object.keys(o).filter((k) => {
    const v = o[k];
    return !reads.has(k) && v !== undefined && !(Array.isArray(v) && v.length === 0);
  });
  if (given.length === 0) return;
  const flags = given
    .map((k) => `--${FLAG_OF[k] ?? k}`)
    .sort()
    .join(', ');
  const what = {
    input: 'a JSON case (--input)',
    files: 'files (--bank, --ledger)',
    account: 'a linked account (--account)',
  }[mode];
  throw new UsageError(`reconcile on ${what} does not read ${flags}: leave ${given.length === 1 ? 'it' : 'them'} out`);
}
