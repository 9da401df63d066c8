import { run } from './program.ts';

// The SDK warns on every run under Node 20 (which package.json supports) in ten lines on
// stderr; the CLI's messages are one line each. Whoever wants the warning can set it to false.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

process.exitCode = await run(process.argv.slice(2));
