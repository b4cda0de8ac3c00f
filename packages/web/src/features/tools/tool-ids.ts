// The toolkit's guided tools and its paths. Kept tiny: the help screen's suggestion imports it,
// and the help screens are bundled eagerly.

/** The guided tools, in the prior order "what helps me" starts from for a first visit. */
export const GUIDED_TOOLS = ['urge-surfing', 'breathing', 'grounding', 'tipp'] as const;

export type GuidedTool = (typeof GUIDED_TOOLS)[number];

export const toolsPaths = {
  tools: '/tools',
  alternatives: '/tools/alternatives',
  history: '/tools/history',
  'urge-surfing': '/tools/urge-surfing',
  breathing: '/tools/breathing',
  grounding: '/tools/grounding',
  tipp: '/tools/tipp',
} as const;

/** The screen for trying one idea from the library (or one of the person's own). */
export const tryPath = (id: string): string => `/tools/try/${encodeURIComponent(id)}`;

/** Adding this query opens a tool already running (the help screen's one-tap start). */
export const START_QUERY = 'start';

export const startPath = (tool: GuidedTool): string => `${toolsPaths[tool]}?${START_QUERY}=1`;

export function isGuidedTool(id: string): id is GuidedTool {
  return (GUIDED_TOOLS as readonly string[]).includes(id);
}

/** Ids of ideas the person added themselves start with this. */
export const OWN_PREFIX = 'own-';
