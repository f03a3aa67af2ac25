// A worker thread does not inherit its parent's TypeScript loader: register tsx here, then load the parser body.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
