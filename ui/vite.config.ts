import { fileURLToPath, URL } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The build lands where the ui jar's resources go, so the app serves it at / (index.html + hashed assets/).
export default defineConfig({
  plugins: [react(), tailwindcss()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    outDir: 'target/classes/META-INF/resources',
    emptyOutDir: true,
    sourcemap: false,
    // Read by scripts/measure-initial-js.mjs (npm run size).
    manifest: true,
  },
  server: {
    proxy: Object.fromEntries(
      ['/api', '/oauth2', '/login', '/connect', '/userinfo', '/.well-known', '/logout'].map((path) => [
        path,
        { target: process.env.AUTOCRM_URL ?? 'http://127.0.0.1:8112', changeOrigin: false },
      ]),
    ),
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
  },
});
