export const careTeamPath = '/care-team';

/** The app asks its own server only: a relative URL, so never another origin. */
export const clinicApiPath = '/api/clinic';
