import type { ServerResponse } from 'node:http';
import type { Storage } from '../storage/storage.ts';
import { readHead } from './store.ts';

// The live channel (Server-Sent Events, docs/sync-protocol.md §6). A stream carries only the
// vault's head sequence and three control events; the device pulls the changes itself.
// Events reach streams through storage.notifications, so a push answered by another server
// process on the same PostgreSQL wakes the streams held here (LISTEN/NOTIFY); SQLite is
// in-process. Messages are "<type> <vaultId> <number>".

export type LiveMessage =
  | { type: 'head'; vaultId: string; value: number }
  | { type: 'compacted'; vaultId: string; value: number }
  | { type: 'credential'; vaultId: string }
  | { type: 'deleted'; vaultId: string };

export function formatLiveMessage(message: LiveMessage): string {
  const value = 'value' in message ? message.value : 0;
  return `${message.type} ${message.vaultId} ${value}`;
}

function parseLiveMessage(text: string): LiveMessage | undefined {
  const [type, vaultId, number] = text.split(' ');
  const value = Number(number);
  if (vaultId === undefined || !Number.isSafeInteger(value)) return undefined;
  switch (type) {
    case 'head':
    case 'compacted':
      return { type, vaultId, value };
    case 'credential':
    case 'deleted':
      return { type, vaultId };
    default:
      return undefined;
  }
}

const keepAliveMs = 20_000;
const maxStreamAgeMs = 60 * 60 * 1000;

interface Stream {
  vaultId: string;
  response: ServerResponse;
  lastHead: number;
  end(finalEvent?: string): void;
}

export interface LiveHub {
  /** Streams open for a vault in this process. */
  count(vaultId: string): number;
  /** Takes over `response` as an event stream for the vault. Resolves once it is live. */
  open(vaultId: string, response: ServerResponse): Promise<void>;
  /** Tells every process (after the write committed). Never throws. */
  publish(message: LiveMessage): Promise<void>;
  /** Ends every stream (the server is stopping). */
  closeAll(): void;
}

export function createLiveHub(storage: Storage): LiveHub {
  const streams = new Map<string, Set<Stream>>();
  let subscribed: Promise<unknown> | undefined;

  const sendHead = (stream: Stream, head: number) => {
    if (head <= stream.lastHead) return;
    stream.lastHead = head;
    stream.response.write(`id: ${head}\nevent: head\ndata: {"v":1,"head":${head}}\n\n`);
  };

  const deliver = (message: LiveMessage) => {
    const set = streams.get(message.vaultId);
    if (set === undefined) return;
    for (const stream of [...set]) {
      switch (message.type) {
        case 'head':
          sendHead(stream, message.value);
          break;
        case 'compacted':
          stream.response.write(
            `event: compacted\ndata: {"v":1,"snapshotSeq":${message.value}}\n\n`,
          );
          break;
        case 'credential':
          stream.end('event: credential-changed\ndata: {"v":1}\n\n');
          break;
        case 'deleted':
          stream.end('event: deleted\ndata: {"v":1}\n\n');
          break;
      }
    }
  };

  /** After a lost LISTEN connection: re-read each watched vault's head. */
  const resync = async () => {
    for (const vaultId of [...streams.keys()]) {
      const head = await readHead(storage, vaultId).catch(() => null);
      if (head === null) continue;
      if (head === undefined) deliver({ type: 'deleted', vaultId });
      else deliver({ type: 'head', vaultId, value: head });
    }
  };

  const ensureSubscribed = () => {
    subscribed ??= storage.notifications
      .subscribe({
        message: (text) => {
          const message = parseLiveMessage(text);
          if (message) deliver(message);
        },
        missed: () => {
          void resync();
        },
      })
      .catch((error: unknown) => {
        subscribed = undefined;
        throw error;
      });
    return subscribed;
  };

  return {
    count: (vaultId) => streams.get(vaultId)?.size ?? 0,
    async open(vaultId, response) {
      await ensureSubscribed();
      let set = streams.get(vaultId);
      if (set === undefined) {
        set = new Set();
        streams.set(vaultId, set);
      }
      const timers: NodeJS.Timeout[] = [];
      let ended = false;
      const stream: Stream = {
        vaultId,
        response,
        lastHead: -1,
        end(finalEvent) {
          if (ended) return;
          ended = true;
          for (const timer of timers) clearInterval(timer);
          const current = streams.get(vaultId);
          current?.delete(stream);
          if (current?.size === 0) streams.delete(vaultId);
          if (!response.writableEnded) response.end(finalEvent);
        },
      };
      set.add(stream);
      response.on('close', () => stream.end());
      response.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        'x-accel-buffering': 'no',
        // The socket closes with the stream: a hijacked response skips Fastify's own
        // connection handling, and a stream ended while the server stops must not leave an
        // idle keep-alive socket holding the shutdown open.
        connection: 'close',
      });
      response.write('retry: 2000\n\n');
      timers.push(setInterval(() => response.write(': keep-alive\n\n'), keepAliveMs));
      timers.push(setTimeout(() => stream.end(), maxStreamAgeMs));
      for (const timer of timers) timer.unref();
      // Read after subscribing, so a push between the two is never lost (sendHead keeps the
      // highest).
      const head = await readHead(storage, vaultId).catch(() => null);
      if (head === undefined) stream.end('event: deleted\ndata: {"v":1}\n\n');
      else if (head === null) stream.end();
      else sendHead(stream, head);
    },
    async publish(message) {
      try {
        await storage.notifications.publish(formatLiveMessage(message));
      } catch {
        // The write has committed; a device that misses this event catches up on its next pull
        // or reconnect.
      }
    },
    closeAll() {
      for (const set of [...streams.values()]) for (const stream of [...set]) stream.end();
    },
  };
}
