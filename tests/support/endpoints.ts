// Every server action and route handler of the app, found by reading the
// source tree (not a hand-kept list), with the permission each declares.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SOURCE_FOLDERS = ["app", "components", "lib"];
export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

export interface ServerAction {
  file: string;
  name: string;
  client: "deskAction" | "publicAction" | "unknown";
  /** The permission its metadata names; null when none is found. */
  permission: string | null;
}

export interface RouteHandler {
  file: string;
  method: (typeof HTTP_METHODS)[number];
  /** deskRoute's permission, or null for a handler not wrapped in deskRoute. */
  permission: string | null;
  /** The dynamic segments of its path ([id] → "id"). */
  params: string[];
}

function sourceFiles(): string[] {
  return SOURCE_FOLDERS.flatMap((folder) =>
    readdirSync(path.join(ROOT, folder), { recursive: true, encoding: "utf8" })
      .filter((file) => /\.tsx?$/.test(file) && !file.includes("node_modules") && !/\.test\.tsx?$/.test(file))
      .map((file) => path.join(folder, file)),
  );
}

const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");
const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
const TOP_DIRECTIVE = /^(?:\s*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*["']use server["']/;

/** Files whose "use server" is not at the top: an inline server action the test could not find. */
export function inlineServerActionFiles(): string[] {
  return sourceFiles().filter((file) => {
    const source = read(file);
    return /["']use server["']/.test(source) && !TOP_DIRECTIVE.test(source);
  });
}

export function serverActions(): ServerAction[] {
  return sourceFiles()
    .filter((file) => TOP_DIRECTIVE.test(read(file)))
    .flatMap((file) => {
      const source = withoutComments(read(file));
      const named = new Map<string, string>();
      for (const match of source.matchAll(/const (\w+) = \{\s*permission:\s*"([\w.]+)"\s*\}/g)) named.set(match[1]!, match[2]!);
      // Each exported statement runs to the next export (or the end of the file).
      const statements = source.split(/(?=^export )/m).filter((part) => part.startsWith("export "));
      return statements.map((statement): ServerAction => {
        const name = /^export (?:const|async function|function|let) (\w+)/.exec(statement)?.[1] ?? statement.slice(0, 40);
        const client = /^export const \w+\s*=\s*(deskAction|publicAction)\b/.exec(statement)?.[1] as ServerAction["client"] | undefined;
        const inline = /\.metadata\(\s*\{\s*permission:\s*"([\w.]+)"/.exec(statement)?.[1];
        const byName = /\.metadata\((\w+)\)/.exec(statement)?.[1];
        return { file, name, client: client ?? "unknown", permission: inline ?? (byName ? (named.get(byName) ?? null) : null) };
      });
    });
}

export function routeHandlers(): RouteHandler[] {
  return sourceFiles()
    .filter((file) => file.startsWith("app") && /(^|\/)route\.tsx?$/.test(file))
    .flatMap((file) => {
      const source = withoutComments(read(file));
      const params = [...file.matchAll(/\[(?:\.\.\.)?(\w+)\]/g)].map((match) => match[1]!);
      const methods = HTTP_METHODS.filter((method) =>
        new RegExp(`export (?:const|async function|function) ${method}\\b|export \\{[^}]*\\bas ${method}\\b`).test(source),
      );
      return methods.map((method): RouteHandler => {
        const wrapped = new RegExp(`export const ${method}\\s*=\\s*deskRoute(?:<[^>]*>)?\\(\\s*"([\\w.]+)"`).exec(source);
        return { file, method, permission: wrapped?.[1] ?? null, params };
      });
    });
}

export const importPath = (file: string) => path.join(ROOT, file);
