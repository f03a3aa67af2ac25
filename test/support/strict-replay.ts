import { readFileSync } from 'node:fs';
import type { History } from '@temporalio/common/lib/proto-utils.js';
import { historyFromJSON, historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { Worker, type ReplayWorkerOptions } from '@temporalio/worker';

/** A history event as the Temporal CLI writes it (`temporal workflow show --output json`). */
interface JsonEvent {
  eventId: string;
  eventTime?: string;
  eventType: string;
  [attributes: string]: unknown;
}

const CLOSED = new Set(
  [
    'WORKFLOW_EXECUTION_COMPLETED',
    'WORKFLOW_EXECUTION_FAILED',
    'WORKFLOW_EXECUTION_CANCELED',
    'WORKFLOW_EXECUTION_TERMINATED',
    'WORKFLOW_EXECUTION_TIMED_OUT',
    'WORKFLOW_EXECUTION_CONTINUED_AS_NEW',
  ].map((t) => `EVENT_TYPE_${t}`),
);

/**
 * The history with one more workflow task appended (scheduled, started, completed, no commands), unless the
 * workflow has closed. Why: SDK 1.24's replayer reports a nondeterminism only while it replays a workflow task that
 * the history shows completed. The history's last task (the one still open, or the one a stuck feed keeps failing)
 * is run as a live task: core logs "Failing workflow task ... Nondeterminism error" and evicts the run as
 * LANG_REQUESTED ("Always evict workflows after replay"), and runReplayHistory resolves. Once a completed task
 * follows, every recorded command is checked and a mismatch is a DeterminismViolationError. The appended task adds
 * no command events, so a deterministic history still replays.
 */
export function sealedHistory(json: { events: JsonEvent[] }): History {
  const events = json.events;
  const last = events[events.length - 1];
  if (!last || CLOSED.has(last.eventType)) return historyFromJSON(json);
  const taskQueue = events
    .map((e) => e.workflowTaskScheduledEventAttributes as { taskQueue?: unknown } | undefined)
    .find((a) => a?.taskQueue)?.taskQueue;
  const extra: JsonEvent[] = [];
  let id = Number(last.eventId);
  const at = last.eventTime;
  let scheduledId = last.eventType === 'EVENT_TYPE_WORKFLOW_TASK_SCHEDULED' ? id : 0;
  let startedId = last.eventType === 'EVENT_TYPE_WORKFLOW_TASK_STARTED' ? id : 0;
  if (startedId) {
    const started = last.workflowTaskStartedEventAttributes as { scheduledEventId: string };
    scheduledId = Number(started.scheduledEventId);
  }
  if (!scheduledId && !startedId) {
    scheduledId = ++id;
    extra.push({
      eventId: String(id),
      eventTime: at,
      eventType: 'EVENT_TYPE_WORKFLOW_TASK_SCHEDULED',
      workflowTaskScheduledEventAttributes: { taskQueue, startToCloseTimeout: '10s', attempt: 1 },
    });
  }
  if (!startedId) {
    startedId = ++id;
    extra.push({
      eventId: String(id),
      eventTime: at,
      eventType: 'EVENT_TYPE_WORKFLOW_TASK_STARTED',
      workflowTaskStartedEventAttributes: {
        scheduledEventId: String(scheduledId),
        identity: 'strict-replay',
        requestId: 'strict-replay',
      },
    });
  }
  extra.push({
    eventId: String(id + 1),
    eventTime: at,
    eventType: 'EVENT_TYPE_WORKFLOW_TASK_COMPLETED',
    workflowTaskCompletedEventAttributes: {
      scheduledEventId: String(scheduledId),
      startedEventId: String(startedId),
      identity: 'strict-replay',
    },
  });
  return historyFromJSON({ ...json, events: [...events, ...extra] });
}

/**
 * Replays a recorded history (a Temporal CLI JSON file, or a fetched history) so that a nondeterminism anywhere in it, its last workflow
 * task included, rejects with DeterminismViolationError (see sealedHistory).
 */
export async function replayStrictly(
  options: ReplayWorkerOptions,
  history: string | History,
  workflowId: string,
): Promise<void> {
  const json = typeof history === 'string' ? readFileSync(history, 'utf8') : historyToJSON(history);
  await Worker.runReplayHistory(options, sealedHistory(JSON.parse(json) as { events: JsonEvent[] }), workflowId);
}
