// Entry of the extraction worker thread: registers tsx (TypeScript and the `@/` paths of
// tsconfig.json) in this thread, then loads the worker itself. Plain JavaScript, so it starts the
// same way under the tsx CLIs, `next start` and the test runner.
if (!require.extensions[".ts"]) require("tsx/cjs/api").register();
require("./extract-worker.ts");
