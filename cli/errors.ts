/**
 * Bad input: a missing or unreadable file, text that is not JSON, a file that is not a
 * design or not an ECS document, an output that cannot be written. The CLI prints it as
 * one line naming the file and exits with code 2.
 */
export class InputError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * An AWS call that failed for a reason the user can act on (no credentials, no Region,
 * access denied, throttled, a cluster that does not exist): one line, exit code 2.
 */
export class AwsError extends Error {}

/** Exit codes: 0 fine, 1 the design has errors, 2 bad input, 3 a bug in the CLI or core. */
export const EXIT = { ok: 0, problems: 1, badInput: 2, internal: 3 } as const;

/** Core messages start with a capital ("Not a design file…"); after "file: " they read better without. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
