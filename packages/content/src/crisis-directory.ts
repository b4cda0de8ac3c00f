// The crisis directory: the one reviewed file of crisis lines and emergency numbers.
//
// A wrong or dead crisis number is the worst defect this product can have. Every entry below
// comes from the reference table in shared/product/crisis-lines.md (checked against official
// sources in November 2026) and nothing else: no entry is added from memory. To add or change an
// entry, check the official site first, then update `source` and `verifiedOn` (a month, or a day
// if you know it; never an invented day). crisis-directory.test.ts validates all of it against
// the schema in @onward/core/schemas and builds every link.
//
// Numbers are stored as dialled (digits and single spaces); the link builders in @onward/core
// turn them into tel:/sms: links. Text keywords are the ones each service advertises; they are
// prefilled in the message body. Human-readable strings here (audience, notes, hours, labels)
// are short English content data, written in our own words and checked by the content lint.
//
// Deliberately absent (see crisis-lines.md, "Known changes to respect"): the 988 LGBTQ+ youth
// "press 3" option, which ended in July 2025. Entries still waiting for verification from their
// official sites (The Trevor Project, Kids Helpline AU, Youthline NZ, South Africa, Childline,
// Papyrus) are not listed.
//
// The Spanish-language rows (the 988 Spanish option, Mexico, Argentina, Chile) come from the
// "Spanish-language services" section of crisis-lines.md, checked in December 2026. Left out on
// purpose: Colombia (not verified), "0800 345 1435" for Argentina (not verified), and the Centro
// de Asistencia al Suicida (135) in Argentina, whose hours are given differently by different
// sources (24/7 in the table; 8:00 to midnight elsewhere): a line whose hours we cannot confirm is
// not listed. Spanish wording for every English string below lives in crisis-directory-es.ts.
import type { CountryCode, CountryDirectory } from '@onward/core';

/** The month the reference table was checked. We do not invent a day. */
const VERIFIED = '2026-11';

/** The month the Spanish-language section of the reference table was checked. */
const VERIFIED_SPANISH = '2026-12';

/** Everything here runs around the clock; kept as data so the UI never assumes it. */
const ALWAYS = '24/7';

const EMERGENCY = 'Emergency services';
const ALSO_EMERGENCY = 'Also reaches emergency services';

