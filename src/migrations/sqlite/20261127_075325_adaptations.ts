import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`curricula\` ADD \`origin_id\` text(36) REFERENCES curricula(id);`)
  await db.run(sql`ALTER TABLE \`curricula\` ADD \`overrides\` text;`)
  await db.run(sql`CREATE INDEX \`curricula_origin_idx\` ON \`curricula\` (\`origin_id\`);`)
  await db.run(sql`ALTER TABLE \`_curricula_v\` ADD \`version_origin_id\` text(36) REFERENCES curricula(id);`)
  await db.run(sql`ALTER TABLE \`_curricula_v\` ADD \`version_overrides\` text;`)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_version_origin_idx\` ON \`_curricula_v\` (\`version_origin_id\`);`)
  await db.run(sql`ALTER TABLE \`learning_formats\` ADD \`origin_id\` text(36) REFERENCES learning_formats(id);`)
  await db.run(sql`ALTER TABLE \`learning_formats\` ADD \`overrides\` text;`)
  await db.run(sql`CREATE INDEX \`learning_formats_origin_idx\` ON \`learning_formats\` (\`origin_id\`);`)
  await db.run(sql`ALTER TABLE \`_learning_formats_v\` ADD \`version_origin_id\` text(36) REFERENCES learning_formats(id);`)
  await db.run(sql`ALTER TABLE \`_learning_formats_v\` ADD \`version_overrides\` text;`)
  await db.run(sql`CREATE INDEX \`_learning_formats_v_version_version_origin_idx\` ON \`_learning_formats_v\` (\`version_origin_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_curricula\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`tenant_id\` text(36),
  	\`slug\` text,
  	\`visibility\` text DEFAULT 'tenant',
  	\`duration_months\` numeric,
  	\`cover_image_id\` text(36),
  	\`translation\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_curricula\`("id", "tenant_id", "slug", "visibility", "duration_months", "cover_image_id", "translation", "updated_at", "created_at", "_status") SELECT "id", "tenant_id", "slug", "visibility", "duration_months", "cover_image_id", "translation", "updated_at", "created_at", "_status" FROM \`curricula\`;`)
  await db.run(sql`DROP TABLE \`curricula\`;`)
  await db.run(sql`ALTER TABLE \`__new_curricula\` RENAME TO \`curricula\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`curricula_tenant_idx\` ON \`curricula\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`curricula_slug_idx\` ON \`curricula\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`curricula_visibility_idx\` ON \`curricula\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`curricula_cover_image_idx\` ON \`curricula\` (\`cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`curricula_updated_at_idx\` ON \`curricula\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`curricula_created_at_idx\` ON \`curricula\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`curricula__status_idx\` ON \`curricula\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__curricula_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_tenant_id\` text(36),
  	\`version_slug\` text,
  	\`version_visibility\` text DEFAULT 'tenant',
  	\`version_duration_months\` numeric,
  	\`version_cover_image_id\` text(36),
  	\`version_translation\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`curricula\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__curricula_v\`("id", "parent_id", "version_tenant_id", "version_slug", "version_visibility", "version_duration_months", "version_cover_image_id", "version_translation", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_tenant_id", "version_slug", "version_visibility", "version_duration_months", "version_cover_image_id", "version_translation", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_curricula_v\`;`)
  await db.run(sql`DROP TABLE \`_curricula_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__curricula_v\` RENAME TO \`_curricula_v\`;`)
  await db.run(sql`CREATE INDEX \`_curricula_v_parent_idx\` ON \`_curricula_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_version_tenant_idx\` ON \`_curricula_v\` (\`version_tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_version_slug_idx\` ON \`_curricula_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_version_visibility_idx\` ON \`_curricula_v\` (\`version_visibility\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_version_cover_image_idx\` ON \`_curricula_v\` (\`version_cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_version_updated_at_idx\` ON \`_curricula_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_version_created_at_idx\` ON \`_curricula_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_version__status_idx\` ON \`_curricula_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_created_at_idx\` ON \`_curricula_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_updated_at_idx\` ON \`_curricula_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_snapshot_idx\` ON \`_curricula_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_published_locale_idx\` ON \`_curricula_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_latest_idx\` ON \`_curricula_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_autosave_idx\` ON \`_curricula_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_learning_formats\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`tenant_id\` text(36),
  	\`slug\` text,
  	\`visibility\` text DEFAULT 'tenant',
  	\`kind\` text,
  	\`duration_value\` numeric,
  	\`duration_unit\` text DEFAULT 'hours',
  	\`group_size_min\` numeric,
  	\`group_size_max\` numeric,
  	\`translation\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_learning_formats\`("id", "tenant_id", "slug", "visibility", "kind", "duration_value", "duration_unit", "group_size_min", "group_size_max", "translation", "updated_at", "created_at", "_status") SELECT "id", "tenant_id", "slug", "visibility", "kind", "duration_value", "duration_unit", "group_size_min", "group_size_max", "translation", "updated_at", "created_at", "_status" FROM \`learning_formats\`;`)
  await db.run(sql`DROP TABLE \`learning_formats\`;`)
  await db.run(sql`ALTER TABLE \`__new_learning_formats\` RENAME TO \`learning_formats\`;`)
  await db.run(sql`CREATE INDEX \`learning_formats_tenant_idx\` ON \`learning_formats\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`learning_formats_slug_idx\` ON \`learning_formats\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`learning_formats_visibility_idx\` ON \`learning_formats\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`learning_formats_updated_at_idx\` ON \`learning_formats\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`learning_formats_created_at_idx\` ON \`learning_formats\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`learning_formats__status_idx\` ON \`learning_formats\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__learning_formats_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_tenant_id\` text(36),
  	\`version_slug\` text,
  	\`version_visibility\` text DEFAULT 'tenant',
  	\`version_kind\` text,
  	\`version_duration_value\` numeric,
  	\`version_duration_unit\` text DEFAULT 'hours',
  	\`version_group_size_min\` numeric,
  	\`version_group_size_max\` numeric,
  	\`version_translation\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`learning_formats\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__learning_formats_v\`("id", "parent_id", "version_tenant_id", "version_slug", "version_visibility", "version_kind", "version_duration_value", "version_duration_unit", "version_group_size_min", "version_group_size_max", "version_translation", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_tenant_id", "version_slug", "version_visibility", "version_kind", "version_duration_value", "version_duration_unit", "version_group_size_min", "version_group_size_max", "version_translation", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_learning_formats_v\`;`)
  await db.run(sql`DROP TABLE \`_learning_formats_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__learning_formats_v\` RENAME TO \`_learning_formats_v\`;`)
  await db.run(sql`CREATE INDEX \`_learning_formats_v_parent_idx\` ON \`_learning_formats_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_learning_formats_v_version_version_tenant_idx\` ON \`_learning_formats_v\` (\`version_tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`_learning_formats_v_version_version_slug_idx\` ON \`_learning_formats_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_learning_formats_v_version_version_visibility_idx\` ON \`_learning_formats_v\` (\`version_visibility\`);`)
  await db.run(sql`CREATE INDEX \`_learning_formats_v_version_version_updated_at_idx\` ON \`_learning_formats_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_learning_formats_v_version_version_created_at_idx\` ON \`_learning_formats_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_learning_formats_v_version_version__status_idx\` ON \`_learning_formats_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_learning_formats_v_created_at_idx\` ON \`_learning_formats_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_learning_formats_v_updated_at_idx\` ON \`_learning_formats_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_learning_formats_v_snapshot_idx\` ON \`_learning_formats_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_learning_formats_v_published_locale_idx\` ON \`_learning_formats_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_learning_formats_v_latest_idx\` ON \`_learning_formats_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_learning_formats_v_autosave_idx\` ON \`_learning_formats_v\` (\`autosave\`);`)
}
