import type { WebFeedActions } from '../../../web/app.js';

/** Feed actions for the web tests: "Sync now" records the account asked for in `synced`; links are fixed. */
export function recordingFeed(synced: string[]): WebFeedActions {
  return {
    syncNow: async (id) => {
      synced.push(id);
    },
    freshReauthLink: async () => 'http://mono.example/reauth',
    linkAccount: async () => 'http://mono.example/link',
  };
}
