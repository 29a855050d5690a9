/** The types of content-check-hook.mjs, which stays JavaScript because next.config.mjs loads it without a TypeScript loader. */
export type BuildHookDeps = {
  /** Runs a command, throwing if it fails; by default with the report shown as it comes. */
  run?: (file: string, args: string[]) => void;
  /** Ends the build; by default process.exit. */
  exit?: (code: number) => void;
  /** Says why the build ended; by default console.error. */
  error?: (line: string) => void;
  /** Where CONTENT_CHECKED is read and set; by default process.env. */
  env?: Record<string, string | undefined>;
};

export function checkContentBeforeBuild(phase: string, deps?: BuildHookDeps): void;
