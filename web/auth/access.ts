import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role, User } from '../../db/user-repository.js';

declare module 'fastify' {
  interface FastifyRequest {
    user?: User;
  }
  interface Session {
    userId?: number;
  }
}

const RANK: Record<Role, number> = { viewer: 0, reviewer: 1, admin: 2 };

/** The session cookie's name (web/app.ts sets it). */
export const SESSION_COOKIE = 'bankfeed_session';

export function hasRole(user: User | undefined, role: Role): boolean {
  return !!user && RANK[user.role] >= RANK[role];
}

export class ForbiddenError extends Error {
  readonly statusCode = 403;
  constructor(message: string) {
    super(message);
    this.name = 'ForbiddenError';
  }
}

export class NotFoundError extends Error {
  readonly statusCode = 404;
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** The signed-in person; routes behind `requireUser` always have one. */
export function userOf(request: FastifyRequest): User {
  if (!request.user) throw new ForbiddenError('not signed in');
  return request.user;
}

/** Throws 403 unless the signed-in person has at least this role. */
export function requireRole(request: FastifyRequest, role: Role): User {
  const user = userOf(request);
  if (!hasRole(user, role)) throw new ForbiddenError(`this needs the ${role} role; you are a ${user.role}`);
  return user;
}

/**
 * The path and query of the page a request was made from, never another host: htmx names it (HX-Current-URL), a
 * plain form post's Referer does (the app's Referrer-Policy is same-origin).
 */
function pageOf(request: FastifyRequest, header: 'hx-current-url' | 'referer'): string {
  const current = request.headers[header];
  if (typeof current !== 'string') return '/';
  try {
    const u = new URL(current);
    return `${u.pathname}${u.search}`;
  } catch {
    return '/';
  }
}

/**
 * Sends a person who is not signed in to the sign-in page (htmx follows HX-Redirect for a partial request). An htmx
 * request, or a form post, comes back to the page it was made on: its own URL is a fragment (a panel) or a POST,
 * and a session that ended mid-queue would otherwise land the person on a bare panel or the overview, their filter
 * or statement figures lost.
 */
export function redirectToSignIn(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  // A browser still sending a session cookie the app no longer knows had a session that ended (idle, absolute limit,
  // disabled, reset): the sign-in page says so, or a person mid-queue finds it with no reason given.
  const ended = request.cookies?.[SESSION_COOKIE] ? '&ended=1' : '';
  if (request.headers['hx-request'])
    return reply
      .header('HX-Redirect', `/sign-in?next=${encodeURIComponent(pageOf(request, 'hx-current-url'))}${ended}`)
      .code(401)
      .send('');
  const next = request.method === 'GET' ? request.url : pageOf(request, 'referer');
  return reply.redirect(`/sign-in?next=${encodeURIComponent(next)}${ended}`, 303);
}
