/** 12,345: counts read with separators in the report's tables. */
export const count = (value: number) => value.toLocaleString("zh-CN");
