import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The bare React Flow page the browser bench compares the editor's canvas with. Built
 * like the app (production, same plugin-react, same @xyflow/react from node_modules) and
 * served under /bare/ next to it; the bench sets outDir.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/bare/',
  plugins: [react()],
  logLevel: 'warn',
});
