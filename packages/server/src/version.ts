import serverPackage from '../package.json' with { type: 'json' };

/** The server package's version, reported by /api/health. */
export const serverVersion: string = serverPackage.version;