// Each country's own `source` is the official site of its first line, whose row in the
// reference table also gives the emergency number(s).
export const crisisDirectory: readonly CountryDirectory[] = [
  {
    country: 'US',
    name: 'United States',
    emergency: [{ number: '911', label: EMERGENCY }],
    lines: [
      {
        id: 'us-988-lifeline',
        name: '988 Suicide & Crisis Lifeline',
        audience: 'Anyone who is struggling, or worried about someone',
        methods: [
          { kind: 'call', number: '988' },
          { kind: 'text', number: '988' },
          { kind: 'chat', url: 'https://988lifeline.org', note: 'Start a chat from the website' },
        ],
        hours: ALWAYS,
        languages: ['en'],
        source: 'https://988lifeline.org',
        verifiedOn: VERIFIED,
      },
      {
        id: 'us-crisis-text-line',
        name: 'Crisis Text Line',
        audience: 'Anyone who would rather text',
        methods: [{ kind: 'text', number: '741741', keyword: 'HOME' }],
        hours: ALWAYS,
        languages: ['en'],
        source: 'https://crisistextline.org',
        verifiedOn: VERIFIED,
      },
      {
        id: 'us-veterans-crisis-line',
        name: 'Veterans Crisis Line',
        audience: 'Veterans, service members and the people who care about them',
        methods: [
          { kind: 'call', number: '988', note: 'then press 1' },
          { kind: 'text', number: '838255' },
        ],
        hours: ALWAYS,
        languages: ['en'],
        source: 'https://veteranscrisisline.net',
        verifiedOn: VERIFIED,
      },
      {
        id: 'us-988-lifeline-spanish',
        name: '988 Lifeline en español',
        audience: 'Anyone who would rather talk or text in Spanish',
        methods: [
          { kind: 'call', number: '988', note: 'then press 2 for Spanish' },
          { kind: 'text', number: '988', keyword: 'AYUDA' },
        ],
        hours: ALWAYS,
        languages: ['es'],
        source: 'https://988lifeline.org',
        verifiedOn: VERIFIED_SPANISH,
      },
    ],
    source: 'https://988lifeline.org',
    verifiedOn: VERIFIED,
  },
  {
    country: 'GB',
    name: 'United Kingdom',
    emergency: [
      { number: '999', label: EMERGENCY },
      { number: '112', label: ALSO_EMERGENCY },
    ],
    medicalAdvice: {
      number: '111',
      label: 'NHS 111, for urgent medical advice (England)',
      source: 'https://nhs.uk',
      verifiedOn: VERIFIED,
    },
    lines: [
      {
        id: 'gb-samaritans',
        name: 'Samaritans',
        audience: 'Anyone who is struggling, with anything',
        methods: [{ kind: 'call', number: '116 123', free: true }],
        hours: ALWAYS,
        languages: ['en'],
        source: 'https://samaritans.org',
        verifiedOn: VERIFIED,
      },
      {
        id: 'gb-shout',
        name: 'Shout',
        audience: 'Anyone who would rather text',
        methods: [{ kind: 'text', number: '85258', keyword: 'SHOUT' }],
        hours: ALWAYS,
        languages: ['en'],
        source: 'https://giveusashout.org',
        verifiedOn: VERIFIED,
      },
      {
        id: 'gb-nhs-111-mental-health',
        name: 'NHS 111, mental health option',
        audience: 'Anyone in England who needs urgent mental health help',
        methods: [{ kind: 'call', number: '111', note: 'choose option 2' }],
        hours: ALWAYS,
        languages: ['en'],
        region: 'England',
        source: 'https://nhs.uk',
        verifiedOn: VERIFIED,
      },
    ],
    source: 'https://samaritans.org',
    verifiedOn: VERIFIED,
  },
  {
    country: 'CA',
    name: 'Canada',
    emergency: [{ number: '911', label: EMERGENCY }],
    lines: [
      {
        id: 'ca-988-crisis-helpline',
        name: '9-8-8 Suicide Crisis Helpline',
        audience: 'Anyone who is struggling, or worried about someone',
        methods: [
          { kind: 'call', number: '988' },
          { kind: 'text', number: '988' },
        ],
        hours: ALWAYS,
        languages: ['en', 'fr'],
        source: 'https://988.ca',
        verifiedOn: VERIFIED,
      },
      {
        id: 'ca-kids-help-phone',
        name: 'Kids Help Phone',
        audience: 'Children and young people',
        methods: [
          { kind: 'call', number: '1 800 668 6868' },
          { kind: 'text', number: '686868', keyword: 'CONNECT' },
        ],
        hours: ALWAYS,
        languages: ['en', 'fr'],
        source: 'https://kidshelpphone.ca',
        verifiedOn: VERIFIED,
      },
    ],
    source: 'https://988.ca',
    verifiedOn: VERIFIED,
  },
  {
    country: 'IE',
    name: 'Ireland',
    emergency: [
      { number: '112', label: EMERGENCY },
      { number: '999', label: ALSO_EMERGENCY },
    ],
    lines: [
      {
        id: 'ie-samaritans',
        name: 'Samaritans',
        audience: 'Anyone who is struggling, with anything',
        methods: [{ kind: 'call', number: '116 123' }],
        hours: ALWAYS,
        languages: ['en'],
        source: 'https://samaritans.org',
        verifiedOn: VERIFIED,
      },
      {
        id: 'ie-50808',
        name: '50808',
        audience: 'Anyone who would rather text',
        methods: [{ kind: 'text', number: '50808', keyword: 'HELLO' }],
        hours: ALWAYS,
        languages: ['en'],
        source: 'https://50808.ie',
        verifiedOn: VERIFIED,
      },
      {
        id: 'ie-pieta',
        name: 'Pieta',
        audience: 'Anyone thinking about suicide or self-harm',
        methods: [
          { kind: 'call', number: '1800 247 247' },
          { kind: 'text', number: '51444', keyword: 'HELP' },
        ],
        hours: ALWAYS,
        languages: ['en'],
        source: 'https://pieta.ie',
        verifiedOn: VERIFIED,
      },
    ],
    source: 'https://samaritans.org',
    verifiedOn: VERIFIED,
  },
  {
    country: 'AU',
    name: 'Australia',
    emergency: [{ number: '000', label: EMERGENCY }],
    lines: [
      {
        id: 'au-lifeline',
        name: 'Lifeline',
        audience: 'Anyone who is having a hard time',
        methods: [
          { kind: 'call', number: '13 11 14' },
          { kind: 'text', number: '0477 13 11 14' },
          { kind: 'chat', url: 'https://lifeline.org.au', note: 'Start a chat from the website' },
        ],
        hours: ALWAYS,
        languages: ['en'],
        source: 'https://lifeline.org.au',
        verifiedOn: VERIFIED,
      },
      {
        id: 'au-mensline',
        name: 'MensLine Australia',
        audience: 'Men who want to talk something through',
        methods: [{ kind: 'call', number: '1300 78 99 78' }],
        hours: ALWAYS,
        languages: ['en'],
        source: 'https://mensline.org.au',
        verifiedOn: VERIFIED,
      },
    ],
    source: 'https://lifeline.org.au',
    verifiedOn: VERIFIED,
  },
  {
    country: 'NZ',
    name: 'New Zealand',
    emergency: [{ number: '111', label: EMERGENCY }],
    lines: [
      {
        id: 'nz-1737',
        name: 'Need to talk? 1737',
        audience: 'Anyone who needs to talk',
        methods: [
          { kind: 'call', number: '1737' },
          { kind: 'text', number: '1737' },
        ],
        hours: ALWAYS,
        languages: ['en'],
        source: 'https://1737.org.nz',
        verifiedOn: VERIFIED,
      },
      {
        id: 'nz-lifeline-aotearoa',
        name: 'Lifeline Aotearoa',
        audience: 'Anyone who needs to talk',
        methods: [
          { kind: 'call', number: '0800 543 354' },
          { kind: 'text', number: '4357', keyword: 'HELP' },
        ],
        hours: ALWAYS,
        languages: ['en'],
        source: 'https://lifeline.org.nz',
        verifiedOn: VERIFIED,
      },
      {
        id: 'nz-suicide-crisis-helpline',
        name: 'Suicide Crisis Helpline',
        audience: 'Anyone thinking about suicide, or worried about someone',
        methods: [{ kind: 'call', number: '0508 828 865' }],
        hours: ALWAYS,
        languages: ['en'],
        source: 'https://lifeline.org.nz',
        verifiedOn: VERIFIED,
      },
    ],
    source: 'https://1737.org.nz',
    verifiedOn: VERIFIED,
  },
  {
    country: 'DE',
    name: 'Germany',
    emergency: [{ number: '112', label: EMERGENCY }],
    lines: [
      {
        id: 'de-telefonseelsorge',
        name: 'TelefonSeelsorge',
        audience: 'Anyone who needs to talk, anonymously',
        methods: [
          { kind: 'call', number: '0800 111 0 111', free: true },
          { kind: 'call', number: '0800 111 0 222', free: true },
          {
            kind: 'chat',
            url: 'https://telefonseelsorge.de',
            note: 'Chat or email from the website',
          },
        ],
        hours: ALWAYS,
        languages: ['de'],
        source: 'https://telefonseelsorge.de',
        verifiedOn: VERIFIED,
      },
    ],
    source: 'https://telefonseelsorge.de',
    verifiedOn: VERIFIED,
  },
  {
    country: 'FR',
    name: 'France',
    emergency: [
      { number: '112', label: EMERGENCY },
      { number: '15', label: 'SAMU, for a medical emergency' },
    ],
    lines: [
      {
        id: 'fr-3114',
        name: '3114, numéro national de prévention du suicide',
        audience: 'Anyone thinking about suicide, or worried about someone',
        methods: [{ kind: 'call', number: '3114', free: true }],
        hours: ALWAYS,
        languages: ['fr'],
        source: 'https://3114.fr',
        verifiedOn: VERIFIED,
      },
    ],
    source: 'https://3114.fr',
    verifiedOn: VERIFIED,
  },
  {
    country: 'NL',
    name: 'Netherlands',
    emergency: [{ number: '112', label: EMERGENCY }],
    lines: [
      {
        id: 'nl-113-zelfmoordpreventie',
        name: '113 Zelfmoordpreventie',
        audience: 'Anyone thinking about suicide, or worried about someone',
        methods: [
          // Free since 2025 (crisis-lines.md, "Known changes to respect").
          { kind: 'call', number: '113', free: true },
          { kind: 'call', number: '0800 0113', free: true },
          { kind: 'chat', url: 'https://113.nl', note: 'Start a chat from the website' },
        ],
        hours: ALWAYS,
        languages: ['nl'],
        source: 'https://113.nl',
        verifiedOn: VERIFIED,
      },
    ],
    source: 'https://113.nl',
    verifiedOn: VERIFIED,
  },
  {
    country: 'ES',
    name: 'Spain',
    emergency: [{ number: '112', label: EMERGENCY }],
    lines: [
      {
        id: 'es-024',
        name: 'Línea 024',
        audience: 'Anyone thinking about suicide, or worried about someone',
        methods: [{ kind: 'call', number: '024', free: true }],
        hours: ALWAYS,
        languages: ['es'],
        source: 'https://sanidad.gob.es',
        verifiedOn: VERIFIED,
      },
    ],
    source: 'https://sanidad.gob.es',
    verifiedOn: VERIFIED,
  },
  {
    country: 'MX',
    name: 'Mexico',
    emergency: [{ number: '911', label: EMERGENCY }],
    lines: [
      {
        id: 'mx-linea-de-la-vida',
        name: 'Línea de la Vida',
        audience: 'Anyone who is struggling, or worried about someone',
        methods: [{ kind: 'call', number: '800 911 2000', free: true }],
        hours: ALWAYS,
        languages: ['es'],
        note: 'Run by CONASAMA, Secretaría de Salud',
        source: 'https://www.gob.mx/conasama',
        verifiedOn: VERIFIED_SPANISH,
      },
    ],
    source: 'https://www.gob.mx/conasama',
    verifiedOn: VERIFIED_SPANISH,
  },
  {
    country: 'AR',
    name: 'Argentina',
    emergency: [
      { number: '107', label: 'Medical emergencies' },
      { number: '911', label: 'Police' },
    ],
    lines: [
      {
        id: 'ar-salud-mental-0800',
        name: 'Línea nacional de salud mental',
        audience: 'Anyone going through a mental health crisis, or worried about someone',
        methods: [{ kind: 'call', number: '0800 999 0091', free: true }],
        hours: ALWAYS,
        languages: ['es'],
        note: 'Run by the Ministerio de Salud',
        source: 'https://www.argentina.gob.ar/salud/mental-y-adicciones',
        verifiedOn: VERIFIED_SPANISH,
      },
    ],
    source: 'https://www.argentina.gob.ar/salud/mental-y-adicciones',
    verifiedOn: VERIFIED_SPANISH,
  },
  {
    country: 'CL',
    name: 'Chile',
    emergency: [
      { number: '131', label: 'Ambulance' },
      { number: '133', label: 'Police' },
    ],
    lines: [
      {
        id: 'cl-fono-4141',
        name: 'Fono *4141, prevención del suicidio',
        audience: 'Anyone thinking about suicide, or worried about someone',
        methods: [{ kind: 'call', number: '*4141', free: true, note: 'from a mobile phone' }],
        hours: ALWAYS,
        languages: ['es'],
        note: 'Run by the Ministerio de Salud (MINSAL)',
        source: 'https://www.minsal.cl',
        verifiedOn: VERIFIED_SPANISH,
      },
    ],
    source: 'https://www.minsal.cl',
    verifiedOn: VERIFIED_SPANISH,
  },
  {
    country: 'IN',
    name: 'India',
    emergency: [{ number: '112', label: EMERGENCY }],
    lines: [
      {
        id: 'in-tele-manas',
        name: 'Tele-MANAS',
        audience: 'Anyone who needs mental health support',
        methods: [
          { kind: 'call', number: '14416', free: true },
          { kind: 'call', number: '1800 891 4416', free: true },
        ],
        hours: ALWAYS,
        languages: ['en', 'hi'],
        note: 'Answers in more than 20 languages',
        source: 'https://telemanas.mohfw.gov.in',
        verifiedOn: VERIFIED,
      },
    ],
    source: 'https://telemanas.mohfw.gov.in',
    verifiedOn: VERIFIED,
  },
];

/** The country codes we list, in directory order. */
export const listedCountries: readonly CountryCode[] = crisisDirectory.map((c) => c.country);

/** The directory entry for a country code (any case), or undefined when we do not list it. */
export function findCountry(code: string): CountryDirectory | undefined {
  const upper = code.trim().toUpperCase();
  return crisisDirectory.find((c) => c.country === upper);
}

/**
 * An international directory of helplines, shown as a link the person opens themselves when
 * their country is not listed. The app never fetches it: no request to a third party, ever.
 */
export const INTERNATIONAL_DIRECTORY_URL = 'https://findahelpline.com';

/**
 * For a country we do not list: the numbers to mention as text ("In most countries 112 works;
 * in the US, Canada and Mexico it is 911"). The wording comes from the message catalogue.
 */
export const FALLBACK_EMERGENCY = {
  /** Works in most countries. */
  mostCountries: '112',
  /** The emergency number in the countries below. */
  northAmerica: '911',
  northAmericaCountries: ['US', 'CA', 'MX'],
} as const satisfies {
  mostCountries: string;
  northAmerica: string;
  northAmericaCountries: readonly CountryCode[];
};
