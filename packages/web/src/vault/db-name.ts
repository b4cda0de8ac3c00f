/** The vault's IndexedDB database (e2e/privacy-vault.e2e.ts reads its raw bytes). */
export const VAULT_DB_NAME = 'onward-vault';
