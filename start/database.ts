/*
|--------------------------------------------------------------------------
| Database
|--------------------------------------------------------------------------
| Statements with parameters run as prepared statements on a PostgreSQL
| server (see app/services/prepared_statements.ts); not on the embedded
| database, and not with DB_PREPARED_STATEMENTS=false.
*/
import env from '#start/env'
import { usesEmbeddedDatabase } from '#config/database'
import { enablePreparedStatements } from '#services/prepared_statements'

if (!usesEmbeddedDatabase && env.get('DB_PREPARED_STATEMENTS', true)) enablePreparedStatements()
