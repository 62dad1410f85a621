import { describe, expect, it } from "vitest";
import { configProblems, describeDatabase } from "./startup-config";

const production = { production: true, embeddedDatabase: false };
const good = { DATABASE_URL: "postgresql://folio:pw@db:5432/folio", NEXTAUTH_SECRET: "x".repeat(44), NEXTAUTH_URL: "https://news.example.cn" };

describe("configProblems", () => {
  it("accepts a complete production configuration", () => {
    expect(configProblems(good, production)).toEqual([]);
  });

  it("names each wrong setting in Chinese, saying what to do", () => {
    const problems = configProblems({ DATABASE_URL: "mysql://db/folio", NEXTAUTH_URL: "news.example.cn", FOLIO_S3_BUCKET: "b", FOLIO_S3_ACCESS_KEY_ID: "k" }, production);
    expect(problems).toHaveLength(4);
    expect(problems.join("\n")).toMatch(/DATABASE_URL.*postgresql:\/\//);
    expect(problems.join("\n")).toContain("NEXTAUTH_SECRET");
    expect(problems.join("\n")).toContain("NEXTAUTH_URL");
    expect(problems.join("\n")).toContain("FOLIO_S3_SECRET_ACCESS_KEY");
  });

  it("asks for a database only when no embedded one is brought, and a secret only in production", () => {
    expect(configProblems({}, { production: false, embeddedDatabase: true })).toEqual([]);
    expect(configProblems({}, production)).toHaveLength(2);
    expect(configProblems({ ...good, NEXTAUTH_SECRET: "short" }, production)[0]).toContain("至少需要 32 个字符");
  });
});

describe("describeDatabase", () => {
  it("never shows the password", () => {
    expect(describeDatabase("postgresql://folio:s3cret@db:5433/folio")).toBe("db:5433/folio");
  });
});
