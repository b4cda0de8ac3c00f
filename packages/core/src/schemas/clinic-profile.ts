// The clinic profile's schema: the gate an operator's JSON file passes at server start-up.
// Strict on purpose: a mistyped key ("suportGroups") is an error rather than a silently missing
// section, and every problem names its field ("supportGroups[1].when is required"), so the
// person deploying Onward can fix the file without reading code.
import * as z from 'zod';
import {
  CLINIC_EMAIL_PATTERN,
  CLINIC_PHONE_PATTERN,
  CLINIC_PROFILE_VERSION,
  CLINIC_WEBSITE_PATTERN,
  type ClinicProfile,
} from '../clinic-profile.ts';
import { fail, ok, type Result } from '../result.ts';

/** Text with the spaces at either end trimmed; required fields may not be empty. */
const text = (max: number) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`);

/**
 * A phone number as people write it ("+1 (555) 010-0100", "0300 123 4567"), kept as dialled:
 * brackets, dashes and dots become spaces, so the app can make a clean tel: link from it.
 */
const phone = z
  .string({ error: 'must be a phone number, as text' })
  .transform((s) =>
    s
      .replace(/[()\-.\u2010-\u2013]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\+ /, '+'),
  )
  .pipe(
    z
      .string()
      .regex(
        CLINIC_PHONE_PATTERN,
        'must be a phone number: digits, with spaces, dashes or brackets and an optional leading +',
      ),
  );

const website = z
  .string({ error: 'must be a web address, as text' })
  .trim()
  .regex(CLINIC_WEBSITE_PATTERN, 'must be an https:// web address, such as https://clinic.example');

const email = z
  .string({ error: 'must be an email address, as text' })
  .trim()
  .regex(CLINIC_EMAIL_PATTERN, 'must be an email address, such as help@clinic.example');

const treatmentSchema = z.strictObject({
  name: text(120),
  description: text(1000),
});

const supportGroupSchema = z.strictObject({
  name: text(120),
  when: text(200),
  join: text(500),
});

/** The file as the operator writes it. `v` may be left out; it is then the current version. */
export const clinicProfileFileSchema = z
  .strictObject({
    v: z.literal(CLINIC_PROFILE_VERSION, `must be ${CLINIC_PROFILE_VERSION}`).optional(),
    name: text(120),
    phone,
    admissionsLine: phone,
    website,
    address: text(300),
    hours: text(200),
    treatments: z.array(treatmentSchema, 'must be a list').max(50, 'must have at most 50 items'),
    supportGroups: z
      .array(supportGroupSchema, 'must be a list')
      .max(50, 'must have at most 50 items'),
    email: email.optional(),
  })
  .transform((file): ClinicProfile => {
    const { v: _v, email: address, ...rest } = file;
    return address === undefined
      ? { v: CLINIC_PROFILE_VERSION, ...rest }
      : { v: CLINIC_PROFILE_VERSION, ...rest, email: address };
  });

/** "supportGroups[1].when" for the path ['supportGroups', 1, 'when']. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = fieldPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const where = field === '' ? '' : ` in ${field}`;
    const names = issue.keys.map((k) => `"${k}"`).join(', ');
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${names}${where}`;
  }
  const missing = issue.code === 'invalid_type' && 'input' in issue && issue.input === undefined;
  const message = missing ? 'is required' : issue.message;
  return field === '' ? `the file ${message}` : `${field} ${message}`;
}

/** Every problem with a profile, one plain phrase each, in the order of the file. */
export function clinicProfileProblems(data: unknown): string[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return ['the file must hold one JSON object, { ... }'];
  }
  const parsed = clinicProfileFileSchema.safeParse(data, { reportInput: true });
  return parsed.success ? [] : parsed.error.issues.map(describeIssue);
}

/**
 * Validates a parsed clinic profile file. On failure the detail names each field and what is
 * wrong with it, separated by "; ", on one line (the server prints it and stops).
 */
export function parseClinicProfile(data: unknown): Result<ClinicProfile, 'invalid-clinic-profile'> {
  const problems = clinicProfileProblems(data);
  if (problems.length > 0) return fail('invalid-clinic-profile', problems.join('; '));
  const parsed = clinicProfileFileSchema.safeParse(data);
  if (!parsed.success) return fail('invalid-clinic-profile', 'the file is not a clinic profile');
  return ok(parsed.data);
}
