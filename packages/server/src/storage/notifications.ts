import type pg from 'pg';

// Messages between the server processes that share one database, so a push answered by one
// process wakes the live channels held open by another. PostgreSQL: LISTEN/NOTIFY on one channel
// over a dedicated connection. SQLite: in-process only (one process owns a SQLite file).
// Messages are short strings naming an opaque vault id and a number, never anything a person
// wrote.

export interface NotificationListener {
  message(text: string): void;
  /** Messages may have been lost (the LISTEN connection dropped and came back): re-read state. */
  missed(): void;
}

export interface Notifications {
  /** Delivers `text` to every subscriber of every process. Call after the write has committed. */
  publish(text: string): Promise<void>;
  /** Resolves once the listener is live: anything published afterwards reaches it. */
  subscribe(listener: NotificationListener): Promise<() => void>;
  close(): Promise<void>;
}

export function inProcessNotifications(): Notifications {
  const listeners = new Set<NotificationListener>();
  return {
    async publish(text) {
      for (const listener of [...listeners]) listener.message(text);
    },
    async subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
    },
  };
}

export const notifyChannel = 'onward_sync';

export interface PostgresNotificationDeps {
  /** Runs NOTIFY through the pool. */
  notify(text: string): Promise<void>;
  /** A new, unconnected client for LISTEN. */
  newClient(): pg.Client;
}

export function postgresNotifications({
  notify,
  newClient,
}: PostgresNotificationDeps): Notifications {
  const listeners = new Set<NotificationListener>();
  let client: pg.Client | undefined;
  let ready: Promise<void> | undefined;
  let closed = false;
  let retryDelay = 250;
  let retryTimer: NodeJS.Timeout | undefined;

  const connect = (): Promise<void> => {
    const next = newClient();
    client = next;
    next.on('notification', (n) => {
      if (n.channel !== notifyChannel || n.payload === undefined) return;
      for (const listener of [...listeners]) listener.message(n.payload);
    });
    const lost = () => {
      if (client !== next) return;
      client = undefined;
      ready = undefined;
      next.end().catch(() => undefined);
      if (closed || listeners.size === 0) return;
      // Reconnect in the background; once back, everyone re-reads what they may have missed.
      retryTimer = setTimeout(() => {
        retryTimer = undefined;
        ensureListening()
          .then(() => {
            for (const listener of [...listeners]) listener.missed();
          })
          .catch(() => undefined);
      }, retryDelay);
      retryTimer.unref();
      retryDelay = Math.min(retryDelay * 2, 5_000);
    };
    next.on('error', lost);
    next.on('end', lost);
    return next
      .connect()
      .then(() => next.query(`LISTEN ${notifyChannel}`))
      .then(() => {
        retryDelay = 250;
      })
      .catch((error: unknown) => {
        lost();
        throw error;
      });
  };

  const ensureListening = (): Promise<void> => {
    if (closed) return Promise.reject(new Error('notifications closed'));
    ready ??= connect();
    return ready;
  };

  return {
    async publish(text) {
      await notify(text);
    },
    async subscribe(listener) {
      listeners.add(listener);
      try {
        await ensureListening();
      } catch (error) {
        listeners.delete(listener);
        throw error;
      }
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      listeners.clear();
      if (retryTimer) clearTimeout(retryTimer);
      const current = client;
      client = undefined;
      ready = undefined;
      await current?.end().catch(() => undefined);
    },
  };
}
