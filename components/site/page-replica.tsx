// The page as printed (the proof the paper was signed from), scaled to its
// column by CSS alone, with a link laid over every article. No script: the
// scale comes from container units (components/site/reader.css), the links'
// places from the proof's grid (lib/domain/reader-replica).
import { ReaderLink as Link } from "./reader-link";
import type { CSSProperties } from "react";
import { PageProof } from "@/components/proof/page-proof";
import { pageNumberLabel } from "@/lib/domain/dates";
import { replicaRegions } from "@/lib/domain/reader-replica";
import { plainHeadline } from "@/lib/domain/reader-seo";
import type { SnapshotArticle, SnapshotPage } from "@/lib/domain/snapshot";
import { format, messages } from "@/lib/i18n";
import { route } from "./links";

const reader = messages.reader;

type Props = {
  page: SnapshotPage;
  /** The articles the page's boxes belong to, and where each one reads. */
  articles: ReadonlyMap<string, { article: SnapshotArticle; href: string }>;
};

export function PageReplica({ page, articles }: Props) {
  const { format: paper } = page.proof;
  const regions = replicaRegions(page.proof);
  const label = format(reader.page.replica, { page: pageNumberLabel(page.number) });
  const style = {
    "--replica-width": `${paper.widthMm}mm`,
    "--replica-ratio": `${paper.widthMm} / ${paper.heightMm}`,
  } as CSSProperties;
  return (
    <div className="page-replica" style={style} data-testid="page-replica">
      {/* The printed text is for the eye: readers of the page get the links and the article list. */}
      <div className="page-replica__page" aria-hidden="true">
        <PageProof proof={page.proof} />
      </div>
      <ul className="page-replica__links" aria-label={label}>
        {regions.map((region) => {
          const target = articles.get(region.articleId);
          if (!target) return null;
          const box = page.proof.boxes.find((b) => b.id === region.boxId);
          const name = plainHeadline(target.article.headline) + (box?.continuation && box.continuedFrom ? box.continuedFrom : "");
          return (
            <li key={region.boxId}>
              <Link
                href={route(target.href)}
                prefetch={false}
                className="page-replica__link"
                data-box-article={region.articleId}
                data-testid="replica-link"
                title={name}
                style={{ left: `${region.left}%`, top: `${region.top}%`, width: `${region.width}%`, height: `${region.height}%` }}
              >
                <span className="sr-only">{name}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
