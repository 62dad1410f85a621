"use client";
// The library's upload box: each finished photo appears in the grid below.
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { UploadDropzone } from "./upload-dropzone";

export function LibraryUpload() {
  const router = useRouter();
  const [, startTransition] = useTransition();
  return <UploadDropzone onUploaded={() => startTransition(() => router.refresh())} />;
}
