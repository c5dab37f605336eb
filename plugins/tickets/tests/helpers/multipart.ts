import type HttpAgent from '#tests/helpers/http_agent'
import { postForm, submitForm, type UploadFile } from '#tests/helpers/forms'

export type { UploadFile }

/** A ticket form with attachments (attachments[0], attachments[1], …), posted like Inertia does. */
export function postMultipart(
  agent: HttpAgent,
  path: string,
  fields: Record<string, string>,
  files: UploadFile[] = []
) {
  return postForm(agent, path, fields, { attachments: files })
}

/** The same, following the redirect to the page shown next. */
export function submitMultipart(
  agent: HttpAgent,
  path: string,
  fields: Record<string, string>,
  files: UploadFile[] = []
) {
  return submitForm(agent, path, fields, { attachments: files })
}
