// 期号 and 总期号: both continue from the previous issue by themselves; 期号
// restarts with a new year. Staff may override them, but only with a reason.

export interface IssueNumbers {
  /** 期号, within the year */
  number: number;
  /** 总期号, since the first issue */
  totalNumber: number;
}

export interface PreviousIssue extends IssueNumbers {
  date: Date;
}

/** The numbers of an issue dated `date`, following `previous` (the latest issue before it). */
export function nextIssueNumbers(previous: PreviousIssue | null, date: Date): IssueNumbers {
  if (!previous) return { number: 1, totalNumber: 1 };
  const sameYear = previous.date.getUTCFullYear() === date.getUTCFullYear();
  return { number: sameYear ? previous.number + 1 : 1, totalNumber: previous.totalNumber + 1 };
}

/** Numbers that differ from the computed ones need a reason (it is kept with the issue). */
export function overrideNeedsReason(computed: IssueNumbers, chosen: IssueNumbers): boolean {
  return computed.number !== chosen.number || computed.totalNumber !== chosen.totalNumber;
}
