import SQLite from 'better-sqlite3';
import type { NewWebhookEvent } from './webhook-event-repository.js';

/** The outbox insert of the webhook receiver's own SQLite connection (its thread), outside kysely. */
export interface OutboxWriter {
  /** Commits the batch in one transaction and returns the keys that were new (a duplicate key is dropped). */
  write(events: readonly NewWebhookEvent[]): Set<string>;
  /** SQLite's `synchronous` level of this connection as it reads back (2 = FULL). */
  synchronous(): number;
  close(): void;
}

/**
 * Opens a second connection to the database file for the webhook receiver. Its commits are the durability point of
 * a 200, so this connection runs `synchronous = FULL`: in WAL mode every commit syncs the log before it returns, and
 * an acknowledged event survives a power cut, not only a crash of the process. One commit carries many deliveries
 * (group commit), so the sync is paid per batch, not per request. The statements are prepared once and run
 * synchronously: the receiver's thread does nothing else, so blocking it for a commit costs no one else anything.
 */
export function openOutboxWriter(file: string): OutboxWriter {
  const conn = new SQLite(file, { fileMustExist: true });
  conn.pragma('journal_mode = WAL');
  conn.pragma('synchronous = FULL');
  conn.pragma('busy_timeout = 10000');
  // A duplicate is dropped by the unique key inside the transaction, never by an earlier read, so two deliveries of
  // one event committed at once cannot both win.
  const insert = conn.prepare<[string, string, string | null, string, string, string | null], { event_key: string }>(
    `insert into webhook_events (event_key, event, account_id, received_at, status, handed_off_at, body, feed_event)
     values (?, ?, ?, ?, 'received', null, ?, ?)
     on conflict (event_key) do nothing
     returning event_key`,
  );
  const writeAll = conn.transaction((events: readonly NewWebhookEvent[]) => {
    const inserted = new Set<string>();
    for (const e of events) {
      const row = insert.get(e.key, e.event, e.accountId, e.now, e.body, e.feedEvent);
      if (row) inserted.add(row.event_key);
    }
    return inserted;
  });
  return {
    write: (events) => (events.length === 0 ? new Set<string>() : writeAll(events)),
    synchronous: () => Number(conn.pragma('synchronous', { simple: true })),
    close: () => conn.close(),
  };
}
