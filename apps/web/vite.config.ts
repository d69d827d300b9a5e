import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { serviceWorkerPlugin } from "./service-worker-plugin.ts";

export default defineConfig({
  plugins: [react(), serviceWorkerPlugin()],
  server: { port: 5173, strictPort: true },
  preview: { port: 5173, strictPort: true },
  build: { sourcemap: true, target: "es2022" },
});
