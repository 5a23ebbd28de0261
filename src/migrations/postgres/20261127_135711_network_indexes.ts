import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "visibility__status_updatedAt_idx" ON "curricula" USING btree ("visibility","_status","updated_at");
  CREATE INDEX "version_visibility_version__status_version_updatedAt_idx" ON "_curricula_v" USING btree ("version_visibility","version__status","version_updated_at");
  CREATE INDEX "visibility__status_updatedAt_1_idx" ON "learning_formats" USING btree ("visibility","_status","updated_at");
  CREATE INDEX "version_visibility_version__status_version_updatedAt_1_idx" ON "_learning_formats_v" USING btree ("version_visibility","version__status","version_updated_at");
  CREATE INDEX "visibility__status_updatedAt_2_idx" ON "case_studies" USING btree ("visibility","_status","updated_at");
  CREATE INDEX "version_visibility_version__status_version_updatedAt_2_idx" ON "_case_studies_v" USING btree ("version_visibility","version__status","version_updated_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "visibility__status_updatedAt_idx";
  DROP INDEX "version_visibility_version__status_version_updatedAt_idx";
  DROP INDEX "visibility__status_updatedAt_1_idx";
  DROP INDEX "version_visibility_version__status_version_updatedAt_1_idx";
  DROP INDEX "visibility__status_updatedAt_2_idx";
  DROP INDEX "version_visibility_version__status_version_updatedAt_2_idx";`)
}
