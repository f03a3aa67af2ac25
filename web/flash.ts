import type { FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface Session {
    /** The app's own notice for the next page this person loads (set after an action, shown once). */
    flash?: string;
    /**
     * 'warn' when the action was not done (a decision another tab or person overtook), or was taken but cannot do what
     * it is for yet (a sync asked of a failing feed).
     */
    flashKind?: FlashKind;
  }
}

/**
 * Notices after an action ("Reconciliation #3 finished by rita") live in the person's session, one-shot: the next
 * page shows and clears it. They never travel in the URL, where a crafted link could make the app say anything
 * (`?flash=Reconciliation approved`) and a reload or a shared link would repeat it.
 */
export function setFlash(request: FastifyRequest, text: string, kind: FlashKind = 'ok'): void {
  if (!text) return;
  request.session.set('flash', text.slice(0, 300));
  request.session.set('flashKind', kind);
}

export type FlashKind = 'ok' | 'warn';

/** A notice carried to the next page, and whether it says something was done or was not. */
export interface Flash {
  text: string;
  kind: FlashKind;
}

/** The pending notice, if any, removed from the session as it is read. */
export function takeFlash(request: FastifyRequest): Flash | undefined {
  const text = request.session.get('flash');
  if (text === undefined) return undefined;
  const kind = request.session.get('flashKind') === 'warn' ? 'warn' : 'ok';
  request.session.set('flash', undefined);
  request.session.set('flashKind', undefined);
  return typeof text === 'string' && text ? { text, kind } : undefined;
}
