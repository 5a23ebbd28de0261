import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "curricula" ADD COLUMN "origin_id" uuid;
  ALTER TABLE "curricula" ADD COLUMN "overrides" jsonb;
  ALTER TABLE "_curricula_v" ADD COLUMN "version_origin_id" uuid;
  ALTER TABLE "_curricula_v" ADD COLUMN "version_overrides" jsonb;
  ALTER TABLE "learning_formats" ADD COLUMN "origin_id" uuid;
  ALTER TABLE "learning_formats" ADD COLUMN "overrides" jsonb;
  ALTER TABLE "_learning_formats_v" ADD COLUMN "version_origin_id" uuid;
  ALTER TABLE "_learning_formats_v" ADD COLUMN "version_overrides" jsonb;
  ALTER TABLE "curricula" ADD CONSTRAINT "curricula_origin_id_curricula_id_fk" FOREIGN KEY ("origin_id") REFERENCES "public"."curricula"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_curricula_v" ADD CONSTRAINT "_curricula_v_version_origin_id_curricula_id_fk" FOREIGN KEY ("version_origin_id") REFERENCES "public"."curricula"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "learning_formats" ADD CONSTRAINT "learning_formats_origin_id_learning_formats_id_fk" FOREIGN KEY ("origin_id") REFERENCES "public"."learning_formats"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_learning_formats_v" ADD CONSTRAINT "_learning_formats_v_version_origin_id_learning_formats_id_fk" FOREIGN KEY ("version_origin_id") REFERENCES "public"."learning_formats"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "curricula_origin_idx" ON "curricula" USING btree ("origin_id");
  CREATE INDEX "_curricula_v_version_version_origin_idx" ON "_curricula_v" USING btree ("version_origin_id");
  CREATE INDEX "learning_formats_origin_idx" ON "learning_formats" USING btree ("origin_id");
  CREATE INDEX "_learning_formats_v_version_version_origin_idx" ON "_learning_formats_v" USING btree ("version_origin_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "curricula" DROP CONSTRAINT "curricula_origin_id_curricula_id_fk";
  
  ALTER TABLE "_curricula_v" DROP CONSTRAINT "_curricula_v_version_origin_id_curricula_id_fk";
  
  ALTER TABLE "learning_formats" DROP CONSTRAINT "learning_formats_origin_id_learning_formats_id_fk";
  
  ALTER TABLE "_learning_formats_v" DROP CONSTRAINT "_learning_formats_v_version_origin_id_learning_formats_id_fk";
  
  DROP INDEX "curricula_origin_idx";
  DROP INDEX "_curricula_v_version_version_origin_idx";
  DROP INDEX "learning_formats_origin_idx";
  DROP INDEX "_learning_formats_v_version_version_origin_idx";
  ALTER TABLE "curricula" DROP COLUMN "origin_id";
  ALTER TABLE "curricula" DROP COLUMN "overrides";
  ALTER TABLE "_curricula_v" DROP COLUMN "version_origin_id";
  ALTER TABLE "_curricula_v" DROP COLUMN "version_overrides";
  ALTER TABLE "learning_formats" DROP COLUMN "origin_id";
  ALTER TABLE "learning_formats" DROP COLUMN "overrides";
  ALTER TABLE "_learning_formats_v" DROP COLUMN "version_origin_id";
  ALTER TABLE "_learning_formats_v" DROP COLUMN "version_overrides";`)
}
