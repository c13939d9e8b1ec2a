import { defineConfig } from 'vite';

// The inspector is a static build served by the workbench at `/`.
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, target: 'es2022' },
});
