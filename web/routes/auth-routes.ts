import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { createAuditRepository } from '../../db/audit-repository.js';
import { createUserRepository } from '../../db/user-repository.js';
import type { WebAppContext } from '../app.js';
import { dummyHash, verifyPassword } from '../auth/passwords.js';
import { html } from '../html.js';
import { csrfField, layout, notice } from '../views/layout.js';

const signInBody = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(1024),
  next: z.string().max(2000).optional(),
});

/** Only a path of this app: never an absolute URL (an open redirect would make sign-in a phishing aid). */
function safeNext(next: string | undefined): string {
  return next && /^\/(?![/\\])/.test(next) && !next.startsWith('/sign-') ? next : '/';
}

/** Shown when the app sent a person whose session had ended here (web/auth/access.ts adds `ended=1`). */
const ENDED =
  'Your session has ended (after 30 minutes without activity, 12 hours after signing in, or by an administrator). Sign in again to go back to the page you were on; if you had just pressed a button, it was not saved: press it again.';

const TOO_MANY = 'Too many sign-in attempts from here in the last minute. Wait a minute, then sign in again.';

/** Attempts of any outcome allowed in the window, as a multiple of the failed ones allowed (see `attempts`). */
const FLOOD_FACTOR = 5;

const EXPIRED_FORM =
  'This sign-in form was open too long and has expired (30 minutes without activity). Sign in again: you will go back to the page you were on.';

function signInPage(token: string, next: string, error?: string, ended = false) {
  return layout(
    { csrfToken: token, section: 'none' },
    'Sign in',
    html`<form class="signin" method="post" action="/sign-in">
      <h1>Sign in to bankfeed</h1>
      ${error ? notice('error', error) : ended ? notice('warn', ENDED) : ''} ${csrfField({ csrfToken: token })}
      <input type="hidden" name="next" value="${next}" />
      <label>Username <input name="username" autocomplete="username" required autofocus /></label>
      <label>Password <input name="password" type="password" autocomplete="current-password" required /></label>
      <button class="primary">Sign in</button>
      <p class="sub">No account yet? Ask an administrator at your firm to add you on the Users page.</p>
      <details class="sub">
        <summary>Setting bankfeed up?</summary>
        The first administrator is added on the server: <code>bankfeed users add &lt;username&gt; --role admin</code>.
      </details>
    </form>`,
  );
}

export function registerAuthRoutes(app: FastifyInstance, ctx: WebAppContext): void {
  const users = createUserRepository(ctx.db);
  const limit = ctx.deps.signInRateLimit ?? { max: 10, timeWindowMs: 60_000 };
  // Failed attempts are what a guesser makes: only they count, so signing in and out a few times never locks a
  // person out. The limiter is peeked at before a password is checked and consumed when one is wrong.
  const failures = app.createRateLimit({ max: limit.max, timeWindow: limit.timeWindowMs });
  // Every attempt counts here, far above what a person makes: the peek above lets through whatever arrives at once
  // (all of it checked before the first failure is counted), so a burst of guesses sent together is stopped here.
  const attempts = { max: limit.max * FLOOD_FACTOR, timeWindow: limit.timeWindowMs };

  app.get('/sign-in', async (request, reply) => {
    const query = request.query as { next?: string; ended?: string };
    const next = safeNext(query.next);
    if (request.user) return reply.redirect(next, 303);
    return reply
      .type('text/html; charset=utf-8')
      .send(signInPage(reply.generateCsrf(), next, undefined, query.ended === '1').value);
  });

  app.post(
    '/sign-in',
    {
      config: { rateLimit: attempts },
      // a sign-in page left open past the idle limit carries a token of a session that has ended: the form again,
      // still going back to the page the person was on, rather than a "Not allowed" page
      // too many attempts: the form again with the reason in words (the limiter's own page had no form to try again)
      errorHandler: (err, request, reply) => {
        const limited = (err as { statusCode?: number }).statusCode === 429;
        if (!limited && !(err as { code?: string }).code?.startsWith('FST_CSRF')) throw err;
        const next = safeNext(signInBody.shape.next.safeParse((request.body as { next?: unknown } | null)?.next).data);
        return reply
          .code(limited ? 429 : 403)
          .type('text/html; charset=utf-8')
          .send(signInPage(reply.generateCsrf(), next, limited ? TOO_MANY : EXPIRED_FORM).value);
      },
    },
    async (request, reply) => {
      const parsed = signInBody.safeParse(request.body);
      const next = safeNext(parsed.success ? parsed.data.next : undefined);
      const fail = async (status: number, message: string) =>
        reply
          .code(status)
          .type('text/html; charset=utf-8')
          .send(signInPage(reply.generateCsrf(), next, message).value);
      if (!parsed.success) return fail(400, 'Enter your username and password.');
      const tried = await failures(request, { increment: false });
      if (!tried.isAllowed && tried.remaining === 0) {
        reply.header('retry-after', tried.ttlInSeconds);
        return fail(429, TOO_MANY);
      }
      // usernames are lower-case (the Users form refuses others); a phone keyboard starts the field with a capital
      const user = await users.byUsername(parsed.data.username.toLowerCase());
      // Same work whether or not the name exists, so the answer time does not tell which names are real.
      const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), parsed.data.password);
      if (!user || !ok || user.disabledAt) {
        await failures(request);
        return fail(401, 'Wrong username or password, or the account is disabled.');
      }
      // A fresh session id on sign-in: a session id planted before sign-in is worthless after it.
      await request.session.regenerate();
      request.session.set('userId', user.id);
      await createAuditRepository(ctx.db).append({
        at: ctx.now().toISOString(),
        actor: user.username,
        action: 'sign_in',
        entityType: 'user',
        entityId: String(user.id),
        accountId: null,
      });
      return reply.redirect(next, 303);
    },
  );

  app.post('/sign-out', async (request, reply) => {
    await request.session.destroy();
    return reply.redirect('/sign-in', 303);
  });
}
