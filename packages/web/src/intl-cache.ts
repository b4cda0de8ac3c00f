// Intl objects made once per locale and options, not on every call. Making one (a collator,
// a date format, display names) costs far more than using it: on a slow phone, making them
// afresh for every crisis line and every country in the picker was a visible part of the help
// screen's takeover. The objects are immutable, so one of each serves every caller.
const made = new Map<string, unknown>();

function once<T>(key: string, make: () => T): T {
  if (made.has(key)) return made.get(key) as T;
  const value = make();
  made.set(key, value);
  return value;
}

export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return once(
    `date|${locale}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, options),
  );
}

/** Throws, like the constructor, where the runtime has no DisplayNames. */
export function displayNames(locale: string, type: Intl.DisplayNamesType): Intl.DisplayNames {
  return once(`names|${locale}|${type}`, () => new Intl.DisplayNames([locale], { type }));
}

export function listFormat(locale: string, options: Intl.ListFormatOptions): Intl.ListFormat {
  return once(
    `list|${locale}|${JSON.stringify(options)}`,
    () => new Intl.ListFormat(locale, options),
  );
}
