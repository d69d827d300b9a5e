import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  server: { port: 5174, strictPort: true },
  preview: { port: 5174, strictPort: true },
  build: {
    sourcemap: true,
    target: "es2022",
    // two chunks pass Vite's 500 kB warning on purpose: the app (React, Apollo Client, graphql) and
    // ECharts, which only the analytics page loads (about 170 and 200 kB gzipped)
    chunkSizeWarningLimit: 900,
  },
});
