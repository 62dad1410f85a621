// Uploads one photo to /api/media with XMLHttpRequest, whose upload events
// (unlike fetch's) report progress. Errors carry the server's own message.
import { messages } from "@/lib/i18n";

export interface UploadedImage {
  mediaId: string;
  src: string;
  width: number;
  height: number;
}

export function uploadFile(file: File, onProgress: (fraction: number) => void): Promise<UploadedImage> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/media");
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body = request.response as { error?: { message?: string } } & Partial<UploadedImage>;
      if (request.status === 201 && body?.mediaId) resolve(body as UploadedImage);
      else reject(new Error(body?.error?.message || messages.errors.internal));
    };
    request.onerror = () => reject(new Error(messages.media.upload.networkError));
    const form = new FormData();
    form.set("file", file);
    request.send(form);
  });
}
