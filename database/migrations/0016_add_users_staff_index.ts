import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Staff are a handful of rows among thousands of customers, and every inbox
 * page and ticket lists them (the assignee choices). Without an index that
 * list read every user: 2.4 ms of PostgreSQL per page with 10,000 customers
 * (EXPLAIN ANALYZE, npm run bench's database), 0.2 ms with this one.
 */
export default class extends BaseSchema {
  protected tableName = 'users'

  async up() {
    this.schema.raw(`CREATE INDEX users_staff_index ON users (id) WHERE role = 'staff'`)
  }

  async down() {
    this.schema.raw('DROP INDEX users_staff_index')
  }
}
