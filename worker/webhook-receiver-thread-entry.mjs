// A worker thread does not inherit its parent's TypeScript loader: register tsx here, then load the receiver body.
import { register } from 'tsx/esm/api';

register();
await import('./webhook-receiver-thread.ts');
