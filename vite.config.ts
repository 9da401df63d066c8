import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { contentSecurityPolicy } from './scripts/vite-csp.ts';

export default defineConfig({
  // The production build carries a strict Content-Security-Policy (see scripts/vite-csp.ts).
  plugins: [react(), tailwindcss(), contentSecurityPolicy()],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  // Monaco's editor chunk is about 3.8 MB (950 KB gzip) by nature; it loads after first
  // paint, so the default 500 KB warning says nothing useful about the initial download.
  build: { chunkSizeWarningLimit: 4000 },
});
