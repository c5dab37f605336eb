import User from '#models/user'
import type Ticket from '../models/ticket.js'

/**
 * Gives a ticket to a staff member, or back to nobody (null). Returns who
 * had it before and who has it now, or null when nothing changed (a second
 * click on "Mir zuweisen" writes no second audit event).
 */
export default class AssignTicket {
  static async handle(ticket: Ticket, assigneeId: number | null) {
    const previousId = ticket.assignedToUserId
    if (previousId === assigneeId) return null
    ticket.assignedToUserId = assigneeId
    await ticket.save()
    const ids = [previousId, assigneeId].filter((id): id is number => id !== null)
    const people = ids.length ? await User.query().whereIn('id', ids) : []
    const find = (id: number | null) => people.find((person) => person.id === id) ?? null
    return { previous: find(previousId), assignee: find(assigneeId) }
  }
}
