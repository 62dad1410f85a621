// Draft strings of issue 9, inlined into ../zh-CN.ts when the work lands.
export const ops = {
  config: {
    heading: "Folio 无法启动，配置有误：",
    databaseMissing: "未设置 DATABASE_URL。请设置为 PostgreSQL 连接地址，例如 postgresql://用户:密码@主机:5432/folio。",
    databaseInvalid: "DATABASE_URL 不是有效的 PostgreSQL 连接地址，应以 postgresql:// 开头，例如 postgresql://用户:密码@主机:5432/folio。",
    databaseUnreachable: "连接不上 DATABASE_URL 指向的数据库（{where}）：{reason}。请确认数据库已启动、地址和密码正确。",
    secretMissing: "生产环境必须设置 NEXTAUTH_SECRET（登录会话的签名密钥），例如用 openssl rand -base64 32 生成，并妥善保存。",
    secretShort: "NEXTAUTH_SECRET 太短，至少需要 {length} 个字符。可以用 openssl rand -base64 32 生成。",
    urlInvalid: "{name} 不是有效的网址，应以 http:// 或 https:// 开头。",
    s3Credentials: "FOLIO_S3_ACCESS_KEY_ID 和 FOLIO_S3_SECRET_ACCESS_KEY 需要同时设置（或都不设置，使用服务器自带的凭据）。",
  },
  backup: {
    usage: "用法：npm run backup [-- --out 备份文件.tar.gz]\n不指定 --out 时写到 backups/ 目录下。设置 DATABASE_URL 可备份已有的数据库，否则备份内置数据库（.folio/db）。",
    done: "备份完成：{file}\n{tables} 张表，共 {rows} 行；图片文件 {media} 个（{size}）。",
    missing: "注意：数据库里登记的 {count} 个图片文件在存储中找不到，未能备份：\n{keys}",
    failed: "备份失败：{reason}\n数据库和图片都没有被改动。请检查数据库是否在运行、DATABASE_URL 是否正确，然后重试。",
  },
  restore: {
    usage: "用法：npm run restore -- <备份文件.tar.gz> [--force]\n把备份恢复到 DATABASE_URL 指向的数据库（未设置时为内置数据库 .folio/db）和图片存储。数据库里已有数据时，需要加 --force 才会覆盖。",
    done: "恢复完成：{tables} 张表，共 {rows} 行；图片文件 {media} 个。\n备份时间：{createdAt}。",
    refusals: {
      archiveMissing: "找不到备份文件：{details}。请检查路径。",
      archiveUnreadable: "无法读取这个备份文件，它可能不完整或不是 Folio 的备份（{details}）。请换一个备份文件。",
      newerBackup: "这个备份来自更新版本的 Folio（多出迁移：{details}）。请先把 Folio 升级到相同或更新的版本，再恢复。",
      divergent: "这个备份的数据库结构与当前版本不一致（缺少迁移：{details}）。请用生成这个备份的 Folio 版本恢复。",
      databaseNotEmpty: "目标数据库里已有数据，恢复会覆盖全部内容。确认要覆盖，请加 --force 再运行；否则请换一个空数据库（设置 DATABASE_URL）。",
    },
    failed: "恢复失败：{reason}\n请检查数据库是否在运行后重试；目标数据库可能只恢复了一部分，重试时请加 --force。",
  },
} as const;
