"use client";
// Drag and drop (or choose) several photos; each uploads with its own progress
// bar, then shows 已上传 or the server's reason in Chinese.
import { useId, useRef, useState } from "react";
import { format, messages } from "@/lib/i18n";
import { uploadFile, type UploadedImage } from "./upload-file";

const t = messages.media.upload;
const ACCEPT = "image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif";

type Job = { key: string; name: string; state: "queued" | "uploading" | "processing" | "done" | "failed"; progress: number; error?: string };

export function UploadDropzone({
  onUploaded,
  multiple = true,
  compact = false,
}: {
  onUploaded(image: UploadedImage, name: string): void;
  multiple?: boolean;
  compact?: boolean;
}) {
  const [jobs, setJobs] = useState<Job[]>([]);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();

  const patch = (key: string, change: Partial<Job>) => setJobs((all) => all.map((job) => (job.key === key ? { ...job, ...change } : job)));

  async function start(files: File[]) {
    const batch = (multiple ? files : files.slice(0, 1)).map((file) => ({ file, key: `${file.name}-${crypto.randomUUID()}` }));
    setJobs((all) => [...all, ...batch.map(({ file, key }) => ({ key, name: file.name, state: "queued" as const, progress: 0 }))]);
    // One after another: the server re-encodes each photo, and a newsroom's uplink is narrow.
    for (const { file, key } of batch) {
      patch(key, { state: "uploading" });
      try {
        const uploaded = await uploadFile(file, (progress) =>
          patch(key, progress >= 1 ? { progress: 1, state: "processing" } : { progress }),
        );
        patch(key, { state: "done", progress: 1 });
        onUploaded(uploaded, file.name);
      } catch (error) {
        patch(key, { state: "failed", error: error instanceof Error ? error.message : messages.errors.internal });
      }
    }
  }

  const finished = jobs.some((job) => job.state === "done" || job.state === "failed");

  return (
    <div className="space-y-3">
      <div
        data-testid="upload-dropzone"
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          void start(Array.from(event.dataTransfer.files));
        }}
        className={`flex flex-col items-center justify-center gap-2 rounded-lg border-2 border-dashed px-4 text-center transition ${
          compact ? "py-6" : "py-10"
        } ${over ? "border-brand-500 bg-brand-50" : "border-stone-300 bg-white"}`}
      >
        <svg aria-hidden viewBox="0 0 24 24" className="size-9 text-stone-400" fill="none" stroke="currentColor" strokeWidth={1.5}>
          <rect x="3" y="5" width="18" height="14" rx="2" />
          <circle cx="8.5" cy="10" r="1.5" />
          <path d="m21 16-5-5-8 8" />
        </svg>
        <p className="text-sm text-stone-700">
          {t.drop}
          <button
            type="button"
            onClick={() => input.current?.click()}
            className="ml-1 font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800 focus-visible:outline-2 focus-visible:outline-brand-600"
          >
            {t.choose}
          </button>
        </p>
        <p id={hintId} className="max-w-xl text-xs text-stone-500">{t.hint}</p>
        <input
          ref={input}
          type="file"
          accept={ACCEPT}
          multiple={multiple}
          aria-label={t.title}
          aria-describedby={hintId}
          className="sr-only"
          tabIndex={-1}
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            event.target.value = "";
            void start(files);
          }}
        />
      </div>

      {jobs.length > 0 && (
        <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white" aria-live="polite">
          {jobs.map((job) => (
            <li key={job.key} data-testid="upload-job" data-state={job.state} className="px-3 py-2.5">
              <div className="flex items-baseline justify-between gap-3 text-sm">
                <span className="min-w-0 truncate font-medium text-stone-800">{job.name}</span>
                <span className={`shrink-0 ${job.state === "failed" ? "text-brand-700" : job.state === "done" ? "text-emerald-700" : "text-stone-500"}`}>
                  {job.state === "queued" && t.queued}
                  {job.state === "uploading" && format(t.uploading, { percent: Math.round(job.progress * 100) })}
                  {job.state === "processing" && t.processing}
                  {job.state === "done" && t.done}
                  {job.state === "failed" && format(t.failed, { message: job.error ?? "" })}
                </span>
              </div>
              {job.state !== "failed" && job.state !== "done" && (
                <div
                  role="progressbar"
                  aria-label={format(t.progressLabel, { name: job.name })}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={Math.round(job.progress * 100)}
                  className="mt-2 h-1.5 overflow-hidden rounded-full bg-stone-100"
                >
                  <div
                    className={`h-full rounded-full bg-brand-600 transition-[width] ${job.state === "processing" ? "animate-pulse" : ""}`}
                    style={{ width: `${Math.max(3, Math.round(job.progress * 100))}%` }}
                  />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {finished && (
        <button
          type="button"
          onClick={() => setJobs((all) => all.filter((job) => job.state !== "done" && job.state !== "failed"))}
          className="text-sm text-stone-600 underline underline-offset-2 hover:text-stone-900"
        >
          {t.dismiss}
        </button>
      )}
    </div>
  );
}
