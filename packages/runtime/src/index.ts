export { runMain, readConfig } from "./run-main";
