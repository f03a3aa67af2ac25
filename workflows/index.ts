// The worker's workflow bundle entry point.
export { accountFeed } from './account-feed.js';
export { nightlyRun } from './nightly.js';
