import { messages } from "@/lib/i18n";

/** The left half of the sign-in page: Folio as a masthead. */
export function BrandPanel() {
  return (
    <aside className="relative hidden overflow-hidden bg-brand-700 text-white lg:flex lg:flex-col lg:justify-between lg:p-12">
      <div className="absolute inset-0 opacity-[0.07] [background-image:repeating-linear-gradient(0deg,#fff_0,#fff_1px,transparent_1px,transparent_28px)]" />
      <div className="relative">
        <p className="font-serif text-6xl font-bold tracking-wide">{messages.app.name}</p>
        <p className="mt-3 text-lg text-brand-100">{messages.app.tagline}</p>
      </div>
      <ul className="relative space-y-3 text-brand-100">
        <li className="border-l-2 border-brand-200/60 pl-4">写稿 · 三审 · 签发</li>
        <li className="border-l-2 border-brand-200/60 pl-4">策划期次 · 组版 · 转版</li>
        <li className="border-l-2 border-brand-200/60 pl-4">三校 · 签付印 · 数字报</li>
      </ul>
    </aside>
  );
}
