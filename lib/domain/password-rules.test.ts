import { describe, expect, it } from "vitest";
import { PASSWORD_MAX_LENGTH, passwordRefusal } from "./password-rules";

const lin = { email: "linjing@folio.local", name: "林静" };
const wang = { email: "wang.lei@example.test", name: "Wang Lei" };

describe("password rules", () => {
  it("accepts a long passphrase of unrelated words, in Latin or Chinese", () => {
    expect(passwordRefusal("harbour kettle violet 73", lin)).toBeNull();
    expect(passwordRefusal("早班校样晴天大河向东流", lin)).toBeNull();
    expect(passwordRefusal("Tq8#vLm2!xR", lin)).toBeNull();
  });

  it("asks for at least ten characters, counting Chinese characters as one each", () => {
    expect(passwordRefusal("Tq8#vLm2!", lin)).toBe("passwordTooShort");
    expect(passwordRefusal("晴天大河向东流", lin)).toBe("passwordTooShort");
  });

  it("refuses more than 200 characters", () => {
    const long = Array.from({ length: PASSWORD_MAX_LENGTH + 1 }, (_, i) => "abcdefghijklmnopqrstuvwxyz0123456789"[i % 36]).join("");
    expect(passwordRefusal(long, lin)).toBe("passwordTooLong");
  });

  it("refuses a password that is mostly one repeated character", () => {
    expect(passwordRefusal("aaaaaaaaaaaa", lin)).toBe("passwordRepetitive");
    expect(passwordRefusal("AaaaaaX9aaaa", lin)).toBe("passwordRepetitive");
  });

  it("refuses the email's name or the person's name inside the password", () => {
    expect(passwordRefusal("Linjing-kettle-2024", lin)).toBe("passwordPersonal");
    expect(passwordRefusal("我是林静的新密码啊啊", lin)).toBe("passwordPersonal");
    expect(passwordRefusal("kettle wang.lei violet", wang)).toBe("passwordPersonal");
    expect(passwordRefusal("violet WangLei kettle", wang)).toBe("passwordPersonal");
  });

  it("refuses common and patterned passwords", () => {
    for (const weak of ["password123", "qwertyuiop", "1234567890", "iloveyou12", "P@ssw0rd123", "abc123abc123"]) {
      expect(passwordRefusal(weak, lin), weak).toBe("passwordWeak");
    }
  });
});
