/**
 * Numeric assertions for the test suite (the Deno standard library is not
 * installable here: JSR is unreachable; `node:assert/strict` covers the rest).
 *
 * @module
 */
import { AssertionError } from "node:assert/strict";

/**
 * Asserts |actual − expected| ≤ max(rel·|expected|, abs). Always state why
 * the tolerance is what it is at the call site.
 */
export function assertClose(
  actual: number,
  expected: number,
  tol: { rel?: number; abs?: number },
  message = "",
): void {
  const rel = tol.rel ?? 0;
  const abs = tol.abs ?? 0;
  const bound = Math.max(rel * Math.abs(expected), abs);
  const err = Math.abs(actual - expected);
  if (!(err <= bound)) {
    throw new AssertionError({
      message:
        `${message ? message + ": " : ""}expected ${expected}, got ${actual} ` +
        `(|error| = ${err.toExponential(3)} > bound ${
          bound.toExponential(3)
        }; rel ${rel}, abs ${abs})`,
    });
  }
}

/** Asserts that `fn` throws an error of class `cls` whose message matches `pattern`. */
export function assertThrowsWith(
  fn: () => unknown,
  cls: new (...args: never[]) => Error,
  pattern?: RegExp,
): Error {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof cls)) {
      throw new AssertionError({
        message: `expected ${cls.name}, got ${String(e)}`,
      });
    }
    if (pattern && !pattern.test(e.message)) {
      throw new AssertionError({
        message: `message ${
          JSON.stringify(e.message)
        } does not match ${pattern}`,
      });
    }
    return e;
  }
  throw new AssertionError({ message: `expected ${cls.name} to be thrown` });
}
