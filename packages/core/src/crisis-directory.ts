// Types and pure helpers for the crisis directory. The data itself lives in
// @onward/content (crisis-directory.ts), reviewed entry by entry; its zod schema lives in
// ./schemas/crisis-directory.ts so the web bundle never has to carry zod.

/** ISO 3166-1 alpha-2 country code, upper case ("US", "GB"). */
export type CountryCode = string;

/** One way to reach a service. Numbers are stored as dialled, digits and spaces only. */
export type ContactMethod =
  | { kind: 'call'; number: string; note?: string }
  | { kind: 'text'; number: string; keyword?: string; note?: string }
  | { kind: 'chat'; url: string; note?: string };

export interface CrisisLine {
  /** Stable code, kebab-case, unique across the directory ("us-988-lifeline"). */
  id: string;
  name: string;
  /** Who the service is for, in plain words ("Anyone in distress, any age"). */
  audience: string;
  methods: ContactMethod[];
  /** e.g. "24/7" */
  hours: string;
  /** BCP 47 language tags the service answers in. */
  languages: string[];
  /** Where the facts were checked. */
  source: string;
  /** ISO date (YYYY-MM-DD) the facts were last verified. */
  verifiedOn: string;
}

export interface EmergencyNumber {
  number: string;
  /** e.g. "Police, fire, ambulance" */
  label: string;
}

export interface CountryDirectory {
  country: CountryCode;
  /** Country name in English; the UI may localise it with Intl.DisplayNames. */
  name: string;
  emergency: EmergencyNumber[];
  /** Non-emergency medical advice line, where one exists (e.g. NHS 111). */
  medicalAdvice?: { number: string; label: string; source: string; verifiedOn: string };
  lines: CrisisLine[];
  source: string;
  verifiedOn: string;
}
