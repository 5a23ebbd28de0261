import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "curricula_sessions_objectives_i18n_parent_idx" ON "curricula_sessions_objectives_i18n" USING btree ("_parent_id");
  CREATE INDEX "curricula_sessions_i18n_parent_idx" ON "curricula_sessions_i18n" USING btree ("_parent_id");
  CREATE INDEX "curricula_learning_outcomes_i18n_parent_idx" ON "curricula_learning_outcomes_i18n" USING btree ("_parent_id");
  CREATE INDEX "curricula_i18n_parent_idx" ON "curricula_i18n" USING btree ("_parent_id");
  CREATE INDEX "_curricula_v_version_sessions_objectives_i18n_parent_idx" ON "_curricula_v_version_sessions_objectives_i18n" USING btree ("_parent_id");
  CREATE INDEX "_curricula_v_version_sessions_i18n_parent_idx" ON "_curricula_v_version_sessions_i18n" USING btree ("_parent_id");
  CREATE INDEX "_curricula_v_version_learning_outcomes_i18n_parent_idx" ON "_curricula_v_version_learning_outcomes_i18n" USING btree ("_parent_id");
  CREATE INDEX "_curricula_v_i18n_parent_idx" ON "_curricula_v_i18n" USING btree ("_parent_id");
  CREATE INDEX "learning_formats_steps_i18n_parent_idx" ON "learning_formats_steps_i18n" USING btree ("_parent_id");
  CREATE INDEX "learning_formats_outcomes_i18n_parent_idx" ON "learning_formats_outcomes_i18n" USING btree ("_parent_id");
  CREATE INDEX "learning_formats_i18n_parent_idx" ON "learning_formats_i18n" USING btree ("_parent_id");
  CREATE INDEX "_learning_formats_v_version_steps_i18n_parent_idx" ON "_learning_formats_v_version_steps_i18n" USING btree ("_parent_id");
  CREATE INDEX "_learning_formats_v_version_outcomes_i18n_parent_idx" ON "_learning_formats_v_version_outcomes_i18n" USING btree ("_parent_id");
  CREATE INDEX "_learning_formats_v_i18n_parent_idx" ON "_learning_formats_v_i18n" USING btree ("_parent_id");
  CREATE INDEX "case_studies_partners_i18n_parent_idx" ON "case_studies_partners_i18n" USING btree ("_parent_id");
  CREATE INDEX "case_studies_impact_i18n_parent_idx" ON "case_studies_impact_i18n" USING btree ("_parent_id");
  CREATE INDEX "case_studies_i18n_parent_idx" ON "case_studies_i18n" USING btree ("_parent_id");
  CREATE INDEX "_case_studies_v_version_partners_i18n_parent_idx" ON "_case_studies_v_version_partners_i18n" USING btree ("_parent_id");
  CREATE INDEX "_case_studies_v_version_impact_i18n_parent_idx" ON "_case_studies_v_version_impact_i18n" USING btree ("_parent_id");
  CREATE INDEX "_case_studies_v_i18n_parent_idx" ON "_case_studies_v_i18n" USING btree ("_parent_id");
  CREATE INDEX "organizations_i18n_parent_idx" ON "organizations_i18n" USING btree ("_parent_id");
  CREATE INDEX "topics_i18n_parent_idx" ON "topics_i18n" USING btree ("_parent_id");
  CREATE INDEX "media_i18n_parent_idx" ON "media_i18n" USING btree ("_parent_id");
  CREATE INDEX "tenants_i18n_parent_idx" ON "tenants_i18n" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "curricula_sessions_objectives_i18n_parent_idx";
  DROP INDEX "curricula_sessions_i18n_parent_idx";
  DROP INDEX "curricula_learning_outcomes_i18n_parent_idx";
  DROP INDEX "curricula_i18n_parent_idx";
  DROP INDEX "_curricula_v_version_sessions_objectives_i18n_parent_idx";
  DROP INDEX "_curricula_v_version_sessions_i18n_parent_idx";
  DROP INDEX "_curricula_v_version_learning_outcomes_i18n_parent_idx";
  DROP INDEX "_curricula_v_i18n_parent_idx";
  DROP INDEX "learning_formats_steps_i18n_parent_idx";
  DROP INDEX "learning_formats_outcomes_i18n_parent_idx";
  DROP INDEX "learning_formats_i18n_parent_idx";
  DROP INDEX "_learning_formats_v_version_steps_i18n_parent_idx";
  DROP INDEX "_learning_formats_v_version_outcomes_i18n_parent_idx";
  DROP INDEX "_learning_formats_v_i18n_parent_idx";
  DROP INDEX "case_studies_partners_i18n_parent_idx";
  DROP INDEX "case_studies_impact_i18n_parent_idx";
  DROP INDEX "case_studies_i18n_parent_idx";
  DROP INDEX "_case_studies_v_version_partners_i18n_parent_idx";
  DROP INDEX "_case_studies_v_version_impact_i18n_parent_idx";
  DROP INDEX "_case_studies_v_i18n_parent_idx";
  DROP INDEX "organizations_i18n_parent_idx";
  DROP INDEX "topics_i18n_parent_idx";
  DROP INDEX "media_i18n_parent_idx";
  DROP INDEX "tenants_i18n_parent_idx";`)
}
