import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`curricula_audience_sectors\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`curricula\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`curricula_audience_sectors_order_idx\` ON \`curricula_audience_sectors\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`curricula_audience_sectors_parent_idx\` ON \`curricula_audience_sectors\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`curricula_sessions_objectives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`curricula_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`curricula_sessions_objectives_order_idx\` ON \`curricula_sessions_objectives\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`curricula_sessions_objectives_parent_id_idx\` ON \`curricula_sessions_objectives\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`curricula_sessions_objectives_i18n\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`curricula_sessions_objectives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`curricula_sessions_objectives_i18n_locale_parent_id_unique\` ON \`curricula_sessions_objectives_i18n\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`curricula_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`duration_days\` numeric DEFAULT 2,
  	\`month_offset\` numeric DEFAULT 0,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`curricula\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`curricula_sessions_order_idx\` ON \`curricula_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`curricula_sessions_parent_id_idx\` ON \`curricula_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`curricula_sessions_i18n\` (
  	\`title\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`curricula_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`curricula_sessions_i18n_locale_parent_id_unique\` ON \`curricula_sessions_i18n\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`curricula_learning_outcomes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`curricula\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`curricula_learning_outcomes_order_idx\` ON \`curricula_learning_outcomes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`curricula_learning_outcomes_parent_id_idx\` ON \`curricula_learning_outcomes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`curricula_learning_outcomes_i18n\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`curricula_learning_outcomes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`curricula_learning_outcomes_i18n_locale_parent_id_unique\` ON \`curricula_learning_outcomes_i18n\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`curricula\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`tenant_id\` text(36),
  	\`slug\` text,
  	\`visibility\` text DEFAULT 'tenant',
  	\`duration_months\` numeric,
  	\`cover_image_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`curricula_tenant_idx\` ON \`curricula\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`curricula_slug_idx\` ON \`curricula\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`curricula_visibility_idx\` ON \`curricula\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`curricula_cover_image_idx\` ON \`curricula\` (\`cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`curricula_updated_at_idx\` ON \`curricula\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`curricula_created_at_idx\` ON \`curricula\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`curricula__status_idx\` ON \`curricula\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`curricula_i18n\` (
  	\`title\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`curricula\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`curricula_i18n_locale_parent_id_unique\` ON \`curricula_i18n\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`curricula_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`learning_formats_id\` text(36),
  	\`media_id\` text(36),
  	\`case_studies_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`curricula\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`learning_formats_id\`) REFERENCES \`learning_formats\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`case_studies_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`curricula_rels_order_idx\` ON \`curricula_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`curricula_rels_parent_idx\` ON \`curricula_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`curricula_rels_path_idx\` ON \`curricula_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`curricula_rels_learning_formats_id_idx\` ON \`curricula_rels\` (\`learning_formats_id\`);`)
  await db.run(sql`CREATE INDEX \`curricula_rels_media_id_idx\` ON \`curricula_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`curricula_rels_case_studies_id_idx\` ON \`curricula_rels\` (\`case_studies_id\`);`)
  await db.run(sql`CREATE TABLE \`_curricula_v_version_audience_sectors\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_curricula_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_audience_sectors_order_idx\` ON \`_curricula_v_version_audience_sectors\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_audience_sectors_parent_idx\` ON \`_curricula_v_version_audience_sectors\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_curricula_v_version_sessions_objectives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_curricula_v_version_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_sessions_objectives_order_idx\` ON \`_curricula_v_version_sessions_objectives\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_sessions_objectives_parent_id_idx\` ON \`_curricula_v_version_sessions_objectives\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_curricula_v_version_sessions_objectives_i18n\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_curricula_v_version_sessions_objectives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_curricula_v_version_sessions_objectives_i18n_locale_parent_\` ON \`_curricula_v_version_sessions_objectives_i18n\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_curricula_v_version_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`duration_days\` numeric DEFAULT 2,
  	\`month_offset\` numeric DEFAULT 0,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_curricula_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_sessions_order_idx\` ON \`_curricula_v_version_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_sessions_parent_id_idx\` ON \`_curricula_v_version_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_curricula_v_version_sessions_i18n\` (
  	\`title\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_curricula_v_version_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_curricula_v_version_sessions_i18n_locale_parent_id_unique\` ON \`_curricula_v_version_sessions_i18n\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_curricula_v_version_learning_outcomes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_curricula_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_learning_outcomes_order_idx\` ON \`_curricula_v_version_learning_outcomes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_learning_outcomes_parent_id_idx\` ON \`_curricula_v_version_learning_outcomes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_curricula_v_version_learning_outcomes_i18n\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_curricula_v_version_learning_outcomes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_curricula_v_version_learning_outcomes_i18n_locale_parent_id\` ON \`_curricula_v_version_learning_outcomes_i18n\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_curricula_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_tenant_id\` text(36),
  	\`version_slug\` text,
  	\`version_visibility\` text DEFAULT 'tenant',
  	\`version_duration_months\` numeric,
  	\`version_cover_image_id\` text(36),
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
  await db.run(sql`CREATE TABLE \`_curricula_v_i18n\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_curricula_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_curricula_v_i18n_locale_parent_id_unique\` ON \`_curricula_v_i18n\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_curricula_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`learning_formats_id\` text(36),
  	\`media_id\` text(36),
  	\`case_studies_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_curricula_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`learning_formats_id\`) REFERENCES \`learning_formats\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`case_studies_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_curricula_v_rels_order_idx\` ON \`_curricula_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_rels_parent_idx\` ON \`_curricula_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_rels_path_idx\` ON \`_curricula_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_rels_learning_formats_id_idx\` ON \`_curricula_v_rels\` (\`learning_formats_id\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_rels_media_id_idx\` ON \`_curricula_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_rels_case_studies_id_idx\` ON \`_curricula_v_rels\` (\`case_studies_id\`);`)
  await db.run(sql`CREATE TABLE \`learning_formats_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`minutes\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`learning_formats\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`learning_formats_steps_order_idx\` ON \`learning_formats_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`learning_formats_steps_parent_id_idx\` ON \`learning_formats_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`learning_formats_steps_i18n\` (
  	\`title\` text,
  	\`instructions\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`learning_formats_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`learning_formats_steps_i18n_locale_parent_id_unique\` ON \`learning_formats_steps_i18n\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`learning_formats_outcomes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`learning_formats\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`learning_formats_outcomes_order_idx\` ON \`learning_formats_outcomes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`learning_formats_outcomes_parent_id_idx\` ON \`learning_formats_outcomes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`learning_formats_outcomes_i18n\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`learning_formats_outcomes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`learning_formats_outcomes_i18n_locale_parent_id_unique\` ON \`learning_formats_outcomes_i18n\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`learning_formats\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`tenant_id\` text(36),
  	\`slug\` text,
  	\`visibility\` text DEFAULT 'tenant',
  	\`kind\` text,
  	\`duration_value\` numeric,
  	\`duration_unit\` text DEFAULT 'hours',
  	\`group_size_min\` numeric,
  	\`group_size_max\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`learning_formats_tenant_idx\` ON \`learning_formats\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`learning_formats_slug_idx\` ON \`learning_formats\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`learning_formats_visibility_idx\` ON \`learning_formats\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`learning_formats_updated_at_idx\` ON \`learning_formats\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`learning_formats_created_at_idx\` ON \`learning_formats\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`learning_formats__status_idx\` ON \`learning_formats\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`learning_formats_i18n\` (
  	\`title\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`materials\` text,
  	\`facilitator_notes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`learning_formats\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`learning_formats_i18n_locale_parent_id_unique\` ON \`learning_formats_i18n\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_learning_formats_v_version_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`minutes\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_learning_formats_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_learning_formats_v_version_steps_order_idx\` ON \`_learning_formats_v_version_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_learning_formats_v_version_steps_parent_id_idx\` ON \`_learning_formats_v_version_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_learning_formats_v_version_steps_i18n\` (
  	\`title\` text,
  	\`instructions\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_learning_formats_v_version_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_learning_formats_v_version_steps_i18n_locale_parent_id_uniq\` ON \`_learning_formats_v_version_steps_i18n\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_learning_formats_v_version_outcomes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_learning_formats_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_learning_formats_v_version_outcomes_order_idx\` ON \`_learning_formats_v_version_outcomes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_learning_formats_v_version_outcomes_parent_id_idx\` ON \`_learning_formats_v_version_outcomes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_learning_formats_v_version_outcomes_i18n\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_learning_formats_v_version_outcomes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_learning_formats_v_version_outcomes_i18n_locale_parent_id_u\` ON \`_learning_formats_v_version_outcomes_i18n\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_learning_formats_v\` (
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
  await db.run(sql`CREATE TABLE \`_learning_formats_v_i18n\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_materials\` text,
  	\`version_facilitator_notes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_learning_formats_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_learning_formats_v_i18n_locale_parent_id_unique\` ON \`_learning_formats_v_i18n\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`case_studies_partners\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`organization_id\` text(36),
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`case_studies_partners_order_idx\` ON \`case_studies_partners\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_partners_parent_id_idx\` ON \`case_studies_partners\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_partners_organization_idx\` ON \`case_studies_partners\` (\`organization_id\`);`)
  await db.run(sql`CREATE TABLE \`case_studies_partners_i18n\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`case_studies_partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`case_studies_partners_i18n_locale_parent_id_unique\` ON \`case_studies_partners_i18n\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`case_studies_sectors\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`case_studies_sectors_order_idx\` ON \`case_studies_sectors\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_sectors_parent_idx\` ON \`case_studies_sectors\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`case_studies_impact\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`case_studies_impact_order_idx\` ON \`case_studies_impact\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_impact_parent_id_idx\` ON \`case_studies_impact\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`case_studies_impact_i18n\` (
  	\`label\` text,
  	\`unit\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`case_studies_impact\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`case_studies_impact_i18n_locale_parent_id_unique\` ON \`case_studies_impact_i18n\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`case_studies\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`tenant_id\` text(36),
  	\`slug\` text,
  	\`visibility\` text DEFAULT 'tenant',
  	\`country\` text,
  	\`year\` numeric,
  	\`quote_author\` text,
  	\`hero_image_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`case_studies_tenant_idx\` ON \`case_studies\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_slug_idx\` ON \`case_studies\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_visibility_idx\` ON \`case_studies\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_hero_image_idx\` ON \`case_studies\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_updated_at_idx\` ON \`case_studies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_created_at_idx\` ON \`case_studies\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`case_studies__status_idx\` ON \`case_studies\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`case_studies_i18n\` (
  	\`title\` text,
  	\`summary\` text,
  	\`challenge\` text,
  	\`approach\` text,
  	\`outcome\` text,
  	\`quote_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`case_studies_i18n_locale_parent_id_unique\` ON \`case_studies_i18n\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`case_studies_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` text(36),
  	\`media_id\` text(36),
  	\`learning_formats_id\` text(36),
  	\`curricula_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`learning_formats_id\`) REFERENCES \`learning_formats\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`curricula_id\`) REFERENCES \`curricula\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`case_studies_rels_order_idx\` ON \`case_studies_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_rels_parent_idx\` ON \`case_studies_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_rels_path_idx\` ON \`case_studies_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_rels_topics_id_idx\` ON \`case_studies_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_rels_media_id_idx\` ON \`case_studies_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_rels_learning_formats_id_idx\` ON \`case_studies_rels\` (\`learning_formats_id\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_rels_curricula_id_idx\` ON \`case_studies_rels\` (\`curricula_id\`);`)
  await db.run(sql`CREATE TABLE \`_case_studies_v_version_partners\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`organization_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_case_studies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_partners_order_idx\` ON \`_case_studies_v_version_partners\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_partners_parent_id_idx\` ON \`_case_studies_v_version_partners\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_partners_organization_idx\` ON \`_case_studies_v_version_partners\` (\`organization_id\`);`)
  await db.run(sql`CREATE TABLE \`_case_studies_v_version_partners_i18n\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_case_studies_v_version_partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_case_studies_v_version_partners_i18n_locale_parent_id_uniqu\` ON \`_case_studies_v_version_partners_i18n\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_case_studies_v_version_sectors\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_case_studies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_sectors_order_idx\` ON \`_case_studies_v_version_sectors\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_sectors_parent_idx\` ON \`_case_studies_v_version_sectors\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_case_studies_v_version_impact\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_case_studies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_impact_order_idx\` ON \`_case_studies_v_version_impact\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_impact_parent_id_idx\` ON \`_case_studies_v_version_impact\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_case_studies_v_version_impact_i18n\` (
  	\`label\` text,
  	\`unit\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_case_studies_v_version_impact\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_case_studies_v_version_impact_i18n_locale_parent_id_unique\` ON \`_case_studies_v_version_impact_i18n\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_case_studies_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_tenant_id\` text(36),
  	\`version_slug\` text,
  	\`version_visibility\` text DEFAULT 'tenant',
  	\`version_country\` text,
  	\`version_year\` numeric,
  	\`version_quote_author\` text,
  	\`version_hero_image_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_case_studies_v_parent_idx\` ON \`_case_studies_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_version_tenant_idx\` ON \`_case_studies_v\` (\`version_tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_version_slug_idx\` ON \`_case_studies_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_version_visibility_idx\` ON \`_case_studies_v\` (\`version_visibility\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_version_hero_image_idx\` ON \`_case_studies_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_version_updated_at_idx\` ON \`_case_studies_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_version_created_at_idx\` ON \`_case_studies_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_version__status_idx\` ON \`_case_studies_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_created_at_idx\` ON \`_case_studies_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_updated_at_idx\` ON \`_case_studies_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_snapshot_idx\` ON \`_case_studies_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_published_locale_idx\` ON \`_case_studies_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_latest_idx\` ON \`_case_studies_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_autosave_idx\` ON \`_case_studies_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_case_studies_v_i18n\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_challenge\` text,
  	\`version_approach\` text,
  	\`version_outcome\` text,
  	\`version_quote_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_case_studies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_case_studies_v_i18n_locale_parent_id_unique\` ON \`_case_studies_v_i18n\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_case_studies_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` text(36),
  	\`media_id\` text(36),
  	\`learning_formats_id\` text(36),
  	\`curricula_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_case_studies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`learning_formats_id\`) REFERENCES \`learning_formats\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`curricula_id\`) REFERENCES \`curricula\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_case_studies_v_rels_order_idx\` ON \`_case_studies_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_rels_parent_idx\` ON \`_case_studies_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_rels_path_idx\` ON \`_case_studies_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_rels_topics_id_idx\` ON \`_case_studies_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_rels_media_id_idx\` ON \`_case_studies_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_rels_learning_formats_id_idx\` ON \`_case_studies_v_rels\` (\`learning_formats_id\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_rels_curricula_id_idx\` ON \`_case_studies_v_rels\` (\`curricula_id\`);`)
  await db.run(sql`CREATE TABLE \`organizations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`tenant_id\` text(36),
  	\`visibility\` text DEFAULT 'tenant' NOT NULL,
  	\`sector\` text NOT NULL,
  	\`country\` text,
  	\`website\` text,
  	\`logo_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`organizations_tenant_idx\` ON \`organizations\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_visibility_idx\` ON \`organizations\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`organizations_logo_idx\` ON \`organizations\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_updated_at_idx\` ON \`organizations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organizations_created_at_idx\` ON \`organizations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`organizations_i18n\` (
  	\`name\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`organizations_i18n_locale_parent_id_unique\` ON \`organizations_i18n\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`topics\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_slug_idx\` ON \`topics\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`topics_updated_at_idx\` ON \`topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_created_at_idx\` ON \`topics\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`topics_i18n\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_i18n_locale_parent_id_unique\` ON \`topics_i18n\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`tenant_id\` text(36),
  	\`credit\` text,
  	\`visibility\` text DEFAULT 'tenant' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_tenant_idx\` ON \`media\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`media_visibility_idx\` ON \`media\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_i18n\` (
  	\`alt\` text,
  	\`caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_i18n_locale_parent_id_unique\` ON \`media_i18n\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tenants_countries\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tenants_countries_order_idx\` ON \`tenants_countries\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`tenants_countries_parent_idx\` ON \`tenants_countries\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tenants_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tenants_locales_order_idx\` ON \`tenants_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`tenants_locales_parent_idx\` ON \`tenants_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tenants\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`default_locale\` text NOT NULL,
  	\`office_address\` text,
  	\`office_city\` text,
  	\`office_email\` text,
  	\`office_phone\` text,
  	\`office_website\` text,
  	\`timezone\` text DEFAULT 'UTC',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`tenants_slug_idx\` ON \`tenants\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`tenants_updated_at_idx\` ON \`tenants\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tenants_created_at_idx\` ON \`tenants\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`tenants_i18n\` (
  	\`name\` text NOT NULL,
  	\`office_name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`tenants_i18n_locale_parent_id_unique\` ON \`tenants_i18n\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tenants_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tenants_texts_order_parent\` ON \`tenants_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_tenants_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users_tenants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_tenants_roles_order_idx\` ON \`users_tenants_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_tenants_roles_parent_idx\` ON \`users_tenants_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_tenants_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users_tenants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_tenants_locales_order_idx\` ON \`users_tenants_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_tenants_locales_parent_idx\` ON \`users_tenants_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_tenants\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`tenant_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_tenants_order_idx\` ON \`users_tenants\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_tenants_parent_id_idx\` ON \`users_tenants\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_tenants_tenant_idx\` ON \`users_tenants\` (\`tenant_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`api_keys\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`tenant_id\` text(36) NOT NULL,
  	\`scope\` text DEFAULT 'published' NOT NULL,
  	\`enabled\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`enable_a_p_i_key\` integer,
  	\`api_key\` text,
  	\`api_key_index\` text,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`api_keys_tenant_idx\` ON \`api_keys\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`api_keys_updated_at_idx\` ON \`api_keys\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`api_keys_created_at_idx\` ON \`api_keys\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`curricula_id\` text(36),
  	\`learning_formats_id\` text(36),
  	\`case_studies_id\` text(36),
  	\`organizations_id\` text(36),
  	\`topics_id\` text(36),
  	\`media_id\` text(36),
  	\`tenants_id\` text(36),
  	\`users_id\` text(36),
  	\`api_keys_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`curricula_id\`) REFERENCES \`curricula\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`learning_formats_id\`) REFERENCES \`learning_formats\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`case_studies_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tenants_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`api_keys_id\`) REFERENCES \`api_keys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_curricula_id_idx\` ON \`payload_locked_documents_rels\` (\`curricula_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_learning_formats_id_idx\` ON \`payload_locked_documents_rels\` (\`learning_formats_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_case_studies_id_idx\` ON \`payload_locked_documents_rels\` (\`case_studies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organizations_id_idx\` ON \`payload_locked_documents_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tenants_id_idx\` ON \`payload_locked_documents_rels\` (\`tenants_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_keys_id_idx\` ON \`payload_locked_documents_rels\` (\`api_keys_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	\`api_keys_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`api_keys_id\`) REFERENCES \`api_keys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_api_keys_id_idx\` ON \`payload_preferences_rels\` (\`api_keys_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`curricula_audience_sectors\`;`)
  await db.run(sql`DROP TABLE \`curricula_sessions_objectives\`;`)
  await db.run(sql`DROP TABLE \`curricula_sessions_objectives_i18n\`;`)
  await db.run(sql`DROP TABLE \`curricula_sessions\`;`)
  await db.run(sql`DROP TABLE \`curricula_sessions_i18n\`;`)
  await db.run(sql`DROP TABLE \`curricula_learning_outcomes\`;`)
  await db.run(sql`DROP TABLE \`curricula_learning_outcomes_i18n\`;`)
  await db.run(sql`DROP TABLE \`curricula\`;`)
  await db.run(sql`DROP TABLE \`curricula_i18n\`;`)
  await db.run(sql`DROP TABLE \`curricula_rels\`;`)
  await db.run(sql`DROP TABLE \`_curricula_v_version_audience_sectors\`;`)
  await db.run(sql`DROP TABLE \`_curricula_v_version_sessions_objectives\`;`)
  await db.run(sql`DROP TABLE \`_curricula_v_version_sessions_objectives_i18n\`;`)
  await db.run(sql`DROP TABLE \`_curricula_v_version_sessions\`;`)
  await db.run(sql`DROP TABLE \`_curricula_v_version_sessions_i18n\`;`)
  await db.run(sql`DROP TABLE \`_curricula_v_version_learning_outcomes\`;`)
  await db.run(sql`DROP TABLE \`_curricula_v_version_learning_outcomes_i18n\`;`)
  await db.run(sql`DROP TABLE \`_curricula_v\`;`)
  await db.run(sql`DROP TABLE \`_curricula_v_i18n\`;`)
  await db.run(sql`DROP TABLE \`_curricula_v_rels\`;`)
  await db.run(sql`DROP TABLE \`learning_formats_steps\`;`)
  await db.run(sql`DROP TABLE \`learning_formats_steps_i18n\`;`)
  await db.run(sql`DROP TABLE \`learning_formats_outcomes\`;`)
  await db.run(sql`DROP TABLE \`learning_formats_outcomes_i18n\`;`)
  await db.run(sql`DROP TABLE \`learning_formats\`;`)
  await db.run(sql`DROP TABLE \`learning_formats_i18n\`;`)
  await db.run(sql`DROP TABLE \`_learning_formats_v_version_steps\`;`)
  await db.run(sql`DROP TABLE \`_learning_formats_v_version_steps_i18n\`;`)
  await db.run(sql`DROP TABLE \`_learning_formats_v_version_outcomes\`;`)
  await db.run(sql`DROP TABLE \`_learning_formats_v_version_outcomes_i18n\`;`)
  await db.run(sql`DROP TABLE \`_learning_formats_v\`;`)
  await db.run(sql`DROP TABLE \`_learning_formats_v_i18n\`;`)
  await db.run(sql`DROP TABLE \`case_studies_partners\`;`)
  await db.run(sql`DROP TABLE \`case_studies_partners_i18n\`;`)
  await db.run(sql`DROP TABLE \`case_studies_sectors\`;`)
  await db.run(sql`DROP TABLE \`case_studies_impact\`;`)
  await db.run(sql`DROP TABLE \`case_studies_impact_i18n\`;`)
  await db.run(sql`DROP TABLE \`case_studies\`;`)
  await db.run(sql`DROP TABLE \`case_studies_i18n\`;`)
  await db.run(sql`DROP TABLE \`case_studies_rels\`;`)
  await db.run(sql`DROP TABLE \`_case_studies_v_version_partners\`;`)
  await db.run(sql`DROP TABLE \`_case_studies_v_version_partners_i18n\`;`)
  await db.run(sql`DROP TABLE \`_case_studies_v_version_sectors\`;`)
  await db.run(sql`DROP TABLE \`_case_studies_v_version_impact\`;`)
  await db.run(sql`DROP TABLE \`_case_studies_v_version_impact_i18n\`;`)
  await db.run(sql`DROP TABLE \`_case_studies_v\`;`)
  await db.run(sql`DROP TABLE \`_case_studies_v_i18n\`;`)
  await db.run(sql`DROP TABLE \`_case_studies_v_rels\`;`)
  await db.run(sql`DROP TABLE \`organizations\`;`)
  await db.run(sql`DROP TABLE \`organizations_i18n\`;`)
  await db.run(sql`DROP TABLE \`topics\`;`)
  await db.run(sql`DROP TABLE \`topics_i18n\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_i18n\`;`)
  await db.run(sql`DROP TABLE \`tenants_countries\`;`)
  await db.run(sql`DROP TABLE \`tenants_locales\`;`)
  await db.run(sql`DROP TABLE \`tenants\`;`)
  await db.run(sql`DROP TABLE \`tenants_i18n\`;`)
  await db.run(sql`DROP TABLE \`tenants_texts\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_tenants_roles\`;`)
  await db.run(sql`DROP TABLE \`users_tenants_locales\`;`)
  await db.run(sql`DROP TABLE \`users_tenants\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`api_keys\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
