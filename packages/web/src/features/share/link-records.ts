// The person's share links as 'share-link' records in the encrypted vault. Light on purpose:
// live.ts reads this on every vault open, and only loads links.ts (the report renderer, the
// crypto) when a live link exists.
import { vault } from '../../vault/index.ts';
import type { ShareKind } from './share-doc.ts';

export const KIND = 'share-link';

/** What a link shares; kept with the link so a live link can be rebuilt the same way. */
export interface ShareSource {
  kind: ShareKind;
  /** Report: how many days, ending today (so a live link always shows the latest days). */
  days?: number;
  /** Report: the sections (report-doc.tsx's ReportSection ids), as on the report screen. */
  sections?: string[];
}

export interface ShareLinkRecord extends ShareSource {
  v: 1;
  /** 16 random bytes, base64url: the link's id on the server. */
  id: string;
  /** The whole link, with its #fragment (so the person can copy it again). */
  url: string;
  /** The revoke credential (32 random bytes, base64url); the server keeps only its SHA-256. */
  token: string;
  /** The content key and header (base64url), to re-seal a live link without the passphrase. */
  contentKey: string;
  header: string;
  note: string;
  passphrase: boolean;
  live: boolean;
  createdAt: string;
  expiresAt: number;
  /** The last content sent (without time stamps), so a live link is re-sent only on change. */
  sent: string;
  views: number;
  lastViewedAt: number | null;
}

declare module '../../vault/types.ts' {
  interface RecordKinds {
    'share-link': ShareLinkRecord;
  }
}

function isLinkRecord(v: unknown): v is ShareLinkRecord {
  const r = v as Partial<ShareLinkRecord> | undefined;
  return (
    r?.v === 1 &&
    typeof r.id === 'string' &&
    typeof r.token === 'string' &&
    typeof r.url === 'string' &&
    typeof r.expiresAt === 'number'
  );
}

/** Links not yet expired, newest first. */
export function activeLinks(now = Date.now()): ShareLinkRecord[] {
  return vault
    .list(KIND)
    .map((r) => r.value)
    .filter((v): v is ShareLinkRecord => isLinkRecord(v) && v.expiresAt > now)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Forgets links past their expiry (the server has deleted them, or will at its next sweep). */
export async function forgetExpired(now = Date.now()): Promise<void> {
  for (const r of vault.list(KIND)) {
    if (!isLinkRecord(r.value) || r.value.expiresAt <= now) await vault.delete(KIND, r.id);
  }
}
