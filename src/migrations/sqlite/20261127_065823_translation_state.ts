import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`curricula\` ADD \`translation\` text;`)
  await db.run(sql`ALTER TABLE \`_curricula_v\` ADD \`version_translation\` text;`)
  await db.run(sql`ALTER TABLE \`learning_formats\` ADD \`translation\` text;`)
  await db.run(sql`ALTER TABLE \`_learning_formats_v\` ADD \`version_translation\` text;`)
  await db.run(sql`ALTER TABLE \`case_studies\` ADD \`translation\` text;`)
  await db.run(sql`ALTER TABLE \`_case_studies_v\` ADD \`version_translation\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`curricula\` DROP COLUMN \`translation\`;`)
  await db.run(sql`ALTER TABLE \`_curricula_v\` DROP COLUMN \`version_translation\`;`)
  await db.run(sql`ALTER TABLE \`learning_formats\` DROP COLUMN \`translation\`;`)
  await db.run(sql`ALTER TABLE \`_learning_formats_v\` DROP COLUMN \`version_translation\`;`)
  await db.run(sql`ALTER TABLE \`case_studies\` DROP COLUMN \`translation\`;`)
  await db.run(sql`ALTER TABLE \`_case_studies_v\` DROP COLUMN \`version_translation\`;`)
}
