import type HttpClient from '#tests/helpers/http_client'
import { postForm, submitForm, type UploadFile } from '#tests/helpers/forms'

export type { UploadFile }

/** A ticket form with attachments (attachments[0], attachments[1], …), posted like Inertia does. */
export function postMultipart(
  http: HttpClient,
  path: string,
  fields: Record<string, string>,
  files: UploadFile[] = []
) {
  return postForm(http, path, fields, { attachments: files })
}

/** The same, following the redirect to the page shown next. */
export function submitMultipart(
  http: HttpClient,
  path: string,
  fields: Record<string, string>,
  files: UploadFile[] = []
) {
  return submitForm(http, path, fields, { attachments: files })
}
