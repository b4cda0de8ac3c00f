// The deploying clinic's profile: who runs this Onward server, how to reach them, what they
// offer. The operator writes it as a JSON file (see examples/clinic-profile.example.json); the
// server validates it at start-up with the zod schema in ./schemas/clinic-profile.ts and serves
// it at GET /api/clinic; the app keeps a copy on the device for offline use.
//
// This file has no zod on purpose: the web app imports it, and needs only a light check that a
// copy read back from the device still has the right shape (see readClinicProfile).

/** The version of the profile's wire and stored format. */
export const CLINIC_PROFILE_VERSION = 1;

export interface ClinicTreatment {
  /** "Dialectical behaviour therapy (DBT)" */
  name: string;
  /** What it involves, in plain words. */
  description: string;
}

export interface ClinicSupportGroup {
  name: string;
  /** When it meets, as the clinic says it: "Tuesdays, 6pm to 7:30pm". */
  when: string;
  /** Where it meets, or how to join: "Room 2, or online. Call admissions to join." */
  join: string;
}

export interface ClinicProfile {
  v: typeof CLINIC_PROFILE_VERSION;
  name: string;
  /** The clinic's main number, as dialled: digits and single spaces, optional leading "+". */
  phone: string;
  /** The admissions line, in the same form. */
  admissionsLine: string;
  /** https only. */
  website: string;
  /** The postal address; line breaks ("\n") are kept. */
  address: string;
  /** Opening hours, as the clinic says them. */
  hours: string;
  treatments: ClinicTreatment[];
  supportGroups: ClinicSupportGroup[];
  email?: string;
}

/** As dialled: digits in groups separated by single spaces, with an optional leading "+". */
export const CLINIC_PHONE_PATTERN = /^\+?\d+( \d+)*$/;

/**
 * An https URL with a plain ASCII host (an international domain in its xn-- form), no user
 * name or password part and no spaces. A regular expression rather than URL(), because core
 * runs without the DOM or Node libraries; the server's schema applies the same pattern.
 */
export const CLINIC_WEBSITE_PATTERN = /^https:\/\/[a-z0-9.-]+(?::\d{1,5})?(?:[/?#]\S*)?$/i;

/** One @ with a dotted domain after it, and no spaces, colons, slashes, ? or # (a mailto: link). */
export const CLINIC_EMAIL_PATTERN = /^[^\s@:/?#]+@[^\s@:/?#]+\.[^\s@:/?#]+$/;

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isPhone = (v: unknown): v is string => typeof v === 'string' && CLINIC_PHONE_PATTERN.test(v);
const isHttpsUrl = (v: unknown): v is string =>
  typeof v === 'string' && CLINIC_WEBSITE_PATTERN.test(v);
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function readList<T>(v: unknown, read: (item: Record<string, unknown>) => T | undefined) {
  if (!Array.isArray(v)) return undefined;
  const out: T[] = [];
  for (const item of v) {
    const parsed = isRecord(item) ? read(item) : undefined;
    if (parsed === undefined) return undefined;
    out.push(parsed);
  }
  return out;
}

/**
 * A profile from an untrusted copy (the device's own storage, which an old version, an
 * extension or a person may have changed), or undefined when it is not one. It keeps only the
 * known fields, and refuses any website that is not https and any phone that would not make a
 * clean tel: link, because those become links the person taps. The full rules (lengths,
 * email format, unknown keys) are the server's, applied when the file is loaded.
 */
export function readClinicProfile(data: unknown): ClinicProfile | undefined {
  if (!isRecord(data) || data.v !== CLINIC_PROFILE_VERSION) return undefined;
  const { name, phone, admissionsLine, website, address, hours, email } = data;
  if (!isText(name) || !isPhone(phone) || !isPhone(admissionsLine)) return undefined;
  if (!isHttpsUrl(website) || !isText(address) || !isText(hours)) return undefined;
  if (email !== undefined && !(isText(email) && CLINIC_EMAIL_PATTERN.test(email))) {
    return undefined;
  }
  const treatments = readList(data.treatments, (t) =>
    isText(t.name) && isText(t.description)
      ? { name: t.name, description: t.description }
      : undefined,
  );
  const supportGroups = readList(data.supportGroups, (g) =>
    isText(g.name) && isText(g.when) && isText(g.join)
      ? { name: g.name, when: g.when, join: g.join }
      : undefined,
  );
  if (treatments === undefined || supportGroups === undefined) return undefined;
  const profile: ClinicProfile = {
    v: CLINIC_PROFILE_VERSION,
    name,
    phone,
    admissionsLine,
    website,
    address,
    hours,
    treatments,
    supportGroups,
  };
  if (email !== undefined) profile.email = email;
  return profile;
}
