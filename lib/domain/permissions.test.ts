import { describe, expect, it } from "vitest";
import { ACTIONS, abilities, can, type Action } from "./permissions";
import { ROLES, type Role } from "./roles";

// The permission table as the newsroom reads it: x = allowed. Written out
// again here on purpose, so that any change to the table is a visible decision.
const EXPECTED = `
action              admin chief desk editor reporter layout proofreader
desk.enter            x     x    x     x       x       x       x
article.create        .     x    x     x       x       .       .
article.editOwn       .     x    x     x       x       .       .
article.editAny       .     x    x     x       .       .       .
article.submit        .     x    x     x       x       .       .
review.first          .     x    x     x       .       .       .
review.second         .     x    x     .       .       .       .
review.final          .     x    .     .       .       .       .
issue.plan            .     x    x     .       .       .       .
page.assignStaff      .     x    x     .       .       .       .
page.compose          .     x    x     x       .       x       .
page.layout           .     x    .     .       .       x       .
proof.mark            .     .    .     .       .       .       x
proof.resolve         .     x    x     x       .       x       .
page.sign             .     x    .     .       .       .       .
issue.publish         .     x    .     .       .       .       .
article.correct       .     x    x     .       .       .       .
media.upload          .     x    x     x       x       x       .
import.run            x     x    x     .       .       .       .
stats.view            x     x    x     .       .       .       .
audit.view            x     x    .     .       .       .       .
admin.users           x     .    .     .       .       .       .
admin.publications    x     .    .     .       .       .       .
admin.contributors    x     .    .     .       .       .       .
`;

const [header, ...rows] = EXPECTED.trim().split("\n").map((line) => line.trim().split(/\s+/));
const roleColumns = header!.slice(1) as Role[];
const cells = rows.flatMap(([action, ...marks]) =>
  roleColumns.map((role, i) => ({ action: action as Action, role, allowed: marks[i] === "x" })),
);

describe("permission table", () => {
  it("lists every role and every action exactly once", () => {
    expect([...roleColumns].sort()).toEqual([...ROLES].sort());
    expect(rows.map(([action]) => action).sort()).toEqual([...ACTIONS].sort());
  });

  it.each(cells)("$role → $action: $allowed", ({ role, action, allowed }) => {
    expect(can([role], action)).toBe(allowed);
  });

  it("grants a user with several roles the union of their actions", () => {
    expect(can(["reporter", "proofreader"], "proof.mark")).toBe(true);
    expect(can(["reporter", "proofreader"], "article.create")).toBe(true);
    expect(can(["reporter", "proofreader"], "page.sign")).toBe(false);
  });

  it("grants nothing without a role", () => {
    expect(abilities([])).toEqual([]);
  });

  it("lists a role's abilities in table order", () => {
    expect(abilities(["proofreader"])).toEqual(["desk.enter", "proof.mark"]);
  });
});
