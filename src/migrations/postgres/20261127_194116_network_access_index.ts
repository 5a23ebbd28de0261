import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "visibility__status_idx";
  DROP INDEX "version_visibility_version__status_idx";
  DROP INDEX "visibility__status_1_idx";
  DROP INDEX "version_visibility_version__status_1_idx";
  DROP INDEX "visibility__status_2_idx";
  DROP INDEX "version_visibility_version__status_2_idx";
  CREATE INDEX "visibility__status_tenant_idx" ON "curricula" USING btree ("visibility","_status","tenant_id");
  CREATE INDEX "version_visibility_version__status_version_tenant_idx" ON "_curricula_v" USING btree ("version_visibility","version__status","version_tenant_id");
  CREATE INDEX "visibility__status_tenant_1_idx" ON "learning_formats" USING btree ("visibility","_status","tenant_id");
  CREATE INDEX "version_visibility_version__status_version_tenant_1_idx" ON "_learning_formats_v" USING btree ("version_visibility","version__status","version_tenant_id");
  CREATE INDEX "visibility__status_tenant_2_idx" ON "case_studies" USING btree ("visibility","_status","tenant_id");
  CREATE INDEX "version_visibility_version__status_version_tenant_2_idx" ON "_case_studies_v" USING btree ("version_visibility","version__status","version_tenant_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "visibility__status_tenant_idx";
  DROP INDEX "version_visibility_version__status_version_tenant_idx";
  DROP INDEX "visibility__status_tenant_1_idx";
  DROP INDEX "version_visibility_version__status_version_tenant_1_idx";
  DROP INDEX "visibility__status_tenant_2_idx";
  DROP INDEX "version_visibility_version__status_version_tenant_2_idx";
  CREATE INDEX "visibility__status_idx" ON "curricula" USING btree ("visibility","_status");
  CREATE INDEX "version_visibility_version__status_idx" ON "_curricula_v" USING btree ("version_visibility","version__status");
  CREATE INDEX "visibility__status_1_idx" ON "learning_formats" USING btree ("visibility","_status");
  CREATE INDEX "version_visibility_version__status_1_idx" ON "_learning_formats_v" USING btree ("version_visibility","version__status");
  CREATE INDEX "visibility__status_2_idx" ON "case_studies" USING btree ("visibility","_status");
  CREATE INDEX "version_visibility_version__status_2_idx" ON "_case_studies_v" USING btree ("version_visibility","version__status");`)
}
