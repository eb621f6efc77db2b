// Multipart uploads for the web-layer tests: the API's POST /api/v1/verifications and the home
// page's POST /verify, sent through the real Worker.
import { postHomeForm, send, VERIFICATIONS } from '../http/support';

export type UploadFields = Record<string, string | File | Array<string | File>>;

/** A file part, as a browser or `curl -F file=@name` sends it. */
export function file(bytes: Uint8Array | string, name: string, type = ''): File {
  return new File([bytes as Uint8Array<ArrayBuffer>], name, { type });
}

export function formData(fields: UploadFields): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of ([] as Array<string | File>).concat(value)) form.append(name, item);
  }
  return form;
}

/** POSTs `fields` as multipart/form-data to the verification API. */
export function postUpload(fields: UploadFields, headers: Record<string, string> = {}) {
  return send(VERIFICATIONS, { method: 'POST', headers, body: formData(fields) });
}

/** Submits the home page's form as multipart/form-data, as the page's `enctype` makes it. */
export function submitUpload(fields: UploadFields) {
  return postHomeForm(formData(fields));
}

/** A raw multipart body, byte for byte, for what FormData would not build (an empty file part). */
export function rawMultipart(parts: string[], boundary = 'proofpath-test-boundary') {
  const body = `${parts.map((part) => `--${boundary}\r\n${part}\r\n`).join('')}--${boundary}--\r\n`;
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}
