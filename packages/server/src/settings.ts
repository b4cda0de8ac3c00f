import { fail, ok, type Result } from './result.ts';

// Operator settings that are whole numbers, each read from one environment variable with its
// bounds (sync quotas, share-link limits). Pure: env is passed in. An unset or empty variable
// keeps the default; anything else must be plain digits within bounds, or startup stops with one
// plain sentence naming the variable.

export interface WholeNumberVariable {
  name: string;
  min: number;
  max: number;
}

export function readWholeNumberSettings<S extends { [K in keyof S]: number }, F extends string>(
  env: Readonly<Record<string, string | undefined>>,
  defaults: S,
  variables: Record<keyof S, WholeNumberVariable>,
  failure: F,
): Result<S, F> {
  const settings: Record<string, number> = { ...defaults };
  for (const key of Object.keys(variables) as (keyof S & string)[]) {
    const { name, min, max } = variables[key];
    const text = env[name]?.trim();
    if (text === undefined || text === '') continue;
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < min || value > max) {
      return fail(failure, `${name} must be a whole number from ${min} to ${max}, not "${text}".`);
    }
    settings[key] = value;
  }
  return ok(settings as S);
}
