"use client";

interface Props {
  label: string;
  pendingLabel: string;
  pending: boolean;
  onClick(): void;
  /** The server's message when the action failed. */
  error?: string;
  className: string;
  title?: string;
  icon?: React.ReactNode;
}

/** A button that runs one server action and says what went wrong beneath it. */
export function ActionButton({ label, pendingLabel, pending, onClick, error, className, title, icon }: Props) {
  return (
    <div className="flex flex-col items-end gap-1">
      <button type="button" disabled={pending} onClick={onClick} title={title} className={`${className} disabled:opacity-60`}>
        {icon}
        {pending ? pendingLabel : label}
      </button>
      {error && <p role="alert" className="max-w-xs text-right text-sm text-brand-700">{error}</p>}
    </div>
  );
}
