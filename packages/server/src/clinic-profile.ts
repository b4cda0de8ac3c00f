// Reads the deploying clinic's profile from the JSON file named by ONWARD_CLINIC_PROFILE. It is
// the operator's own file, read once at start-up: a missing or malformed file stops the server
// with one sentence naming the problem, rather than starting with the clinic silently missing
// (a person would then look for their care team's number and not find it).
import { readFile } from 'node:fs/promises';
import type { ClinicProfile } from '@onward/core';
import { parseClinicProfile } from '@onward/core/schemas';
import { fail, ok, type Result } from './result.ts';

export type ClinicProfileFailure = 'clinic-profile-unreadable' | 'invalid-clinic-profile';

/** Every message starts like this, so an operator knows which setting to look at. */
const prefix = 'Clinic profile:';

export async function loadClinicProfile(
  path: string,
): Promise<Result<ClinicProfile, ClinicProfileFailure>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? `there is no file at ${path}. Check ONWARD_CLINIC_PROFILE, or unset it to run without a profile.`
        : code === 'EISDIR'
          ? `${path} is a folder; ONWARD_CLINIC_PROFILE must name a JSON file.`
          : `${path} could not be read (${code ?? 'unknown error'}).`;
    return fail('clinic-profile-unreadable', `${prefix} ${why}`);
  }
  let data: unknown;
  try {
    // A byte-order mark is what some editors put at the start of a "UTF-8" file.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail('invalid-clinic-profile', `${prefix} ${path} is not valid JSON (${detail}).`);
  }
  const parsed = parseClinicProfile(data);
  if (!parsed.ok) return fail('invalid-clinic-profile', `${prefix} ${parsed.detail}`);
  return ok(parsed.value);
}
