import type { FastifyInstance } from 'fastify';
import type { WebAppContext } from '../app.js';
import { requireRole } from '../auth/access.js';
import { createUserAdmin, UserAdminError } from '../auth/user-admin.js';
import { when } from '../format.js';
import { html, type Html } from '../html.js';
import { csrfField, layout, notice } from '../views/layout.js';
import { setFlash, takeFlash } from '../flash.js';
import { sendHtml } from './review-helpers.js';

type Body = Record<string, unknown>;
const s = (v: unknown) => (typeof v === 'string' ? v.trim().slice(0, 200) : '');

export function registerUserRoutes(app: FastifyInstance, ctx: WebAppContext): void {
  const admin = createUserAdmin({ db: ctx.db, now: ctx.now });

  const page = async (token: string, message?: Html) => {
    const users = await admin.list();
    const tok = { csrfToken: token };
    return html`<h1>Users</h1>
      ${message ?? ''}
      <table class="grid">
        <thead>
          <tr>
            <th>Username</th>
            <th>Name</th>
            <th>Role</th>
            <th>State</th>
            <th>Password set</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          ${users.map(
            (u) =>
              html`<tr>
                <td><b>${u.username}</b></td>
                <td>${u.displayName}</td>
                <td>
                  <form method="post" action="/users/${u.id}/role" class="inline">
                    ${csrfField(tok)}<select name="role" aria-label="Role of ${u.displayName}">
                      ${['viewer', 'reviewer', 'admin'].map((r) => html`<option ${u.role === r ? 'selected' : ''}>${r}</option>`)}
                    </select>
                    <button aria-label="Set the role of ${u.displayName}">Set</button>
                  </form>
                </td>
                <td>
                  ${u.disabledAt ? html`<span class="state UNLINKED">disabled ${when(u.disabledAt)}</span>` : html`<span class="state ACTIVE">active</span>`}
                </td>
                <td>${when(u.passwordChangedAt)}</td>
                <td>
                  <form method="post" action="/users/${u.id}/${u.disabledAt ? 'enable' : 'disable'}" class="inline">
                    ${csrfField(tok)}<button aria-label="${u.disabledAt ? 'Enable' : 'Disable'} ${u.displayName}">
                      ${u.disabledAt ? 'Enable' : 'Disable'}
                    </button>
                  </form>
                  <form method="post" action="/users/${u.id}/reset" class="inline">
                    ${csrfField(tok)}<button
                      aria-label="Reset the password of ${u.displayName}"
                      data-confirm="Issue a new password and sign ${u.username} out everywhere?"
                    >
                      Reset password
                    </button>
                  </form>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
      <h2>Add a person</h2>
      <form class="toolbar" method="post" action="/users">
        ${csrfField(tok)}
        <label>Username <input name="username" required maxlength="64" pattern="[a-z0-9][a-z0-9._@\\-]*" /></label>
        <label>Name <input name="displayName" maxlength="200" /></label>
        <label
          >Role
          <select name="role">
            <option>viewer</option>
            <option selected>reviewer</option>
            <option>admin</option>
          </select></label
        >
        <button class="primary">Add with a generated password</button>
      </form>
      <p class="sub">
        Viewers read; reviewers decide; admins also unlock finished statements, manage people and create rules.
      </p>`;
  };

  const render = async (
    request: Parameters<typeof requireRole>[0],
    reply: import('fastify').FastifyReply,
    message?: Html,
    status = 200,
  ) => {
    const user = requireRole(request, 'admin');
    const token = reply.generateCsrf();
    return sendHtml(
      reply,
      layout({ user, csrfToken: token, section: 'users' }, 'Users', await page(token, message)),
      status,
    );
  };

  app.get('/users', async (request, reply) => {
    const flash = takeFlash(request);
    return render(request, reply, flash ? notice(flash.kind, flash.text) : undefined);
  });

  const act = async (
    request: Parameters<typeof requireRole>[0],
    reply: import('fastify').FastifyReply,
    work: (actor: string) => Promise<string>,
  ) => {
    const user = requireRole(request, 'admin');
    try {
      // done: the Users page is loaded again (a reload of it then asks nothing again: a reset posted twice would
      // replace the password just read out), the notice, a new password with it, carried once in the session
      setFlash(request, await work(user.username));
      return reply.redirect('/users', 303);
    } catch (e) {
      if (e instanceof UserAdminError) return render(request, reply, notice('error', e.message), 400);
      throw e;
    }
  };

  const byId = async (id: string) => {
    const u = (await admin.list()).find((x) => String(x.id) === id);
    if (!u) throw Object.assign(new Error(`No user ${id.slice(0, 20)}.`), { statusCode: 404 });
    return u;
  };

  app.post('/users', async (request, reply) =>
    act(request, reply, async (actor) => {
      const b = (request.body ?? {}) as Body;
      const r = await admin.add({ username: s(b.username), displayName: s(b.displayName), role: s(b.role), actor });
      return `Added ${r.username} (${r.role}). Their password, shown once: ${r.password}`;
    }),
  );
  for (const action of ['disable', 'enable', 'reset', 'role'] as const) {
    app.post(`/users/:userId/${action}`, async (request, reply) =>
      act(request, reply, async (actor) => {
        const u = await byId((request.params as { userId: string }).userId);
        if (action === 'disable') {
          if (u.username === actor) throw new UserAdminError('you cannot disable yourself');
          await admin.disable(u.username, actor);
          return `${u.username} is disabled and signed out everywhere.`;
        }
        if (action === 'enable') {
          await admin.enable(u.username, actor);
          return `${u.username} can sign in again.`;
        }
        if (action === 'reset') {
          const r = await admin.reset(u.username, actor);
          return `New password for ${r.username}, shown once: ${r.password}`;
        }
        const to = s(((request.body ?? {}) as Body).role);
        if (u.username === actor && to !== 'admin')
          throw new UserAdminError('you cannot take the admin role from yourself');
        await admin.setRole(u.username, to, actor);
        return `${u.username} is now a ${to}.`;
      }),
    );
  }
}
