import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { acceptedRequestId, loggedError, redactPaths, scrubMessage } from "./log-hygiene";

describe("scrubMessage", () => {
  it("cuts quoted input and written Chinese out of error messages", () => {
    let thrown = "";
    try {
      JSON.parse("区委书记在会上强调要抓好冬季安全生产");
    } catch (error) {
      thrown = (error as Error).message;
    }
    expect(thrown).toContain("区委书记");
    const scrubbed = scrubMessage(thrown);
    expect(scrubbed).not.toMatch(/[\u4e00-\u9fff]/);
    expect(scrubMessage('Unique constraint failed on the fields: (`email`) value "chief@folio.local"')).toBe("Unique constraint failed on the fields: (…) value …");
  });

  it("keeps messages short", () => {
    expect(scrubMessage("x".repeat(500)).length).toBeLessThanOrEqual(201);
  });
});

describe("loggedError", () => {
  it("keeps the kind, code and place of an error, not its text", () => {
    const error = Object.assign(new Error("保存失败：稿件正文“未发表的内容”"), { code: "P2002" });
    const logged = loggedError(error);
    expect(logged).toMatchObject({ name: "Error", code: "P2002" });
    expect(JSON.stringify(logged)).not.toContain("未发表");
    expect(logged.at?.[0]).toMatch(/log-hygiene\.test\.ts/);
  });
});

describe("redaction in the logger", () => {
  it("never writes passwords, tokens, cookies or article text", () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _encoding, done) => done(void lines.push(String(chunk))) });
    const logger = pino({ redact: { paths: redactPaths(), censor: "[redacted]" } }, sink);
    logger.info({ password: "hunter2-secret", input: { token: "abc123token", body: { text: "未发表的稿件正文" } }, headers: { cookie: "next-auth.session-token=eyJhbGc" } }, "attempt");
    const written = lines.join("");
    for (const secret of ["hunter2-secret", "abc123token", "未发表", "eyJhbGc"]) expect(written).not.toContain(secret);
    expect(written).toContain("[redacted]");
  });
});

describe("acceptedRequestId", () => {
  it("takes a proxy's id that looks like one, and nothing else", () => {
    expect(acceptedRequestId("4f1c2a9be3d04e6f8a7b")).toBe("4f1c2a9be3d04e6f8a7b");
    expect(acceptedRequestId("<script>")).toBeNull();
    expect(acceptedRequestId(null)).toBeNull();
  });
});
