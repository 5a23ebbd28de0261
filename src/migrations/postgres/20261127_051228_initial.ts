import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('en', 'ar', 'cs', 'da', 'de', 'es', 'fi', 'fr', 'hu', 'it', 'nb', 'nl', 'pl', 'pt', 'sv', 'uk');
  CREATE TYPE "public"."enum_curricula_audience_sectors" AS ENUM('civil-society', 'business', 'politics', 'public-sector', 'welfare', 'philanthropy', 'academia');
  CREATE TYPE "public"."enum_curricula_visibility" AS ENUM('tenant', 'network');
  CREATE TYPE "public"."enum_curricula_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__curricula_v_version_audience_sectors" AS ENUM('civil-society', 'business', 'politics', 'public-sector', 'welfare', 'philanthropy', 'academia');
  CREATE TYPE "public"."enum__curricula_v_version_visibility" AS ENUM('tenant', 'network');
  CREATE TYPE "public"."enum__curricula_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__curricula_v_published_locale" AS ENUM('en', 'ar', 'cs', 'da', 'de', 'es', 'fi', 'fr', 'hu', 'it', 'nb', 'nl', 'pl', 'pt', 'sv', 'uk');
  CREATE TYPE "public"."enum_learning_formats_visibility" AS ENUM('tenant', 'network');
  CREATE TYPE "public"."enum_learning_formats_kind" AS ENUM('co-creation-lab', 'peer-learning-circle', 'learning-journey', 'study-visit', 'masterclass', 'design-sprint', 'open-space', 'action-learning', 'other');
  CREATE TYPE "public"."enum_learning_formats_duration_unit" AS ENUM('minutes', 'hours', 'days');
  CREATE TYPE "public"."enum_learning_formats_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__learning_formats_v_version_visibility" AS ENUM('tenant', 'network');
  CREATE TYPE "public"."enum__learning_formats_v_version_kind" AS ENUM('co-creation-lab', 'peer-learning-circle', 'learning-journey', 'study-visit', 'masterclass', 'design-sprint', 'open-space', 'action-learning', 'other');
  CREATE TYPE "public"."enum__learning_formats_v_version_duration_unit" AS ENUM('minutes', 'hours', 'days');
  CREATE TYPE "public"."enum__learning_formats_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__learning_formats_v_published_locale" AS ENUM('en', 'ar', 'cs', 'da', 'de', 'es', 'fi', 'fr', 'hu', 'it', 'nb', 'nl', 'pl', 'pt', 'sv', 'uk');
  CREATE TYPE "public"."enum_case_studies_sectors" AS ENUM('civil-society', 'business', 'politics', 'public-sector', 'welfare', 'philanthropy', 'academia');
  CREATE TYPE "public"."enum_case_studies_visibility" AS ENUM('tenant', 'network');
  CREATE TYPE "public"."enum_case_studies_country" AS ENUM('AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW');
  CREATE TYPE "public"."enum_case_studies_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__case_studies_v_version_sectors" AS ENUM('civil-society', 'business', 'politics', 'public-sector', 'welfare', 'philanthropy', 'academia');
  CREATE TYPE "public"."enum__case_studies_v_version_visibility" AS ENUM('tenant', 'network');
  CREATE TYPE "public"."enum__case_studies_v_version_country" AS ENUM('AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW');
  CREATE TYPE "public"."enum__case_studies_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__case_studies_v_published_locale" AS ENUM('en', 'ar', 'cs', 'da', 'de', 'es', 'fi', 'fr', 'hu', 'it', 'nb', 'nl', 'pl', 'pt', 'sv', 'uk');
  CREATE TYPE "public"."enum_organizations_visibility" AS ENUM('tenant', 'network');
  CREATE TYPE "public"."enum_organizations_sector" AS ENUM('civil-society', 'public-sector', 'business', 'philanthropy', 'academia');
  CREATE TYPE "public"."enum_organizations_country" AS ENUM('AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW');
  CREATE TYPE "public"."enum_media_visibility" AS ENUM('tenant', 'network');
  CREATE TYPE "public"."enum_tenants_countries" AS ENUM('AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW');
  CREATE TYPE "public"."enum_tenants_locales" AS ENUM('en', 'ar', 'cs', 'da', 'de', 'es', 'fi', 'fr', 'hu', 'it', 'nb', 'nl', 'pl', 'pt', 'sv', 'uk');
  CREATE TYPE "public"."enum_tenants_default_locale" AS ENUM('en', 'ar', 'cs', 'da', 'de', 'es', 'fi', 'fr', 'hu', 'it', 'nb', 'nl', 'pl', 'pt', 'sv', 'uk');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('super-admin');
  CREATE TYPE "public"."enum_users_tenants_roles" AS ENUM('office-admin', 'editor', 'translator', 'viewer');
  CREATE TYPE "public"."enum_users_tenants_locales" AS ENUM('en', 'ar', 'cs', 'da', 'de', 'es', 'fi', 'fr', 'hu', 'it', 'nb', 'nl', 'pl', 'pt', 'sv', 'uk');
  CREATE TYPE "public"."enum_api_keys_scope" AS ENUM('published', 'preview');
  CREATE TABLE "curricula_audience_sectors" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_curricula_audience_sectors",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "curricula_sessions_objectives" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "curricula_sessions_objectives_i18n" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "curricula_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"duration_days" numeric DEFAULT 2,
  	"month_offset" numeric DEFAULT 0
  );
  
  CREATE TABLE "curricula_sessions_i18n" (
  	"title" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "curricula_learning_outcomes" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "curricula_learning_outcomes_i18n" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "curricula" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"tenant_id" uuid,
  	"slug" varchar,
  	"visibility" "enum_curricula_visibility" DEFAULT 'tenant',
  	"duration_months" numeric,
  	"cover_image_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_curricula_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "curricula_i18n" (
  	"title" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "curricula_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"learning_formats_id" uuid,
  	"media_id" uuid,
  	"case_studies_id" uuid
  );
  
  CREATE TABLE "_curricula_v_version_audience_sectors" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum__curricula_v_version_audience_sectors",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "_curricula_v_version_sessions_objectives" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_curricula_v_version_sessions_objectives_i18n" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_curricula_v_version_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"duration_days" numeric DEFAULT 2,
  	"month_offset" numeric DEFAULT 0,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_curricula_v_version_sessions_i18n" (
  	"title" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_curricula_v_version_learning_outcomes" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_curricula_v_version_learning_outcomes_i18n" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_curricula_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_tenant_id" uuid,
  	"version_slug" varchar,
  	"version_visibility" "enum__curricula_v_version_visibility" DEFAULT 'tenant',
  	"version_duration_months" numeric,
  	"version_cover_image_id" uuid,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__curricula_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__curricula_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_curricula_v_i18n" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_curricula_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"learning_formats_id" uuid,
  	"media_id" uuid,
  	"case_studies_id" uuid
  );
  
  CREATE TABLE "learning_formats_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"minutes" numeric
  );
  
  CREATE TABLE "learning_formats_steps_i18n" (
  	"title" varchar,
  	"instructions" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "learning_formats_outcomes" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "learning_formats_outcomes_i18n" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "learning_formats" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"tenant_id" uuid,
  	"slug" varchar,
  	"visibility" "enum_learning_formats_visibility" DEFAULT 'tenant',
  	"kind" "enum_learning_formats_kind",
  	"duration_value" numeric,
  	"duration_unit" "enum_learning_formats_duration_unit" DEFAULT 'hours',
  	"group_size_min" numeric,
  	"group_size_max" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_learning_formats_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "learning_formats_i18n" (
  	"title" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"materials" varchar,
  	"facilitator_notes" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_learning_formats_v_version_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"minutes" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_learning_formats_v_version_steps_i18n" (
  	"title" varchar,
  	"instructions" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_learning_formats_v_version_outcomes" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_learning_formats_v_version_outcomes_i18n" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_learning_formats_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_tenant_id" uuid,
  	"version_slug" varchar,
  	"version_visibility" "enum__learning_formats_v_version_visibility" DEFAULT 'tenant',
  	"version_kind" "enum__learning_formats_v_version_kind",
  	"version_duration_value" numeric,
  	"version_duration_unit" "enum__learning_formats_v_version_duration_unit" DEFAULT 'hours',
  	"version_group_size_min" numeric,
  	"version_group_size_max" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__learning_formats_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__learning_formats_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_learning_formats_v_i18n" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_materials" varchar,
  	"version_facilitator_notes" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "case_studies_partners" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"organization_id" uuid
  );
  
  CREATE TABLE "case_studies_partners_i18n" (
  	"role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "case_studies_sectors" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_case_studies_sectors",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "case_studies_impact" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" numeric
  );
  
  CREATE TABLE "case_studies_impact_i18n" (
  	"label" varchar,
  	"unit" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "case_studies" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"tenant_id" uuid,
  	"slug" varchar,
  	"visibility" "enum_case_studies_visibility" DEFAULT 'tenant',
  	"country" "enum_case_studies_country",
  	"year" numeric,
  	"quote_author" varchar,
  	"hero_image_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_case_studies_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "case_studies_i18n" (
  	"title" varchar,
  	"summary" varchar,
  	"challenge" jsonb,
  	"approach" jsonb,
  	"outcome" jsonb,
  	"quote_text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "case_studies_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" uuid,
  	"media_id" uuid,
  	"learning_formats_id" uuid,
  	"curricula_id" uuid
  );
  
  CREATE TABLE "_case_studies_v_version_partners" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"organization_id" uuid,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_case_studies_v_version_partners_i18n" (
  	"role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_case_studies_v_version_sectors" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum__case_studies_v_version_sectors",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "_case_studies_v_version_impact" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"value" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_case_studies_v_version_impact_i18n" (
  	"label" varchar,
  	"unit" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_case_studies_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_tenant_id" uuid,
  	"version_slug" varchar,
  	"version_visibility" "enum__case_studies_v_version_visibility" DEFAULT 'tenant',
  	"version_country" "enum__case_studies_v_version_country",
  	"version_year" numeric,
  	"version_quote_author" varchar,
  	"version_hero_image_id" uuid,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__case_studies_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__case_studies_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_case_studies_v_i18n" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_challenge" jsonb,
  	"version_approach" jsonb,
  	"version_outcome" jsonb,
  	"version_quote_text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_case_studies_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" uuid,
  	"media_id" uuid,
  	"learning_formats_id" uuid,
  	"curricula_id" uuid
  );
  
  CREATE TABLE "organizations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"tenant_id" uuid,
  	"visibility" "enum_organizations_visibility" DEFAULT 'tenant' NOT NULL,
  	"sector" "enum_organizations_sector" NOT NULL,
  	"country" "enum_organizations_country",
  	"website" varchar,
  	"logo_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "organizations_i18n" (
  	"name" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "topics" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"slug" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "topics_i18n" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"tenant_id" uuid,
  	"credit" varchar,
  	"visibility" "enum_media_visibility" DEFAULT 'tenant' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar
  );
  
  CREATE TABLE "media_i18n" (
  	"alt" varchar,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "tenants_countries" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_tenants_countries",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "tenants_locales" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_tenants_locales",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "tenants" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"slug" varchar NOT NULL,
  	"default_locale" "enum_tenants_default_locale" NOT NULL,
  	"office_address" varchar,
  	"office_city" varchar,
  	"office_email" varchar,
  	"office_phone" varchar,
  	"office_website" varchar,
  	"timezone" varchar DEFAULT 'UTC',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "tenants_i18n" (
  	"name" varchar NOT NULL,
  	"office_name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "tenants_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_users_roles",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "users_tenants_roles" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_users_tenants_roles",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "users_tenants_locales" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_users_tenants_locales",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "users_tenants" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"tenant_id" uuid NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "api_keys" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"tenant_id" uuid NOT NULL,
  	"scope" "enum_api_keys_scope" DEFAULT 'published' NOT NULL,
  	"enabled" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"enable_a_p_i_key" boolean,
  	"api_key" varchar,
  	"api_key_index" varchar
  );
  
  CREATE TABLE "payload_kv" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"curricula_id" uuid,
  	"learning_formats_id" uuid,
  	"case_studies_id" uuid,
  	"organizations_id" uuid,
  	"topics_id" uuid,
  	"media_id" uuid,
  	"tenants_id" uuid,
  	"users_id" uuid,
  	"api_keys_id" uuid
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid,
  	"api_keys_id" uuid
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "curricula_audience_sectors" ADD CONSTRAINT "curricula_audience_sectors_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."curricula"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "curricula_sessions_objectives" ADD CONSTRAINT "curricula_sessions_objectives_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."curricula_sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "curricula_sessions_objectives_i18n" ADD CONSTRAINT "curricula_sessions_objectives_i18n_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."curricula_sessions_objectives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "curricula_sessions" ADD CONSTRAINT "curricula_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."curricula"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "curricula_sessions_i18n" ADD CONSTRAINT "curricula_sessions_i18n_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."curricula_sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "curricula_learning_outcomes" ADD CONSTRAINT "curricula_learning_outcomes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."curricula"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "curricula_learning_outcomes_i18n" ADD CONSTRAINT "curricula_learning_outcomes_i18n_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."curricula_learning_outcomes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "curricula" ADD CONSTRAINT "curricula_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "curricula" ADD CONSTRAINT "curricula_cover_image_id_media_id_fk" FOREIGN KEY ("cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "curricula_i18n" ADD CONSTRAINT "curricula_i18n_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."curricula"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "curricula_rels" ADD CONSTRAINT "curricula_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."curricula"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "curricula_rels" ADD CONSTRAINT "curricula_rels_learning_formats_fk" FOREIGN KEY ("learning_formats_id") REFERENCES "public"."learning_formats"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "curricula_rels" ADD CONSTRAINT "curricula_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "curricula_rels" ADD CONSTRAINT "curricula_rels_case_studies_fk" FOREIGN KEY ("case_studies_id") REFERENCES "public"."case_studies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_curricula_v_version_audience_sectors" ADD CONSTRAINT "_curricula_v_version_audience_sectors_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_curricula_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_curricula_v_version_sessions_objectives" ADD CONSTRAINT "_curricula_v_version_sessions_objectives_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_curricula_v_version_sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_curricula_v_version_sessions_objectives_i18n" ADD CONSTRAINT "_curricula_v_version_sessions_objectives_i18n_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_curricula_v_version_sessions_objectives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_curricula_v_version_sessions" ADD CONSTRAINT "_curricula_v_version_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_curricula_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_curricula_v_version_sessions_i18n" ADD CONSTRAINT "_curricula_v_version_sessions_i18n_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_curricula_v_version_sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_curricula_v_version_learning_outcomes" ADD CONSTRAINT "_curricula_v_version_learning_outcomes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_curricula_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_curricula_v_version_learning_outcomes_i18n" ADD CONSTRAINT "_curricula_v_version_learning_outcomes_i18n_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_curricula_v_version_learning_outcomes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_curricula_v" ADD CONSTRAINT "_curricula_v_parent_id_curricula_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."curricula"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_curricula_v" ADD CONSTRAINT "_curricula_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_curricula_v" ADD CONSTRAINT "_curricula_v_version_cover_image_id_media_id_fk" FOREIGN KEY ("version_cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_curricula_v_i18n" ADD CONSTRAINT "_curricula_v_i18n_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_curricula_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_curricula_v_rels" ADD CONSTRAINT "_curricula_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_curricula_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_curricula_v_rels" ADD CONSTRAINT "_curricula_v_rels_learning_formats_fk" FOREIGN KEY ("learning_formats_id") REFERENCES "public"."learning_formats"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_curricula_v_rels" ADD CONSTRAINT "_curricula_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_curricula_v_rels" ADD CONSTRAINT "_curricula_v_rels_case_studies_fk" FOREIGN KEY ("case_studies_id") REFERENCES "public"."case_studies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "learning_formats_steps" ADD CONSTRAINT "learning_formats_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."learning_formats"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "learning_formats_steps_i18n" ADD CONSTRAINT "learning_formats_steps_i18n_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."learning_formats_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "learning_formats_outcomes" ADD CONSTRAINT "learning_formats_outcomes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."learning_formats"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "learning_formats_outcomes_i18n" ADD CONSTRAINT "learning_formats_outcomes_i18n_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."learning_formats_outcomes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "learning_formats" ADD CONSTRAINT "learning_formats_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "learning_formats_i18n" ADD CONSTRAINT "learning_formats_i18n_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."learning_formats"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_learning_formats_v_version_steps" ADD CONSTRAINT "_learning_formats_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_learning_formats_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_learning_formats_v_version_steps_i18n" ADD CONSTRAINT "_learning_formats_v_version_steps_i18n_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_learning_formats_v_version_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_learning_formats_v_version_outcomes" ADD CONSTRAINT "_learning_formats_v_version_outcomes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_learning_formats_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_learning_formats_v_version_outcomes_i18n" ADD CONSTRAINT "_learning_formats_v_version_outcomes_i18n_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_learning_formats_v_version_outcomes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_learning_formats_v" ADD CONSTRAINT "_learning_formats_v_parent_id_learning_formats_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."learning_formats"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_learning_formats_v" ADD CONSTRAINT "_learning_formats_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_learning_formats_v_i18n" ADD CONSTRAINT "_learning_formats_v_i18n_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_learning_formats_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "case_studies_partners" ADD CONSTRAINT "case_studies_partners_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "case_studies_partners" ADD CONSTRAINT "case_studies_partners_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."case_studies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "case_studies_partners_i18n" ADD CONSTRAINT "case_studies_partners_i18n_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."case_studies_partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "case_studies_sectors" ADD CONSTRAINT "case_studies_sectors_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."case_studies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "case_studies_impact" ADD CONSTRAINT "case_studies_impact_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."case_studies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "case_studies_impact_i18n" ADD CONSTRAINT "case_studies_impact_i18n_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."case_studies_impact"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "case_studies" ADD CONSTRAINT "case_studies_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "case_studies" ADD CONSTRAINT "case_studies_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "case_studies_i18n" ADD CONSTRAINT "case_studies_i18n_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."case_studies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "case_studies_rels" ADD CONSTRAINT "case_studies_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."case_studies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "case_studies_rels" ADD CONSTRAINT "case_studies_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "case_studies_rels" ADD CONSTRAINT "case_studies_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "case_studies_rels" ADD CONSTRAINT "case_studies_rels_learning_formats_fk" FOREIGN KEY ("learning_formats_id") REFERENCES "public"."learning_formats"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "case_studies_rels" ADD CONSTRAINT "case_studies_rels_curricula_fk" FOREIGN KEY ("curricula_id") REFERENCES "public"."curricula"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_case_studies_v_version_partners" ADD CONSTRAINT "_case_studies_v_version_partners_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_case_studies_v_version_partners" ADD CONSTRAINT "_case_studies_v_version_partners_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_case_studies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_case_studies_v_version_partners_i18n" ADD CONSTRAINT "_case_studies_v_version_partners_i18n_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_case_studies_v_version_partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_case_studies_v_version_sectors" ADD CONSTRAINT "_case_studies_v_version_sectors_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_case_studies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_case_studies_v_version_impact" ADD CONSTRAINT "_case_studies_v_version_impact_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_case_studies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_case_studies_v_version_impact_i18n" ADD CONSTRAINT "_case_studies_v_version_impact_i18n_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_case_studies_v_version_impact"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_case_studies_v" ADD CONSTRAINT "_case_studies_v_parent_id_case_studies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."case_studies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_case_studies_v" ADD CONSTRAINT "_case_studies_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_case_studies_v" ADD CONSTRAINT "_case_studies_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_case_studies_v_i18n" ADD CONSTRAINT "_case_studies_v_i18n_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_case_studies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_case_studies_v_rels" ADD CONSTRAINT "_case_studies_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_case_studies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_case_studies_v_rels" ADD CONSTRAINT "_case_studies_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_case_studies_v_rels" ADD CONSTRAINT "_case_studies_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_case_studies_v_rels" ADD CONSTRAINT "_case_studies_v_rels_learning_formats_fk" FOREIGN KEY ("learning_formats_id") REFERENCES "public"."learning_formats"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_case_studies_v_rels" ADD CONSTRAINT "_case_studies_v_rels_curricula_fk" FOREIGN KEY ("curricula_id") REFERENCES "public"."curricula"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organizations" ADD CONSTRAINT "organizations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organizations" ADD CONSTRAINT "organizations_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organizations_i18n" ADD CONSTRAINT "organizations_i18n_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_i18n" ADD CONSTRAINT "topics_i18n_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_i18n" ADD CONSTRAINT "media_i18n_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tenants_countries" ADD CONSTRAINT "tenants_countries_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tenants_locales" ADD CONSTRAINT "tenants_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tenants_i18n" ADD CONSTRAINT "tenants_i18n_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tenants_texts" ADD CONSTRAINT "tenants_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_tenants_roles" ADD CONSTRAINT "users_tenants_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users_tenants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_tenants_locales" ADD CONSTRAINT "users_tenants_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users_tenants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_tenants" ADD CONSTRAINT "users_tenants_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_tenants" ADD CONSTRAINT "users_tenants_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_curricula_fk" FOREIGN KEY ("curricula_id") REFERENCES "public"."curricula"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_learning_formats_fk" FOREIGN KEY ("learning_formats_id") REFERENCES "public"."learning_formats"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_case_studies_fk" FOREIGN KEY ("case_studies_id") REFERENCES "public"."case_studies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tenants_fk" FOREIGN KEY ("tenants_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_api_keys_fk" FOREIGN KEY ("api_keys_id") REFERENCES "public"."api_keys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_api_keys_fk" FOREIGN KEY ("api_keys_id") REFERENCES "public"."api_keys"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "curricula_audience_sectors_order_idx" ON "curricula_audience_sectors" USING btree ("order");
  CREATE INDEX "curricula_audience_sectors_parent_idx" ON "curricula_audience_sectors" USING btree ("parent_id");
  CREATE INDEX "curricula_sessions_objectives_order_idx" ON "curricula_sessions_objectives" USING btree ("_order");
  CREATE INDEX "curricula_sessions_objectives_parent_id_idx" ON "curricula_sessions_objectives" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "curricula_sessions_objectives_i18n_locale_parent_id_unique" ON "curricula_sessions_objectives_i18n" USING btree ("_locale","_parent_id");
  CREATE INDEX "curricula_sessions_order_idx" ON "curricula_sessions" USING btree ("_order");
  CREATE INDEX "curricula_sessions_parent_id_idx" ON "curricula_sessions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "curricula_sessions_i18n_locale_parent_id_unique" ON "curricula_sessions_i18n" USING btree ("_locale","_parent_id");
  CREATE INDEX "curricula_learning_outcomes_order_idx" ON "curricula_learning_outcomes" USING btree ("_order");
  CREATE INDEX "curricula_learning_outcomes_parent_id_idx" ON "curricula_learning_outcomes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "curricula_learning_outcomes_i18n_locale_parent_id_unique" ON "curricula_learning_outcomes_i18n" USING btree ("_locale","_parent_id");
  CREATE INDEX "curricula_tenant_idx" ON "curricula" USING btree ("tenant_id");
  CREATE INDEX "curricula_slug_idx" ON "curricula" USING btree ("slug");
  CREATE INDEX "curricula_visibility_idx" ON "curricula" USING btree ("visibility");
  CREATE INDEX "curricula_cover_image_idx" ON "curricula" USING btree ("cover_image_id");
  CREATE INDEX "curricula_updated_at_idx" ON "curricula" USING btree ("updated_at");
  CREATE INDEX "curricula_created_at_idx" ON "curricula" USING btree ("created_at");
  CREATE INDEX "curricula__status_idx" ON "curricula" USING btree ("_status");
  CREATE UNIQUE INDEX "curricula_i18n_locale_parent_id_unique" ON "curricula_i18n" USING btree ("_locale","_parent_id");
  CREATE INDEX "curricula_rels_order_idx" ON "curricula_rels" USING btree ("order");
  CREATE INDEX "curricula_rels_parent_idx" ON "curricula_rels" USING btree ("parent_id");
  CREATE INDEX "curricula_rels_path_idx" ON "curricula_rels" USING btree ("path");
  CREATE INDEX "curricula_rels_learning_formats_id_idx" ON "curricula_rels" USING btree ("learning_formats_id");
  CREATE INDEX "curricula_rels_media_id_idx" ON "curricula_rels" USING btree ("media_id");
  CREATE INDEX "curricula_rels_case_studies_id_idx" ON "curricula_rels" USING btree ("case_studies_id");
  CREATE INDEX "_curricula_v_version_audience_sectors_order_idx" ON "_curricula_v_version_audience_sectors" USING btree ("order");
  CREATE INDEX "_curricula_v_version_audience_sectors_parent_idx" ON "_curricula_v_version_audience_sectors" USING btree ("parent_id");
  CREATE INDEX "_curricula_v_version_sessions_objectives_order_idx" ON "_curricula_v_version_sessions_objectives" USING btree ("_order");
  CREATE INDEX "_curricula_v_version_sessions_objectives_parent_id_idx" ON "_curricula_v_version_sessions_objectives" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_curricula_v_version_sessions_objectives_i18n_locale_parent_" ON "_curricula_v_version_sessions_objectives_i18n" USING btree ("_locale","_parent_id");
  CREATE INDEX "_curricula_v_version_sessions_order_idx" ON "_curricula_v_version_sessions" USING btree ("_order");
  CREATE INDEX "_curricula_v_version_sessions_parent_id_idx" ON "_curricula_v_version_sessions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_curricula_v_version_sessions_i18n_locale_parent_id_unique" ON "_curricula_v_version_sessions_i18n" USING btree ("_locale","_parent_id");
  CREATE INDEX "_curricula_v_version_learning_outcomes_order_idx" ON "_curricula_v_version_learning_outcomes" USING btree ("_order");
  CREATE INDEX "_curricula_v_version_learning_outcomes_parent_id_idx" ON "_curricula_v_version_learning_outcomes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_curricula_v_version_learning_outcomes_i18n_locale_parent_id" ON "_curricula_v_version_learning_outcomes_i18n" USING btree ("_locale","_parent_id");
  CREATE INDEX "_curricula_v_parent_idx" ON "_curricula_v" USING btree ("parent_id");
  CREATE INDEX "_curricula_v_version_version_tenant_idx" ON "_curricula_v" USING btree ("version_tenant_id");
  CREATE INDEX "_curricula_v_version_version_slug_idx" ON "_curricula_v" USING btree ("version_slug");
  CREATE INDEX "_curricula_v_version_version_visibility_idx" ON "_curricula_v" USING btree ("version_visibility");
  CREATE INDEX "_curricula_v_version_version_cover_image_idx" ON "_curricula_v" USING btree ("version_cover_image_id");
  CREATE INDEX "_curricula_v_version_version_updated_at_idx" ON "_curricula_v" USING btree ("version_updated_at");
  CREATE INDEX "_curricula_v_version_version_created_at_idx" ON "_curricula_v" USING btree ("version_created_at");
  CREATE INDEX "_curricula_v_version_version__status_idx" ON "_curricula_v" USING btree ("version__status");
  CREATE INDEX "_curricula_v_created_at_idx" ON "_curricula_v" USING btree ("created_at");
  CREATE INDEX "_curricula_v_updated_at_idx" ON "_curricula_v" USING btree ("updated_at");
  CREATE INDEX "_curricula_v_snapshot_idx" ON "_curricula_v" USING btree ("snapshot");
  CREATE INDEX "_curricula_v_published_locale_idx" ON "_curricula_v" USING btree ("published_locale");
  CREATE INDEX "_curricula_v_latest_idx" ON "_curricula_v" USING btree ("latest");
  CREATE INDEX "_curricula_v_autosave_idx" ON "_curricula_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_curricula_v_i18n_locale_parent_id_unique" ON "_curricula_v_i18n" USING btree ("_locale","_parent_id");
  CREATE INDEX "_curricula_v_rels_order_idx" ON "_curricula_v_rels" USING btree ("order");
  CREATE INDEX "_curricula_v_rels_parent_idx" ON "_curricula_v_rels" USING btree ("parent_id");
  CREATE INDEX "_curricula_v_rels_path_idx" ON "_curricula_v_rels" USING btree ("path");
  CREATE INDEX "_curricula_v_rels_learning_formats_id_idx" ON "_curricula_v_rels" USING btree ("learning_formats_id");
  CREATE INDEX "_curricula_v_rels_media_id_idx" ON "_curricula_v_rels" USING btree ("media_id");
  CREATE INDEX "_curricula_v_rels_case_studies_id_idx" ON "_curricula_v_rels" USING btree ("case_studies_id");
  CREATE INDEX "learning_formats_steps_order_idx" ON "learning_formats_steps" USING btree ("_order");
  CREATE INDEX "learning_formats_steps_parent_id_idx" ON "learning_formats_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "learning_formats_steps_i18n_locale_parent_id_unique" ON "learning_formats_steps_i18n" USING btree ("_locale","_parent_id");
  CREATE INDEX "learning_formats_outcomes_order_idx" ON "learning_formats_outcomes" USING btree ("_order");
  CREATE INDEX "learning_formats_outcomes_parent_id_idx" ON "learning_formats_outcomes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "learning_formats_outcomes_i18n_locale_parent_id_unique" ON "learning_formats_outcomes_i18n" USING btree ("_locale","_parent_id");
  CREATE INDEX "learning_formats_tenant_idx" ON "learning_formats" USING btree ("tenant_id");
  CREATE INDEX "learning_formats_slug_idx" ON "learning_formats" USING btree ("slug");
  CREATE INDEX "learning_formats_visibility_idx" ON "learning_formats" USING btree ("visibility");
  CREATE INDEX "learning_formats_updated_at_idx" ON "learning_formats" USING btree ("updated_at");
  CREATE INDEX "learning_formats_created_at_idx" ON "learning_formats" USING btree ("created_at");
  CREATE INDEX "learning_formats__status_idx" ON "learning_formats" USING btree ("_status");
  CREATE UNIQUE INDEX "learning_formats_i18n_locale_parent_id_unique" ON "learning_formats_i18n" USING btree ("_locale","_parent_id");
  CREATE INDEX "_learning_formats_v_version_steps_order_idx" ON "_learning_formats_v_version_steps" USING btree ("_order");
  CREATE INDEX "_learning_formats_v_version_steps_parent_id_idx" ON "_learning_formats_v_version_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_learning_formats_v_version_steps_i18n_locale_parent_id_uniq" ON "_learning_formats_v_version_steps_i18n" USING btree ("_locale","_parent_id");
  CREATE INDEX "_learning_formats_v_version_outcomes_order_idx" ON "_learning_formats_v_version_outcomes" USING btree ("_order");
  CREATE INDEX "_learning_formats_v_version_outcomes_parent_id_idx" ON "_learning_formats_v_version_outcomes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_learning_formats_v_version_outcomes_i18n_locale_parent_id_u" ON "_learning_formats_v_version_outcomes_i18n" USING btree ("_locale","_parent_id");
  CREATE INDEX "_learning_formats_v_parent_idx" ON "_learning_formats_v" USING btree ("parent_id");
  CREATE INDEX "_learning_formats_v_version_version_tenant_idx" ON "_learning_formats_v" USING btree ("version_tenant_id");
  CREATE INDEX "_learning_formats_v_version_version_slug_idx" ON "_learning_formats_v" USING btree ("version_slug");
  CREATE INDEX "_learning_formats_v_version_version_visibility_idx" ON "_learning_formats_v" USING btree ("version_visibility");
  CREATE INDEX "_learning_formats_v_version_version_updated_at_idx" ON "_learning_formats_v" USING btree ("version_updated_at");
  CREATE INDEX "_learning_formats_v_version_version_created_at_idx" ON "_learning_formats_v" USING btree ("version_created_at");
  CREATE INDEX "_learning_formats_v_version_version__status_idx" ON "_learning_formats_v" USING btree ("version__status");
  CREATE INDEX "_learning_formats_v_created_at_idx" ON "_learning_formats_v" USING btree ("created_at");
  CREATE INDEX "_learning_formats_v_updated_at_idx" ON "_learning_formats_v" USING btree ("updated_at");
  CREATE INDEX "_learning_formats_v_snapshot_idx" ON "_learning_formats_v" USING btree ("snapshot");
  CREATE INDEX "_learning_formats_v_published_locale_idx" ON "_learning_formats_v" USING btree ("published_locale");
  CREATE INDEX "_learning_formats_v_latest_idx" ON "_learning_formats_v" USING btree ("latest");
  CREATE INDEX "_learning_formats_v_autosave_idx" ON "_learning_formats_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_learning_formats_v_i18n_locale_parent_id_unique" ON "_learning_formats_v_i18n" USING btree ("_locale","_parent_id");
  CREATE INDEX "case_studies_partners_order_idx" ON "case_studies_partners" USING btree ("_order");
  CREATE INDEX "case_studies_partners_parent_id_idx" ON "case_studies_partners" USING btree ("_parent_id");
  CREATE INDEX "case_studies_partners_organization_idx" ON "case_studies_partners" USING btree ("organization_id");
  CREATE UNIQUE INDEX "case_studies_partners_i18n_locale_parent_id_unique" ON "case_studies_partners_i18n" USING btree ("_locale","_parent_id");
  CREATE INDEX "case_studies_sectors_order_idx" ON "case_studies_sectors" USING btree ("order");
  CREATE INDEX "case_studies_sectors_parent_idx" ON "case_studies_sectors" USING btree ("parent_id");
  CREATE INDEX "case_studies_impact_order_idx" ON "case_studies_impact" USING btree ("_order");
  CREATE INDEX "case_studies_impact_parent_id_idx" ON "case_studies_impact" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "case_studies_impact_i18n_locale_parent_id_unique" ON "case_studies_impact_i18n" USING btree ("_locale","_parent_id");
  CREATE INDEX "case_studies_tenant_idx" ON "case_studies" USING btree ("tenant_id");
  CREATE INDEX "case_studies_slug_idx" ON "case_studies" USING btree ("slug");
  CREATE INDEX "case_studies_visibility_idx" ON "case_studies" USING btree ("visibility");
  CREATE INDEX "case_studies_hero_image_idx" ON "case_studies" USING btree ("hero_image_id");
  CREATE INDEX "case_studies_updated_at_idx" ON "case_studies" USING btree ("updated_at");
  CREATE INDEX "case_studies_created_at_idx" ON "case_studies" USING btree ("created_at");
  CREATE INDEX "case_studies__status_idx" ON "case_studies" USING btree ("_status");
  CREATE UNIQUE INDEX "case_studies_i18n_locale_parent_id_unique" ON "case_studies_i18n" USING btree ("_locale","_parent_id");
  CREATE INDEX "case_studies_rels_order_idx" ON "case_studies_rels" USING btree ("order");
  CREATE INDEX "case_studies_rels_parent_idx" ON "case_studies_rels" USING btree ("parent_id");
  CREATE INDEX "case_studies_rels_path_idx" ON "case_studies_rels" USING btree ("path");
  CREATE INDEX "case_studies_rels_topics_id_idx" ON "case_studies_rels" USING btree ("topics_id");
  CREATE INDEX "case_studies_rels_media_id_idx" ON "case_studies_rels" USING btree ("media_id");
  CREATE INDEX "case_studies_rels_learning_formats_id_idx" ON "case_studies_rels" USING btree ("learning_formats_id");
  CREATE INDEX "case_studies_rels_curricula_id_idx" ON "case_studies_rels" USING btree ("curricula_id");
  CREATE INDEX "_case_studies_v_version_partners_order_idx" ON "_case_studies_v_version_partners" USING btree ("_order");
  CREATE INDEX "_case_studies_v_version_partners_parent_id_idx" ON "_case_studies_v_version_partners" USING btree ("_parent_id");
  CREATE INDEX "_case_studies_v_version_partners_organization_idx" ON "_case_studies_v_version_partners" USING btree ("organization_id");
  CREATE UNIQUE INDEX "_case_studies_v_version_partners_i18n_locale_parent_id_uniqu" ON "_case_studies_v_version_partners_i18n" USING btree ("_locale","_parent_id");
  CREATE INDEX "_case_studies_v_version_sectors_order_idx" ON "_case_studies_v_version_sectors" USING btree ("order");
  CREATE INDEX "_case_studies_v_version_sectors_parent_idx" ON "_case_studies_v_version_sectors" USING btree ("parent_id");
  CREATE INDEX "_case_studies_v_version_impact_order_idx" ON "_case_studies_v_version_impact" USING btree ("_order");
  CREATE INDEX "_case_studies_v_version_impact_parent_id_idx" ON "_case_studies_v_version_impact" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_case_studies_v_version_impact_i18n_locale_parent_id_unique" ON "_case_studies_v_version_impact_i18n" USING btree ("_locale","_parent_id");
  CREATE INDEX "_case_studies_v_parent_idx" ON "_case_studies_v" USING btree ("parent_id");
  CREATE INDEX "_case_studies_v_version_version_tenant_idx" ON "_case_studies_v" USING btree ("version_tenant_id");
  CREATE INDEX "_case_studies_v_version_version_slug_idx" ON "_case_studies_v" USING btree ("version_slug");
  CREATE INDEX "_case_studies_v_version_version_visibility_idx" ON "_case_studies_v" USING btree ("version_visibility");
  CREATE INDEX "_case_studies_v_version_version_hero_image_idx" ON "_case_studies_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_case_studies_v_version_version_updated_at_idx" ON "_case_studies_v" USING btree ("version_updated_at");
  CREATE INDEX "_case_studies_v_version_version_created_at_idx" ON "_case_studies_v" USING btree ("version_created_at");
  CREATE INDEX "_case_studies_v_version_version__status_idx" ON "_case_studies_v" USING btree ("version__status");
  CREATE INDEX "_case_studies_v_created_at_idx" ON "_case_studies_v" USING btree ("created_at");
  CREATE INDEX "_case_studies_v_updated_at_idx" ON "_case_studies_v" USING btree ("updated_at");
  CREATE INDEX "_case_studies_v_snapshot_idx" ON "_case_studies_v" USING btree ("snapshot");
  CREATE INDEX "_case_studies_v_published_locale_idx" ON "_case_studies_v" USING btree ("published_locale");
  CREATE INDEX "_case_studies_v_latest_idx" ON "_case_studies_v" USING btree ("latest");
  CREATE INDEX "_case_studies_v_autosave_idx" ON "_case_studies_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_case_studies_v_i18n_locale_parent_id_unique" ON "_case_studies_v_i18n" USING btree ("_locale","_parent_id");
  CREATE INDEX "_case_studies_v_rels_order_idx" ON "_case_studies_v_rels" USING btree ("order");
  CREATE INDEX "_case_studies_v_rels_parent_idx" ON "_case_studies_v_rels" USING btree ("parent_id");
  CREATE INDEX "_case_studies_v_rels_path_idx" ON "_case_studies_v_rels" USING btree ("path");
  CREATE INDEX "_case_studies_v_rels_topics_id_idx" ON "_case_studies_v_rels" USING btree ("topics_id");
  CREATE INDEX "_case_studies_v_rels_media_id_idx" ON "_case_studies_v_rels" USING btree ("media_id");
  CREATE INDEX "_case_studies_v_rels_learning_formats_id_idx" ON "_case_studies_v_rels" USING btree ("learning_formats_id");
  CREATE INDEX "_case_studies_v_rels_curricula_id_idx" ON "_case_studies_v_rels" USING btree ("curricula_id");
  CREATE INDEX "organizations_tenant_idx" ON "organizations" USING btree ("tenant_id");
  CREATE INDEX "organizations_visibility_idx" ON "organizations" USING btree ("visibility");
  CREATE INDEX "organizations_logo_idx" ON "organizations" USING btree ("logo_id");
  CREATE INDEX "organizations_updated_at_idx" ON "organizations" USING btree ("updated_at");
  CREATE INDEX "organizations_created_at_idx" ON "organizations" USING btree ("created_at");
  CREATE UNIQUE INDEX "organizations_i18n_locale_parent_id_unique" ON "organizations_i18n" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "topics_slug_idx" ON "topics" USING btree ("slug");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE UNIQUE INDEX "topics_i18n_locale_parent_id_unique" ON "topics_i18n" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_tenant_idx" ON "media" USING btree ("tenant_id");
  CREATE INDEX "media_visibility_idx" ON "media" USING btree ("visibility");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE UNIQUE INDEX "media_i18n_locale_parent_id_unique" ON "media_i18n" USING btree ("_locale","_parent_id");
  CREATE INDEX "tenants_countries_order_idx" ON "tenants_countries" USING btree ("order");
  CREATE INDEX "tenants_countries_parent_idx" ON "tenants_countries" USING btree ("parent_id");
  CREATE INDEX "tenants_locales_order_idx" ON "tenants_locales" USING btree ("order");
  CREATE INDEX "tenants_locales_parent_idx" ON "tenants_locales" USING btree ("parent_id");
  CREATE UNIQUE INDEX "tenants_slug_idx" ON "tenants" USING btree ("slug");
  CREATE INDEX "tenants_updated_at_idx" ON "tenants" USING btree ("updated_at");
  CREATE INDEX "tenants_created_at_idx" ON "tenants" USING btree ("created_at");
  CREATE UNIQUE INDEX "tenants_i18n_locale_parent_id_unique" ON "tenants_i18n" USING btree ("_locale","_parent_id");
  CREATE INDEX "tenants_texts_order_parent" ON "tenants_texts" USING btree ("order","parent_id");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_tenants_roles_order_idx" ON "users_tenants_roles" USING btree ("order");
  CREATE INDEX "users_tenants_roles_parent_idx" ON "users_tenants_roles" USING btree ("parent_id");
  CREATE INDEX "users_tenants_locales_order_idx" ON "users_tenants_locales" USING btree ("order");
  CREATE INDEX "users_tenants_locales_parent_idx" ON "users_tenants_locales" USING btree ("parent_id");
  CREATE INDEX "users_tenants_order_idx" ON "users_tenants" USING btree ("_order");
  CREATE INDEX "users_tenants_parent_id_idx" ON "users_tenants" USING btree ("_parent_id");
  CREATE INDEX "users_tenants_tenant_idx" ON "users_tenants" USING btree ("tenant_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "api_keys_tenant_idx" ON "api_keys" USING btree ("tenant_id");
  CREATE INDEX "api_keys_updated_at_idx" ON "api_keys" USING btree ("updated_at");
  CREATE INDEX "api_keys_created_at_idx" ON "api_keys" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_curricula_id_idx" ON "payload_locked_documents_rels" USING btree ("curricula_id");
  CREATE INDEX "payload_locked_documents_rels_learning_formats_id_idx" ON "payload_locked_documents_rels" USING btree ("learning_formats_id");
  CREATE INDEX "payload_locked_documents_rels_case_studies_id_idx" ON "payload_locked_documents_rels" USING btree ("case_studies_id");
  CREATE INDEX "payload_locked_documents_rels_organizations_id_idx" ON "payload_locked_documents_rels" USING btree ("organizations_id");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_tenants_id_idx" ON "payload_locked_documents_rels" USING btree ("tenants_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_api_keys_id_idx" ON "payload_locked_documents_rels" USING btree ("api_keys_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_rels_api_keys_id_idx" ON "payload_preferences_rels" USING btree ("api_keys_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "curricula_audience_sectors" CASCADE;
  DROP TABLE "curricula_sessions_objectives" CASCADE;
  DROP TABLE "curricula_sessions_objectives_i18n" CASCADE;
  DROP TABLE "curricula_sessions" CASCADE;
  DROP TABLE "curricula_sessions_i18n" CASCADE;
  DROP TABLE "curricula_learning_outcomes" CASCADE;
  DROP TABLE "curricula_learning_outcomes_i18n" CASCADE;
  DROP TABLE "curricula" CASCADE;
  DROP TABLE "curricula_i18n" CASCADE;
  DROP TABLE "curricula_rels" CASCADE;
  DROP TABLE "_curricula_v_version_audience_sectors" CASCADE;
  DROP TABLE "_curricula_v_version_sessions_objectives" CASCADE;
  DROP TABLE "_curricula_v_version_sessions_objectives_i18n" CASCADE;
  DROP TABLE "_curricula_v_version_sessions" CASCADE;
  DROP TABLE "_curricula_v_version_sessions_i18n" CASCADE;
  DROP TABLE "_curricula_v_version_learning_outcomes" CASCADE;
  DROP TABLE "_curricula_v_version_learning_outcomes_i18n" CASCADE;
  DROP TABLE "_curricula_v" CASCADE;
  DROP TABLE "_curricula_v_i18n" CASCADE;
  DROP TABLE "_curricula_v_rels" CASCADE;
  DROP TABLE "learning_formats_steps" CASCADE;
  DROP TABLE "learning_formats_steps_i18n" CASCADE;
  DROP TABLE "learning_formats_outcomes" CASCADE;
  DROP TABLE "learning_formats_outcomes_i18n" CASCADE;
  DROP TABLE "learning_formats" CASCADE;
  DROP TABLE "learning_formats_i18n" CASCADE;
  DROP TABLE "_learning_formats_v_version_steps" CASCADE;
  DROP TABLE "_learning_formats_v_version_steps_i18n" CASCADE;
  DROP TABLE "_learning_formats_v_version_outcomes" CASCADE;
  DROP TABLE "_learning_formats_v_version_outcomes_i18n" CASCADE;
  DROP TABLE "_learning_formats_v" CASCADE;
  DROP TABLE "_learning_formats_v_i18n" CASCADE;
  DROP TABLE "case_studies_partners" CASCADE;
  DROP TABLE "case_studies_partners_i18n" CASCADE;
  DROP TABLE "case_studies_sectors" CASCADE;
  DROP TABLE "case_studies_impact" CASCADE;
  DROP TABLE "case_studies_impact_i18n" CASCADE;
  DROP TABLE "case_studies" CASCADE;
  DROP TABLE "case_studies_i18n" CASCADE;
  DROP TABLE "case_studies_rels" CASCADE;
  DROP TABLE "_case_studies_v_version_partners" CASCADE;
  DROP TABLE "_case_studies_v_version_partners_i18n" CASCADE;
  DROP TABLE "_case_studies_v_version_sectors" CASCADE;
  DROP TABLE "_case_studies_v_version_impact" CASCADE;
  DROP TABLE "_case_studies_v_version_impact_i18n" CASCADE;
  DROP TABLE "_case_studies_v" CASCADE;
  DROP TABLE "_case_studies_v_i18n" CASCADE;
  DROP TABLE "_case_studies_v_rels" CASCADE;
  DROP TABLE "organizations" CASCADE;
  DROP TABLE "organizations_i18n" CASCADE;
  DROP TABLE "topics" CASCADE;
  DROP TABLE "topics_i18n" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_i18n" CASCADE;
  DROP TABLE "tenants_countries" CASCADE;
  DROP TABLE "tenants_locales" CASCADE;
  DROP TABLE "tenants" CASCADE;
  DROP TABLE "tenants_i18n" CASCADE;
  DROP TABLE "tenants_texts" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_tenants_roles" CASCADE;
  DROP TABLE "users_tenants_locales" CASCADE;
  DROP TABLE "users_tenants" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "api_keys" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_curricula_audience_sectors";
  DROP TYPE "public"."enum_curricula_visibility";
  DROP TYPE "public"."enum_curricula_status";
  DROP TYPE "public"."enum__curricula_v_version_audience_sectors";
  DROP TYPE "public"."enum__curricula_v_version_visibility";
  DROP TYPE "public"."enum__curricula_v_version_status";
  DROP TYPE "public"."enum__curricula_v_published_locale";
  DROP TYPE "public"."enum_learning_formats_visibility";
  DROP TYPE "public"."enum_learning_formats_kind";
  DROP TYPE "public"."enum_learning_formats_duration_unit";
  DROP TYPE "public"."enum_learning_formats_status";
  DROP TYPE "public"."enum__learning_formats_v_version_visibility";
  DROP TYPE "public"."enum__learning_formats_v_version_kind";
  DROP TYPE "public"."enum__learning_formats_v_version_duration_unit";
  DROP TYPE "public"."enum__learning_formats_v_version_status";
  DROP TYPE "public"."enum__learning_formats_v_published_locale";
  DROP TYPE "public"."enum_case_studies_sectors";
  DROP TYPE "public"."enum_case_studies_visibility";
  DROP TYPE "public"."enum_case_studies_country";
  DROP TYPE "public"."enum_case_studies_status";
  DROP TYPE "public"."enum__case_studies_v_version_sectors";
  DROP TYPE "public"."enum__case_studies_v_version_visibility";
  DROP TYPE "public"."enum__case_studies_v_version_country";
  DROP TYPE "public"."enum__case_studies_v_version_status";
  DROP TYPE "public"."enum__case_studies_v_published_locale";
  DROP TYPE "public"."enum_organizations_visibility";
  DROP TYPE "public"."enum_organizations_sector";
  DROP TYPE "public"."enum_organizations_country";
  DROP TYPE "public"."enum_media_visibility";
  DROP TYPE "public"."enum_tenants_countries";
  DROP TYPE "public"."enum_tenants_locales";
  DROP TYPE "public"."enum_tenants_default_locale";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_users_tenants_roles";
  DROP TYPE "public"."enum_users_tenants_locales";
  DROP TYPE "public"."enum_api_keys_scope";`)
}
