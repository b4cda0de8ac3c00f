// The server's failures that an operator should see travel as Result values (never thrown across
// a boundary), using the same shape as the rest of Onward.
export { fail, ok, type Result } from '@onward/core';
