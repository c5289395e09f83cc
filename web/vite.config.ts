import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// `npm run dev` serves on :5173 and forwards the API and the runtime config to the gateway of `./dev/run`.
const gateway = process.env.SPBE_GATEWAY ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { '/api': gateway, '/app-config.json': gateway },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      output: {
        // Libraries every screen needs change rarely: their own long-cached chunks.
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          // Not charts or @mantine/*: a manual chunk takes its modules' dependencies with it, so a "charts" chunk
          // would swallow the Mantine core the first screen needs (and load 220 kB before it). Lazy screens already
          // give Rollup the split: recharts loads with the dashboard chart only.
          if (/[\\/]react-router[\\/]/.test(id)) return 'router';
          // use-sync-external-store is shared by the initial code and recharts: kept here, it does not drag the
          // charts chunk into the first load.
          if (/[\\/](react|react-dom|scheduler|use-sync-external-store)[\\/]/.test(id)) return 'react';
          return undefined;
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['src/test/setup.ts'],
    css: false,
  },
});
