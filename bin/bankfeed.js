#!/usr/bin/env node
// The bankfeed command. TypeScript sources run through tsx's loader, so there is no build step to forget.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../worker/cli.ts');
process.exitCode = await main(process.argv);
