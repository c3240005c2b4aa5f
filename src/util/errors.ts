/**
 * A mistake in what the user gave us (an option, a file, a config key). The CLI prints its
 * message on one line and exits 2; it never shows a stack trace.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** A problem with one input that does not stop the run: reported, and the rest goes on. */
export interface InputProblem {
  /** File path, or a source such as `aws:123456789012:us-east-1:s3`. */
  source: string;
  line?: number;
  column?: number;
  message: string;
}

/** Problems with the user's input (files, paths), as opposed to live collection (`aws:…`). */
export function isInputProblem(p: InputProblem): boolean {
  return !/^(aws|azure):/.test(p.source);
}
