// Every action a use case records has a Chinese label: the test reads
// lib/server for the actions written (literals, ternaries, templates and
// helpers that take the action as a parameter), so a new one cannot ship
// unlabelled into the audit trail's filter, rows and CSV.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n";
import { AUDIT_ACTION_GROUPS, AUDIT_ACTIONS, AUDIT_OBJECT_TYPES, TEMPLATED_AUDIT_ACTIONS, actorlessKind } from "./audit-actions";

const SERVER = path.join(import.meta.dirname, "..", "server");
const ACTION = /^[a-z]+(\.[a-zA-Z_]+)+$/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

const literals = (text: string) => [...text.matchAll(/"([^"\n]*)"/g)].map((m) => m[1]!).filter((s) => ACTION.test(s));
const templates = (text: string) => [...text.matchAll(/`([a-z.]+)\$\{/g)].map((m) => m[1]!);

/** What the code records: `action: <expr>` everywhere, and the literal arguments of helpers declared with an `action: string` parameter. */
function recordedActions(code: string): { actions: string[]; prefixes: string[] } {
  const actions: string[] = [];
  const prefixes: string[] = [];
  for (const match of code.matchAll(/\baction:\s*([^,\n]+)/g)) {
    const expression = match[1]!;
    actions.push(...literals(expression));
    prefixes.push(...templates(expression));
    // A lookup table: action: AUDIT_ACTION[kind] reads the table's literals.
    const table = /^(\w+)\[/.exec(expression)?.[1];
    const body = table ? new RegExp(`const\\s+${table}\\b[^=]*=\\s*\\{([^}]*)\\}`).exec(code)?.[1] : undefined;
    if (body) actions.push(...literals(body));
  }
  const helpers = [...code.matchAll(/function\s+(\w+)\s*\(([^)]*)\)/g)].filter((m) => /\baction:\s*string\b/.test(m[2]!)).map((m) => m[1]!);
  for (const helper of helpers) {
    for (const call of code.matchAll(new RegExp(`(?<!function\\s)\\b${helper}\\(([^\\n]*)`, "g"))) actions.push(...literals(call[1]!));
  }
  return { actions, prefixes };
}

const found = sources(SERVER).map((file) => ({ file: path.relative(SERVER, file), ...recordedActions(readFileSync(file, "utf8")) }));
const labels: Record<string, string> = messages.audit.actions;

describe("audit action labels", () => {
  it("finds the actions the use cases record (the scan itself works)", () => {
    const all = found.flatMap((f) => f.actions);
    for (const known of ["review.decide", "page.sign", "placement.create", "placement.jump", "auth.sign_in_failed", "issue.schedule", "issue.publish", "comment.reopen", "user.deactivate", "user.password_reset"]) {
      expect(all).toContain(known);
    }
    expect(found.flatMap((f) => f.prefixes)).toContain("proof.mark.");
  });

  it("offers no action in the filter that nothing records", () => {
    const recorded = new Set(found.flatMap((f) => f.actions));
    const expanded = Object.entries(TEMPLATED_AUDIT_ACTIONS).flatMap(([prefix, values]) => values.map((value) => prefix + value));
    expect(AUDIT_ACTIONS.filter((action) => !recorded.has(action) && !expanded.includes(action))).toEqual([]);
  });

  it("labels every action recorded in lib/server", () => {
    const unlabelled = found.flatMap(({ file, actions }) => actions.filter((action) => !labels[action]).map((action) => `${file}: ${action}`));
    expect(unlabelled).toEqual([]);
  });

  it("labels every value of a templated action, and knows every template", () => {
    const prefixes = [...new Set(found.flatMap((f) => f.prefixes))];
    expect(prefixes.filter((prefix) => !TEMPLATED_AUDIT_ACTIONS[prefix])).toEqual([]);
    const expanded = Object.entries(TEMPLATED_AUDIT_ACTIONS).flatMap(([prefix, values]) => values.map((value) => prefix + value));
    expect(expanded.filter((action) => !labels[action])).toEqual([]);
  });

  it("groups each action once and labels every group, action and object type", () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    for (const group of Object.keys(AUDIT_ACTION_GROUPS)) expect(messages.audit.groups[group as keyof typeof AUDIT_ACTION_GROUPS]).toBeTruthy();
    for (const action of AUDIT_ACTIONS) expect(labels[action]).toBeTruthy();
    for (const type of AUDIT_OBJECT_TYPES) expect(messages.audit.objectTypes[type]).toBeTruthy();
  });

  it("labels every object type recorded in lib/server", () => {
    const types = sources(SERVER).flatMap((file) => [...readFileSync(file, "utf8").matchAll(/objectType:\s*"(\w+)"/g)].map((m) => m[1]!));
    expect(types.length).toBeGreaterThan(10);
    expect([...new Set(types)].filter((type) => !(AUDIT_OBJECT_TYPES as readonly string[]).includes(type))).toEqual([]);
  });

  it("says 匿名 for a sign-in without a user and 系统 for other work without one", () => {
    expect(actorlessKind("auth.sign_in_failed")).toBe("anonymous");
    expect(actorlessKind("import.confirm")).toBe("system");
  });
});
