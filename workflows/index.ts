// The worker's workflow bundle entry point.
export { accountFeed } from './account-feed.js';
export { nightlyBatch, nightlyRun } from './nightly.js';
