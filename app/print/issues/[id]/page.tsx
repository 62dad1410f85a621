// The print view of an issue: each page a true-size proof on a sheet of its
// own size, for the browser's print dialog and for the server's PDF
// (lib/server/print/render-pdf). Outside app/(desk): no desk header.
// Staff open it with their session; the headless Chromium with a print token.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageProof } from "@/components/proof/page-proof";
import "@/components/proof/page-proof.css";
import type { PageFormat } from "@/lib/domain/page-grid";
import { can } from "@/lib/domain/permissions";
import { getSessionUser } from "@/lib/server/auth/session";
import { loadIssueProofs } from "@/lib/server/composition/load-proof";
import { verifyPrintToken } from "@/lib/server/print/print-token";

export const metadata: Metadata = { robots: { index: false, follow: false } };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function PrintIssuePage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const token = typeof query.token === "string" ? query.token : null;
  const pageParam = query.page;
  if (pageParam !== undefined && (typeof pageParam !== "string" || !/^[1-9]\d{0,2}$/.test(pageParam))) notFound();
  if (!(await mayPrint(id, token))) notFound();

  const loaded = await loadIssueProofs(id, pageParam === undefined ? undefined : Number(pageParam));
  if (!loaded || loaded.pages.length === 0) notFound();

  return (
    <main className="print-issue">
      <style>{sheetCss(loaded.pages.map((page) => page.proof.format))}</style>
      {loaded.pages.map((page) => (
        <div key={page.number} className={`print-issue__sheet ${sheetClass(page.proof.format)}`}>
          <PageProof proof={page.proof} photoQuery={token ? `?${new URLSearchParams({ issue: id, token })}` : ""} />
        </div>
      ))}
    </main>
  );
}

async function mayPrint(issueId: string, token: string | null): Promise<boolean> {
  if (token && verifyPrintToken(token, issueId)) return true;
  const user = await getSessionUser();
  return user !== null && can(user.roles, "desk.enter");
}

/**
 * One named @page per page size, so that every sheet prints at its own size
 * with no margin; the first size is also the default. Numbers only reach the CSS.
 */
function sheetCss(formats: PageFormat[]): string {
  const sizes = new Map(formats.map((f) => [sheetClass(f), `${Number(f.widthMm)}mm ${Number(f.heightMm)}mm`]));
  const [first] = sizes.values();
  const named = [...sizes].map(([name, size]) => `@page ${name} { size: ${size}; margin: 0; }\n.${name} { page: ${name}; }`);
  return [
    `@page { size: ${first}; margin: 0; }`,
    ...named,
    "html, body { margin: 0; padding: 0; background: #fff; }",
    ".print-issue__sheet { overflow: hidden; break-after: page; page-break-after: always; }",
    ".print-issue__sheet:last-child { break-after: auto; page-break-after: auto; }",
    "@media screen { body { background: #d6d3d1; } .print-issue { display: flex; flex-direction: column; align-items: center; gap: 8mm; padding: 8mm 0; } .print-issue__sheet { box-shadow: 0 1mm 4mm rgb(0 0 0 / 0.25); } }",
  ].join("\n");
}

function sheetClass(format: PageFormat): string {
  return `sheet-${Math.round(format.widthMm * 10)}x${Math.round(format.heightMm * 10)}`;
}
