// No imports: country/early.ts, the script before a help page's first paint, uses this too.

/**
 * The country pickers (country-select.tsx) of a prerendered page were rendered for no country
 * (the `selected` attribute on "not listed"): select `choice` in each, and drop that attribute,
 * which the app's render neither sets nor corrects (it sets the select's value), so the page ends
 * exactly as the app renders it. Run by country/early.ts before the app arrives, and by boot.
 */
export function markPickers(root: ParentNode, choice: string): void {
  for (const picker of root.querySelectorAll<HTMLSelectElement>('select[data-country-picker]')) {
    for (const option of picker.options) option.defaultSelected = false;
    picker.value = choice;
  }
}
