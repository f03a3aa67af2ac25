import type { Logger } from 'pino';

/** How people hear that an account needs re-authorisation. A deployment can replace it (email, Slack, SMS). */
export interface Notifier {
  reauthRequired(n: { accountId: string; accountName: string; url: string; reminder: number }): Promise<void>;
}

export function logNotifier(logger: Logger): Notifier {
  return {
    async reauthRequired(n) {
      logger.warn(
        { accountId: n.accountId, reminder: n.reminder, reauthUrl: n.url },
        `account "${n.accountName}" needs re-authorisation at the bank: open the link to continue its feed`,
      );
    },
  };
}
