import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import { ROOT } from "./repository";

/** A Kubernetes object as rendered: the fields the checks read, typed loosely. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rendered YAML, read by the checks
  spec?: any;
  data?: Record<string, string>;
}

/** Whether `kubectl` (with its built-in kustomize) is on this machine. */
export function hasKubectl(): boolean {
  try {
    execFileSync("kubectl", ["version", "--client"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** `kubectl kustomize <dir>`: the real kustomize, as `kubectl apply -k` would render the folder. */
export function kustomize(folder: string): KubeObject[] {
  const yaml = execFileSync("kubectl", ["kustomize", join(ROOT, folder)], { encoding: "utf8" });
  return parseAllDocuments(yaml).map((document) => document.toJS() as KubeObject);
}

/** Parses a YAML file of the repository (one document), with `<<` merge keys resolved as Compose does. */
export function readYaml<T>(text: string): T {
  const [document] = parseAllDocuments(text, { merge: true });
  if (document.errors.length > 0) throw new Error(document.errors.map((e) => e.message).join("; "));
  return document.toJS() as T;
}
