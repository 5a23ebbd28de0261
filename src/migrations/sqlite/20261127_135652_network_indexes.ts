import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`visibility__status_updatedAt_idx\` ON \`curricula\` (\`visibility\`,\`_status\`,\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_visibility_version__status_version_updatedAt_idx\` ON \`_curricula_v\` (\`version_visibility\`,\`version__status\`,\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`visibility__status_updatedAt_1_idx\` ON \`learning_formats\` (\`visibility\`,\`_status\`,\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_visibility_version__status_version_updatedAt_1_idx\` ON \`_learning_formats_v\` (\`version_visibility\`,\`version__status\`,\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`visibility__status_updatedAt_2_idx\` ON \`case_studies\` (\`visibility\`,\`_status\`,\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_visibility_version__status_version_updatedAt_2_idx\` ON \`_case_studies_v\` (\`version_visibility\`,\`version__status\`,\`version_updated_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`visibility__status_updatedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_visibility_version__status_version_updatedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`visibility__status_updatedAt_1_idx\`;`)
  await db.run(sql`DROP INDEX \`version_visibility_version__status_version_updatedAt_1_idx\`;`)
  await db.run(sql`DROP INDEX \`visibility__status_updatedAt_2_idx\`;`)
  await db.run(sql`DROP INDEX \`version_visibility_version__status_version_updatedAt_2_idx\`;`)
}
