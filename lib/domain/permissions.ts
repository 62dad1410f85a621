// Permissions are data: one table from role to the actions it allows. The
// server checks it in every action and route; the UI reads the same table to
// hide what the server would refuse. Rules that depend on the object (own
// article, assigned page, a reviewer's earlier level) live in the use cases.
import type { Role } from "./roles";

export const ACTIONS = [
  "desk.enter", // 进入工作台
  "article.create", // 写稿
  "article.editOwn", // 改自己的稿
  "article.editAny", // 改任何稿 (编辑加工)
  "article.submit", // 交稿
  "review.first", // 初审
  "review.second", // 复审
  "review.final", // 终审 / 签发
  "issue.plan", // 策划期次、版面
  "page.assignStaff", // 分派本版编辑、组版、校对
  "page.compose", // 编版: place and order articles (assigned page editors)
  "page.layout", // 组版: boxes, copy-fit, jumps
  "proof.mark", // 校对: mark page proofs
  "proof.resolve", // 处理校对标记
  "page.sign", // 签付印
  "issue.publish", // 发布 / 撤回数字报
  "article.correct", // 登记更正
  "media.upload", // 上传图片
  "import.run", // 导入往期
  "stats.view", // 见报统计
  "audit.view", // 审计日志
  "admin.users", // 用户与角色
  "admin.publications", // 报纸设置
  "admin.contributors", // 合并作者
] as const;
export type Action = (typeof ACTIONS)[number];

const WRITING: Action[] = ["article.create", "article.editOwn", "article.submit", "media.upload"];

export const PERMISSIONS: Record<Role, readonly Action[]> = {
  reporter: ["desk.enter", ...WRITING],
  editor: ["desk.enter", ...WRITING, "article.editAny", "review.first", "page.compose", "proof.resolve"],
  desk: [
    "desk.enter", ...WRITING, "article.editAny", "review.first", "review.second",
    "issue.plan", "page.assignStaff", "page.compose", "proof.resolve", "article.correct", "import.run", "stats.view",
  ],
  chief: [
    "desk.enter", ...WRITING, "article.editAny", "review.first", "review.second", "review.final",
    "issue.plan", "page.assignStaff", "page.compose", "page.layout", "proof.resolve",
    "page.sign", "issue.publish", "article.correct", "import.run", "stats.view", "audit.view",
  ],
  layout: ["desk.enter", "page.compose", "page.layout", "proof.resolve", "media.upload"],
  proofreader: ["desk.enter", "proof.mark"],
  admin: [
    "desk.enter", "import.run", "stats.view", "audit.view",
    "admin.users", "admin.publications", "admin.contributors",
  ],
};

/** May someone holding `roles` do `action`? */
export function can(roles: readonly Role[], action: Action): boolean {
  return roles.some((role) => PERMISSIONS[role].includes(action));
}

/** Every action the roles allow, for the client to hide what the server would refuse. */
export function abilities(roles: readonly Role[]): Action[] {
  return ACTIONS.filter((action) => can(roles, action));
}
