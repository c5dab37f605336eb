/** The errors of the attachments field: the list's own and one per refused file. */
export function attachmentErrors(errors: Record<string, string | undefined>) {
  return Object.entries(errors)
    .filter(
      ([key, message]) => (key === 'attachments' || key.startsWith('attachments.')) && message
    )
    .map(([, message]) => message as string)
}
