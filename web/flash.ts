import type { FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface Session {
    /** The app's own notice for the next page this person loads (set after an action, shown once). */
    flash?: string;
  }
}

/**
 * Notices after an action ("Reconciliation #3 finished by rita") live in the person's session, one-shot: the next
 * page shows and clears it. They never travel in the URL, where a crafted link could make the app say anything
 * (`?flash=Reconciliation approved`) and a reload or a shared link would repeat it.
 */
export function setFlash(request: FastifyRequest, text: string): void {
  if (text) request.session.set('flash', text.slice(0, 300));
}

/** The pending notice, if any, removed from the session as it is read. */
export function takeFlash(request: FastifyRequest): string | undefined {
  const text = request.session.get('flash');
  if (text === undefined) return undefined;
  request.session.set('flash', undefined);
  return typeof text === 'string' && text ? text : undefined;
}
