import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`visibility__status_idx\`;`)
  await db.run(sql`CREATE INDEX \`visibility__status_tenant_idx\` ON \`curricula\` (\`visibility\`,\`_status\`,\`tenant_id\`);`)
  await db.run(sql`DROP INDEX \`version_visibility_version__status_idx\`;`)
  await db.run(sql`CREATE INDEX \`version_visibility_version__status_version_tenant_idx\` ON \`_curricula_v\` (\`version_visibility\`,\`version__status\`,\`version_tenant_id\`);`)
  await db.run(sql`DROP INDEX \`visibility__status_1_idx\`;`)
  await db.run(sql`CREATE INDEX \`visibility__status_tenant_1_idx\` ON \`learning_formats\` (\`visibility\`,\`_status\`,\`tenant_id\`);`)
  await db.run(sql`DROP INDEX \`version_visibility_version__status_1_idx\`;`)
  await db.run(sql`CREATE INDEX \`version_visibility_version__status_version_tenant_1_idx\` ON \`_learning_formats_v\` (\`version_visibility\`,\`version__status\`,\`version_tenant_id\`);`)
  await db.run(sql`DROP INDEX \`visibility__status_2_idx\`;`)
  await db.run(sql`CREATE INDEX \`visibility__status_tenant_2_idx\` ON \`case_studies\` (\`visibility\`,\`_status\`,\`tenant_id\`);`)
  await db.run(sql`DROP INDEX \`version_visibility_version__status_2_idx\`;`)
  await db.run(sql`CREATE INDEX \`version_visibility_version__status_version_tenant_2_idx\` ON \`_case_studies_v\` (\`version_visibility\`,\`version__status\`,\`version_tenant_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`visibility__status_tenant_idx\`;`)
  await db.run(sql`CREATE INDEX \`visibility__status_idx\` ON \`curricula\` (\`visibility\`,\`_status\`);`)
  await db.run(sql`DROP INDEX \`version_visibility_version__status_version_tenant_idx\`;`)
  await db.run(sql`CREATE INDEX \`version_visibility_version__status_idx\` ON \`_curricula_v\` (\`version_visibility\`,\`version__status\`);`)
  await db.run(sql`DROP INDEX \`visibility__status_tenant_1_idx\`;`)
  await db.run(sql`CREATE INDEX \`visibility__status_1_idx\` ON \`learning_formats\` (\`visibility\`,\`_status\`);`)
  await db.run(sql`DROP INDEX \`version_visibility_version__status_version_tenant_1_idx\`;`)
  await db.run(sql`CREATE INDEX \`version_visibility_version__status_1_idx\` ON \`_learning_formats_v\` (\`version_visibility\`,\`version__status\`);`)
  await db.run(sql`DROP INDEX \`visibility__status_tenant_2_idx\`;`)
  await db.run(sql`CREATE INDEX \`visibility__status_2_idx\` ON \`case_studies\` (\`visibility\`,\`_status\`);`)
  await db.run(sql`DROP INDEX \`version_visibility_version__status_version_tenant_2_idx\`;`)
  await db.run(sql`CREATE INDEX \`version_visibility_version__status_2_idx\` ON \`_case_studies_v\` (\`version_visibility\`,\`version__status\`);`)
}
