import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Builds the bare React Flow page the browser benchmark compares the editor with. */
export default defineConfig({
  root: 'bench/browser/bare',
  base: '/bare/',
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: '../../../node_modules/.cache/bench-bare', emptyOutDir: true },
});
