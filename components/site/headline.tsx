// A headline printed in halves breaks between them on the web too, never inside one.
import { headlineParts } from "@/lib/domain/reader-seo";

export function Headline({ text }: { text: string }) {
  return headlineParts(text).map((part, index) => (
    <span key={index}>
      {index > 0 && " "}
      <span className="inline-block max-w-full">{part}</span>
    </span>
  ));
}
