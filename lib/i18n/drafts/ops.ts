// Draft strings of issue 9, inlined into ../zh-CN.ts when the work lands.
export const ops = {
} as const;
