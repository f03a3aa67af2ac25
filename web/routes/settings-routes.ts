import type { FastifyInstance } from 'fastify';
import type { WebAppContext } from '../app.js';
import { userOf } from '../auth/access.js';
import { layout } from '../views/layout.js';
import { settingsPage } from '../views/settings-view.js';
import { sendHtml } from './review-helpers.js';

/** The Settings page, for every signed-in role: it shows what the process runs with and changes nothing. */
export function registerSettingsRoutes(app: FastifyInstance, ctx: WebAppContext): void {
  app.get('/settings', async (request, reply) => {
    const user = userOf(request);
    return sendHtml(
      reply,
      layout(
        { user, csrfToken: reply.generateCsrf(), section: 'settings' },
        'Settings',
        settingsPage(ctx.deps.settings ?? null, ctx.writeOff),
      ),
    );
  });
}
