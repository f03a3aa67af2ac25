import { randomUUID } from 'node:crypto';
import { inject, describe, expect, it } from 'vitest';
import { Worker } from '@temporalio/worker';
import { connectClient, connectWorker } from '../worker/temporal-connection.js';
import { openSqliteTestDb } from './support/databases.js';

describe('embedded Temporal stack', () => {
  it('runs a real workflow whose activity writes to the database', async () => {
    const address = inject('temporalAddress');
    const namespace = inject('temporalNamespace');
    const db = await openSqliteTestDb();
    const taskQueue = `smoke-${randomUUID()}`;
    const nativeConnection = await connectWorker({ address, namespace });
    const worker = await Worker.create({
      connection: nativeConnection,
      namespace,
      taskQueue,
      workflowsPath: new URL('./fixtures/smoke-workflow.ts', import.meta.url).pathname,
      activities: {
        async recordAudit(action: string): Promise<number> {
          const row = await db.db
            .insertInto('audit_log')
            .values({
              at: new Date().toISOString(),
              actor: 'system',
              action,
              entity_type: 'smoke',
              entity_id: '1',
              account_id: null,
              detail: null,
              before: null,
              after: null,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          return Number(row.id);
        },
      },
    });
    const { client, connection } = await connectClient({ address, namespace });
    try {
      const result = await worker.runUntil(
        client.workflow.execute('smokeWorkflow', {
          taskQueue,
          workflowId: `smoke-${randomUUID()}`,
          args: ['smoke-test'],
        }),
      );
      expect(result).toBeGreaterThan(0);
      const rows = await db.db.selectFrom('audit_log').selectAll().where('action', '=', 'smoke-test').execute();
      expect(rows).toHaveLength(1);
    } finally {
      await connection.close();
      await nativeConnection.close();
      await db.dispose();
    }
  });
});
