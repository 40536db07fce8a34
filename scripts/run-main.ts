/**
 * How every command-line tool ends: the exit code its main function returns, or 2 with the
 * error's stack when it throws (2 means the tool itself failed, not the thing it checked).
 */
export function runMain(main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exitCode = 2;
    },
  );
}
