import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "curricula" ADD COLUMN "translation" jsonb;
  ALTER TABLE "_curricula_v" ADD COLUMN "version_translation" jsonb;
  ALTER TABLE "learning_formats" ADD COLUMN "translation" jsonb;
  ALTER TABLE "_learning_formats_v" ADD COLUMN "version_translation" jsonb;
  ALTER TABLE "case_studies" ADD COLUMN "translation" jsonb;
  ALTER TABLE "_case_studies_v" ADD COLUMN "version_translation" jsonb;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "curricula" DROP COLUMN "translation";
  ALTER TABLE "_curricula_v" DROP COLUMN "version_translation";
  ALTER TABLE "learning_formats" DROP COLUMN "translation";
  ALTER TABLE "_learning_formats_v" DROP COLUMN "version_translation";
  ALTER TABLE "case_studies" DROP COLUMN "translation";
  ALTER TABLE "_case_studies_v" DROP COLUMN "version_translation";`)
}
