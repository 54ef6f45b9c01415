/**
 * Loads a committed reference table from tests/fixtures/ (each table's
 * generator script sits beside it, with its command and versions).
 *
 * @module
 */

/** Parses tests/fixtures/<name>; the type is the caller's statement of the table's shape. */
export function readFixture<T = unknown>(name: string): T {
  return JSON.parse(
    Deno.readTextFileSync(new URL(`./fixtures/${name}`, import.meta.url)),
  ) as T;
}
