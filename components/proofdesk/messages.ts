// The proofreading desk's strings: one object, from the one messages file.
import { messages } from "@/lib/i18n";

export const t = messages.proofdesk;
