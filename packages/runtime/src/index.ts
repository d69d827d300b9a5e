export { runMain, runOnce, readConfig } from "./run-main";
