// The heading of a workspace page that opens with a title and a line on what
// the page is for (质量, 导入, 审计日志, 见报统计).
export function PageTitle({ title, intro }: { title: string; intro: string }) {
  return (
    <header className="space-y-2">
      <h1 className="font-serif text-2xl font-bold text-stone-900 sm:text-3xl">{title}</h1>
      <p className="max-w-3xl text-sm leading-relaxed text-stone-600">{intro}</p>
    </header>
  );
}
