import { describe, expect, it } from "vitest";
import { format, messages } from "./index";

describe("messages", () => {
  it("fills placeholders", () => {
    expect(format("总第{total}期", { total: 255 })).toBe("总第255期");
  });

  it("leaves unknown placeholders visible rather than blank", () => {
    expect(format("请 {minutes} 分钟后再试", {})).toBe("请 {minutes} 分钟后再试");
  });

  it("names every role in Chinese", () => {
    expect(Object.values(messages.roles).every((name) => /\p{Script=Han}/u.test(name))).toBe(true);
  });
});
