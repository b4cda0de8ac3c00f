// The crisis directory's schema. This is the gate every directory entry passes in tests (and
// that a clinic's own additions could pass at start-up): a wrong or dead crisis number is the
// worst defect this product can have, so the shape is strict and unknown keys are rejected.
// Zod lives behind the @onward/core/schemas subpath so the web bundle never carries it.
import * as z from 'zod';
import type { ContactMethod, CountryDirectory } from '../crisis-directory.ts';
import { fail, ok, type Result } from '../result.ts';

/** ISO 3166-1 alpha-2, upper case. */
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'two upper-case letters');

/**
 * As dialled: digits in groups separated by single spaces, with an optional leading "+" or, for
 * the mobile short codes some services use (Chile's *4141), a leading "*".
 */
export const phoneNumberSchema = z
  .string()
  .regex(/^[+*]?\d+( \d+)*$/, 'digits and single spaces, with an optional leading + or *');

/** Only https: a link a person in crisis opens must not be tampered with on the way. */
export const httpsUrlSchema = z.url({ protocol: /^https$/, error: 'an https URL' });

/** kebab-case: lower-case letters and digits in groups joined by single dashes. */
export const kebabIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case (lower-case letters, digits, dashes)');

/** A BCP 47 language tag, loosely: "en", "fr", "es-419", "zh-Hant". */
export const languageTagSchema = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);

/** A short, non-empty piece of English content data, without stray whitespace. */
const shortText = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((s) => s.trim() === s && !/\s{2,}/.test(s), 'no leading, trailing or double spaces');

/** Text keyword as a service advertises it ("HOME", "SHOUT"). */
const keywordSchema = z.string().regex(/^[A-Za-z0-9]{1,20}$/, 'one word, letters and digits');

const VERIFIED_ON = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** Parse "YYYY-MM" or "YYYY-MM-DD" into parts, or null if it is not a real month or day. */
export function parseVerifiedOn(
  value: string,
): { year: number; month: number; day: number | null } | null {
  const m = VERIFIED_ON.exec(value);
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month < 1 || month > 12) return null;
  if (day !== null) {
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return null;
  }
  return { year, month, day };
}

/**
 * "Verified on" may be a month or a day, never in the future relative to `today` (injected:
 * core never reads the clock). Compared in UTC, at the precision given.
 */
export function verifiedOnSchema(today: Date) {
  const y = today.getUTCFullYear();
  const mo = today.getUTCMonth() + 1;
  const d = today.getUTCDate();
  return z.string().superRefine((value, ctx) => {
    const parsed = parseVerifiedOn(value);
    if (parsed === null) {
      ctx.addIssue({ code: 'custom', message: 'a real date as YYYY-MM or YYYY-MM-DD' });
      return;
    }
    const future =
      parsed.year > y ||
      (parsed.year === y && parsed.month > mo) ||
      (parsed.year === y && parsed.month === mo && parsed.day !== null && parsed.day > d);
    if (future) ctx.addIssue({ code: 'custom', message: `not after ${today.toISOString()}` });
  });
}

export const contactMethodSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('call'),
    number: phoneNumberSchema,
    free: z.literal(true).optional(),
    note: shortText(80).optional(),
  }),
  z.strictObject({
    kind: z.literal('text'),
    number: phoneNumberSchema,
    keyword: keywordSchema.optional(),
    note: shortText(80).optional(),
  }),
  z.strictObject({
    kind: z.literal('chat'),
    url: httpsUrlSchema,
    note: shortText(80).optional(),
  }),
]);

export interface CrisisDirectorySchemaOptions {
  /** "Now" for the not-in-the-future check on verifiedOn. */
  today: Date;
}

export function crisisLineSchema({ today }: CrisisDirectorySchemaOptions) {
  return z.strictObject({
    id: kebabIdSchema,
    name: shortText(100),
    audience: shortText(120),
    methods: z.array(contactMethodSchema).min(1),
    hours: shortText(60),
    languages: z.array(languageTagSchema).min(1),
    region: shortText(60).optional(),
    note: shortText(120).optional(),
    source: httpsUrlSchema,
    verifiedOn: verifiedOnSchema(today),
  });
}

export function countryDirectorySchema({ today }: CrisisDirectorySchemaOptions) {
  return z.strictObject({
    country: countryCodeSchema,
    name: shortText(60),
    emergency: z
      .array(z.strictObject({ number: phoneNumberSchema, label: shortText(80) }))
      .min(1, 'at least one emergency number'),
    medicalAdvice: z
      .strictObject({
        number: phoneNumberSchema,
        label: shortText(80),
        source: httpsUrlSchema,
        verifiedOn: verifiedOnSchema(today),
      })
      .optional(),
    lines: z.array(crisisLineSchema({ today })).min(1, 'at least one crisis line'),
    source: httpsUrlSchema,
    verifiedOn: verifiedOnSchema(today),
  });
}

/** The whole directory: each country once, each line id once across every country. */
export function crisisDirectorySchema(options: CrisisDirectorySchemaOptions) {
  return z.array(countryDirectorySchema(options)).superRefine((countries, ctx) => {
    const seenCountries = new Map<string, number>();
    const seenIds = new Map<string, string>();
    countries.forEach((entry, i) => {
      const first = seenCountries.get(entry.country);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'country'],
          message: `duplicate country ${entry.country} (first at index ${first})`,
        });
      } else seenCountries.set(entry.country, i);
      entry.lines.forEach((line, j) => {
        const where = `${entry.country} line ${j}`;
        const firstLine = seenIds.get(line.id);
        if (firstLine !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'lines', j, 'id'],
            message: `duplicate line id ${line.id} (first at ${firstLine})`,
          });
        } else seenIds.set(line.id, where);
      });
    });
  });
}

// Compile-time guard: what the schema accepts must be a valid CountryDirectory and
// ContactMethod, so the types and the schema cannot drift apart silently.
type Parsed = z.infer<ReturnType<typeof countryDirectorySchema>>;
const _directoryShape = (p: Parsed): CountryDirectory => p;
const _methodShape = (p: z.infer<typeof contactMethodSchema>): ContactMethod => p;
void _directoryShape;
void _methodShape;

/**
 * Validate a whole directory. On failure the detail lists every problem with its path,
 * one per line, for a test message or a start-up log.
 */
export function parseCrisisDirectory(
  data: unknown,
  options: CrisisDirectorySchemaOptions,
): Result<CountryDirectory[], 'invalid-crisis-directory'> {
  const parsed = crisisDirectorySchema(options).safeParse(data);
  if (parsed.success) return ok(parsed.data);
  return fail('invalid-crisis-directory', z.prettifyError(parsed.error));
}
