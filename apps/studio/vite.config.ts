import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  server: { port: 5174, strictPort: true },
  preview: { port: 5174, strictPort: true },
  build: {
    sourcemap: true,
    target: "es2022",
    // ECharts is one chunk of its own, loaded with the analytics pages only
    chunkSizeWarningLimit: 900,
  },
});
