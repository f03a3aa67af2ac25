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

/** Sends a person who is not signed in to the sign-in page (htmx follows HX-Redirect for a partial request). */
export function redirectToSignIn(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const next = request.method === 'GET' ? request.url : '/';
  const to = `/sign-in?next=${encodeURIComponent(next)}`;
  if (request.headers['hx-request']) return reply.header('HX-Redirect', to).code(401).send('');
  return reply.redirect(to, 303);
}
