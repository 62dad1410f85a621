// A page with nothing to show yet, saying why and what to do.
export function EmptyState({ title, hint, children, level = 1 }: { title: string; hint: string; children?: React.ReactNode; level?: 1 | 2 }) {
  const Heading = level === 1 ? "h1" : "h2";
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 text-center" data-testid="empty-state">
      <Heading className="font-serif text-2xl font-bold text-stone-900">{title}</Heading>
      <p className="mt-3 leading-7 text-stone-700">{hint}</p>
      {children && <div className="mt-6 flex flex-wrap justify-center gap-3">{children}</div>}
    </div>
  );
}
