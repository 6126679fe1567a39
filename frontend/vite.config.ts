import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const backend = process.env.DUDAO_BACKEND_URL ?? 'http://localhost:8080';

/**
 * The browsers of Chinese offices: 360 and 信创 browsers run older Chromium kernels, so Chromium 87
 * and later. `es2020` too, so the output is plain ES2020 syntax (lowered class fields, no static
 * blocks or top-level await), which src/build/browserTarget.test.ts checks by parsing it.
 */
export const BROWSER_TARGET = ['es2020', 'chrome87', 'edge88', 'firefox78', 'safari14'];

// antd and the other libraries are left to the bundler, which splits them along the routes (one
// antd chunk for everything would put all of it before the sign-in page: 542 kB gzip instead of 382)
const vendorGroups = [
  { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
  // echarts only for the pages with charts (the dashboard, the creation overview), loaded with them
  {
    name: 'vendor-charts',
    test: /node_modules[\\/](echarts|zrender|echarts-for-react|size-sensor)[\\/]/,
  },
];

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/q': { target: backend, changeOrigin: false },
    },
  },
  build: {
    target: BROWSER_TARGET,
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: vendorGroups.map((g, i) => ({ ...g, priority: vendorGroups.length - i })),
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    restoreMocks: true,
    testTimeout: 40000,
  },
});
