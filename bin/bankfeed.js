#!/usr/bin/env node
// The bankfeed command. TypeScript sources run through tsx's loader, so there is no build step to forget.
import { register } from 'tsx/esm/api';

register();
// A reader that stopped reading (`bankfeed status | head`) is not a failure: the next write's EPIPE ends the command
// quietly with exit 0, instead of as an unhandled 'error' event with its stack trace. Any other stdout error still
// ends it as before.
process.stdout.on('error', (e) => {
  if (e?.code === 'EPIPE') process.exit(0);
  throw e;
});
const { main } = await import('../worker/cli.ts');
process.exitCode = await main(process.argv);
