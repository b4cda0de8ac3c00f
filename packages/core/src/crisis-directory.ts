// Types for the crisis directory. The data itself lives in @onward/content
// (crisis-directory.ts), reviewed entry by entry; its zod schema lives in
// ./schemas/crisis-directory.ts so the web bundle never has to carry zod; the link builders
// live in ./crisis-links.ts.

/** ISO 3166-1 alpha-2 country code, upper case ("US", "GB"). */
export type CountryCode = string;

/**
 * One way to reach a service. Numbers are stored as dialled: digits and single spaces, with an
 * optional leading "+" (no dashes or brackets), e.g. "116 123", "1 800 668 6868".
 * `free: true` means the service itself says calls are free; absent means we make no claim.
 * `note` is a short instruction the person needs to reach the right service
 * ("then press 1", "choose option 2").
 */
export type ContactMethod =
  | { kind: 'call'; number: string; free?: true; note?: string }
  | { kind: 'text'; number: string; keyword?: string; note?: string }
  | { kind: 'chat'; url: string; note?: string };

export interface CrisisLine {
  /** Stable code, kebab-case, unique across the directory ("us-988-lifeline"). */
  id: string;
  name: string;
  /** Who the service is for, in plain words ("Anyone who is struggling"). */
  audience: string;
  methods: ContactMethod[];
  /** e.g. "24/7" */
  hours: string;
  /** BCP 47 language tags the service answers in. */
  languages: string[];
  /** Set when the line serves only part of the country ("England"). */
  region?: string;
  /** A short extra fact worth showing ("More than 20 languages"). */
  note?: string;
  /** Official https URL where the facts were checked. */
  source: string;
  /** When the facts were last verified: "YYYY-MM" or "YYYY-MM-DD" (never a made-up day). */
  verifiedOn: string;
}

export interface EmergencyNumber {
  number: string;
  /** e.g. "Police, fire, ambulance". The first entry in a list is the main number. */
  label: string;
}

export interface CountryDirectory {
  country: CountryCode;
  /** Country name in English; the UI may localise it with Intl.DisplayNames. */
  name: string;
  /** Emergency numbers, main number first. Never empty. */
  emergency: EmergencyNumber[];
  /** Non-emergency medical advice line, where one exists (e.g. NHS 111). */
  medicalAdvice?: { number: string; label: string; source: string; verifiedOn: string };
  lines: CrisisLine[];
  source: string;
  verifiedOn: string;
}
