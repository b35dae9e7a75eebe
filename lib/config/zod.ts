// zod's global settings, imported by every module that defines schemas used in the browser.
// jitless: zod would otherwise probe `Function("")` to decide whether to compile its object
// parsers, which the Content-Security-Policy (no 'unsafe-eval') blocks and reports as a
// violation on every page; the interpreted parsers are fast enough for query strings.
import { z } from "zod";

z.config({ jitless: true });

export { z };
