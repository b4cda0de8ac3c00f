// The clinic profile for components. useClinic() is the API other features use, e.g. the
// safety plan's step 5 ("professionals and agencies") offering the clinic as a contact:
//
//   const clinic = useClinic();
//   if (clinic) … clinic.name, clinic.phone (as dialled; telHref/displayNumber from @onward/core),
//                clinic.admissionsLine, clinic.hours, clinic.website …
//
// It is undefined when this server has no clinic profile: then nothing clinic-specific shows.
import type { ClinicProfile } from '@onward/core';
import { useEffect, useState } from 'preact/hooks';
import { type ClinicState, clinicState, subscribeClinic } from './clinic-store.ts';

export type { ClinicState } from './clinic-store.ts';

export function useClinicState(): ClinicState {
  const [state, setState] = useState(clinicState);
  useEffect(() => {
    // The state may have changed between the first render and this effect.
    setState(clinicState());
    return subscribeClinic(() => setState(clinicState()));
  }, []);
  return state;
}

export function useClinic(): ClinicProfile | undefined {
  const state = useClinicState();
  return state.status === 'present' ? state.profile : undefined;
}
