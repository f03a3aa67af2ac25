import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FastifyInstance } from 'fastify';

const require = createRequire(import.meta.url);
const ASSETS: Record<string, { body: Buffer; type: string }> = {
  'htmx.min.js': { body: readFileSync(require.resolve('htmx.org/dist/htmx.min.js')), type: 'text/javascript' },
  'app.js': { body: readFileSync(new URL('./static/app.js', import.meta.url)), type: 'text/javascript' },
  'app.css': { body: readFileSync(new URL('./static/app.css', import.meta.url)), type: 'text/css' },
  // The icon: an SVG, one small file sharp at any size.
  'favicon.svg': { body: readFileSync(new URL('./static/favicon.svg', import.meta.url)), type: 'image/svg+xml' },
};

/**
 * Files served to anyone, signed in or not, without a session lookup, and cached. /favicon.ico is what a browser asks
 * for on its own where a document names no icon (the JSON report, a download): a 404 there fills the log and the
 * devtools, and a redirect to sign-in would be no better.
 */
export function isStaticAsset(path: string): boolean {
  return path.startsWith('/assets/') || path === '/favicon.ico';
}

/** The app's scripts, stylesheet and icon under /assets/, and the icon at /favicon.ico. */
export function registerStaticAssets(app: FastifyInstance): void {
  app.get('/assets/:name', async (request, reply) => {
    const asset = ASSETS[(request.params as { name: string }).name];
    if (!asset) return reply.code(404).send('not found');
    return reply.type(asset.type).header('cache-control', 'public, max-age=300').send(asset.body);
  });
  const icon = ASSETS['favicon.svg']!;
  app.get('/favicon.ico', async (_request, reply) =>
    reply.type(icon.type).header('cache-control', 'public, max-age=86400').send(icon.body),
  );
}
