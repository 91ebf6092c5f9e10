import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795441443786 implements MigrationInterface {
  name = 'Init1795441443786';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "activity" ("id" varchar(36) PRIMARY KEY NOT NULL, "at" datetime(3) NOT NULL, "actor_type" varchar(32) NOT NULL, "actor_id" varchar(36), "actor_name" varchar(120) NOT NULL, "on_behalf_of_type" varchar(32), "on_behalf_of_id" varchar(36), "client_id" varchar(36), "entity_type" varchar(40) NOT NULL, "entity_id" varchar(36) NOT NULL, "action" varchar(32) NOT NULL, "changes" text NOT NULL, "client_version" integer, "request_id" varchar(64))',
    );
    await queryRunner.query('CREATE INDEX "IDX_activity_actor" ON "activity" ("actor_type", "actor_id") ');
    await queryRunner.query('CREATE INDEX "IDX_activity_client" ON "activity" ("client_id", "at") ');
    await queryRunner.query(
      'CREATE TABLE "client" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(32) NOT NULL, "name" varchar(200) NOT NULL, "name_key" varchar(200) NOT NULL, "live_name_key" varchar(200), "search_key" varchar(800) NOT NULL, "legal_name" varchar(200), "kind" varchar(32) NOT NULL, "first_name" varchar(100), "last_name" varchar(100), "lifecycle" varchar(32) NOT NULL, "status" varchar(32) NOT NULL, "language" varchar(2) NOT NULL, "currency" varchar(3) NOT NULL, "time_zone" varchar(64), "website" varchar(500), "email" varchar(254), "phone" varchar(20), "mobile" varchar(20), "fax" varchar(20), "client_reference" varchar(64), "description" text, "regard" varchar(32) NOT NULL, "notifications_enabled" boolean NOT NULL DEFAULT (0), "registered_at" datetime(3), "registration_ip" varchar(45), "verified_phone" varchar(20), "partner_id" varchar(36), "plan_id" varchar(36), "identity_provider" varchar(32) NOT NULL, "parent_id" varchar(36), "bill_to_id" varchar(36), "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "deleted_at" datetime(3), "version" integer NOT NULL, "billing_line1" varchar(200), "billing_line2" varchar(200), "billing_city" varchar(120), "billing_region" varchar(80), "billing_postal_code" varchar(12), "billing_country" varchar(2), "shipping_line1" varchar(200), "shipping_line2" varchar(200), "shipping_city" varchar(120), "shipping_region" varchar(80), "shipping_postal_code" varchar(12), "shipping_country" varchar(2))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_client_code" ON "client" ("code") ');
    await queryRunner.query('CREATE INDEX "IDX_client_name_key" ON "client" ("name_key") ');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_client_live_name_key" ON "client" ("live_name_key") ');
    await queryRunner.query('CREATE INDEX "IDX_client_status" ON "client" ("status") ');
    await queryRunner.query('CREATE INDEX "IDX_client_partner" ON "client" ("partner_id") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_client_live_updated" ON "client" ("deleted_at", "updated_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_client_live_created" ON "client" ("deleted_at", "created_at", "id") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_client_live_code" ON "client" ("deleted_at", "code") ');
    await queryRunner.query(
      'CREATE TABLE "client_business_number" ("id" varchar(36) PRIMARY KEY NOT NULL, "client_id" varchar(36) NOT NULL, "scheme" varchar(32) NOT NULL, "value" varchar(32) NOT NULL, "position" integer NOT NULL)',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_client_business_number_client" ON "client_business_number" ("client_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "client_domain" ("id" varchar(36) PRIMARY KEY NOT NULL, "client_id" varchar(36) NOT NULL, "domain" varchar(253) NOT NULL, "position" integer NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_client_domain_client" ON "client_domain" ("client_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_client_domain_domain" ON "client_domain" ("domain") ');
    await queryRunner.query(
      'CREATE TABLE "client_tag" ("client_id" varchar(36) NOT NULL, "tag_key" varchar(40) NOT NULL, "tag" varchar(40) NOT NULL, PRIMARY KEY ("client_id", "tag_key"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_client_tag_key" ON "client_tag" ("tag_key") ');
    await queryRunner.query(
      'CREATE TABLE "contact" ("id" varchar(36) PRIMARY KEY NOT NULL, "first_name" varchar(100) NOT NULL, "last_name" varchar(100) NOT NULL, "name_key" varchar(201) NOT NULL, "email" varchar(254), "email_key" varchar(254), "email_domain" varchar(253), "phone" varchar(20), "mobile" varchar(20), "language" varchar(2) NOT NULL, "time_zone" varchar(64), "social_handles" text, "created_by_id" varchar(36), "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "deleted_at" datetime(3), "version" integer NOT NULL, "address_line1" varchar(200), "address_line2" varchar(200), "address_city" varchar(120), "address_region" varchar(80), "address_postal_code" varchar(12), "address_country" varchar(2))',
    );
    await queryRunner.query('CREATE INDEX "IDX_contact_name_key" ON "contact" ("name_key") ');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_contact_email_key" ON "contact" ("email_key") ');
    await queryRunner.query('CREATE INDEX "IDX_contact_email_domain" ON "contact" ("email_domain") ');
    await queryRunner.query(
      'CREATE TABLE "client_contact" ("id" varchar(36) PRIMARY KEY NOT NULL, "client_id" varchar(36) NOT NULL, "contact_id" varchar(36) NOT NULL, "title" varchar(100), "department" varchar(100), "type" varchar(32) NOT NULL, "primary_key" varchar(36), "linked_at" datetime(3) NOT NULL)',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_client_contact_primary" ON "client_contact" ("primary_key") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_client_contact_contact" ON "client_contact" ("contact_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_client_contact_pair" ON "client_contact" ("client_id", "contact_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "counter" ("name" varchar(64) PRIMARY KEY NOT NULL, "value" integer NOT NULL)',
    );
    await queryRunner.query(
      'CREATE TABLE "industry" ("id" varchar(36) PRIMARY KEY NOT NULL, "name" varchar(100) NOT NULL, "name_key" varchar(100) NOT NULL, "position" integer NOT NULL DEFAULT (0), "archived" boolean NOT NULL DEFAULT (0), "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "version" integer NOT NULL)',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_industry_name_key" ON "industry" ("name_key") ');
    await queryRunner.query(
      'CREATE TABLE "user_account" ("id" varchar(36) PRIMARY KEY NOT NULL, "email" varchar(254) NOT NULL, "display_name" varchar(120) NOT NULL, "role" varchar(16) NOT NULL, "password_hash" varchar(255) NOT NULL, "locale" varchar(2) NOT NULL, "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "failed_sign_ins" integer NOT NULL DEFAULT (0), "locked_until" datetime(3), "last_sign_in_at" datetime(3), "version" integer NOT NULL)',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_user_email" ON "user_account" ("email") ');
    await queryRunner.query(
      'CREATE TABLE "client_crm" ("client_id" varchar(36) PRIMARY KEY NOT NULL, "health" varchar(32), "tier" varchar(32), "renewal_date" date, "industry_id" varchar(36), "account_owner_id" varchar(36), "source" varchar(32))',
    );
    await queryRunner.query('CREATE INDEX "IDX_client_crm_health" ON "client_crm" ("health") ');
    await queryRunner.query('CREATE INDEX "IDX_client_crm_tier" ON "client_crm" ("tier") ');
    await queryRunner.query('CREATE INDEX "IDX_client_crm_renewal_date" ON "client_crm" ("renewal_date") ');
    await queryRunner.query('CREATE INDEX "IDX_client_crm_industry" ON "client_crm" ("industry_id") ');
    await queryRunner.query('CREATE INDEX "IDX_client_crm_owner" ON "client_crm" ("account_owner_id") ');
    await queryRunner.query(
      'CREATE TABLE "client_salesperson" ("client_id" varchar(36) NOT NULL, "user_id" varchar(36) NOT NULL, PRIMARY KEY ("client_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_client_salesperson_user" ON "client_salesperson" ("user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "outbox_email" ("id" varchar(36) PRIMARY KEY NOT NULL, "to" varchar(254) NOT NULL, "to_name" varchar(200), "locale" varchar(2) NOT NULL, "template" varchar(40) NOT NULL, "subject" varchar(250) NOT NULL, "text" text NOT NULL, "html" text NOT NULL, "client_id" varchar(36), "status" varchar(32) NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "next_attempt_at" datetime(3) NOT NULL, "locked_by" varchar(64), "locked_until" datetime(3), "last_error" varchar(500), "created_at" datetime(3) NOT NULL, "sent_at" datetime(3))',
    );
    await queryRunner.query('CREATE INDEX "IDX_outbox_email_client" ON "outbox_email" ("client_id") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_outbox_email_due" ON "outbox_email" ("status", "next_attempt_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "one_time_token" ("id" varchar(36) PRIMARY KEY NOT NULL, "token_hash" varchar(64) NOT NULL, "purpose" varchar(32) NOT NULL, "principal_type" varchar(32) NOT NULL, "principal_id" varchar(36) NOT NULL, "subject_id" varchar(36), "created_at" datetime(3) NOT NULL, "expires_at" datetime(3) NOT NULL, "used_at" datetime(3))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_one_time_token_hash" ON "one_time_token" ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE TABLE "session" ("id" varchar(36) PRIMARY KEY NOT NULL, "token_hash" varchar(64) NOT NULL, "principal_type" varchar(32) NOT NULL, "principal_id" varchar(36) NOT NULL, "kind" varchar(32) NOT NULL, "user_agent" varchar(200), "ip" varchar(45), "created_at" datetime(3) NOT NULL, "last_seen_at" datetime(3) NOT NULL, "expires_at" datetime(3) NOT NULL, "revoked_at" datetime(3), "acting_for_user_id" varchar(36))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_session_token_hash" ON "session" ("token_hash") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_session_principal" ON "session" ("principal_type", "principal_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "api_token" ("id" varchar(36) PRIMARY KEY NOT NULL, "name" varchar(100) NOT NULL, "scope" varchar(32) NOT NULL, "token_hash" varchar(64) NOT NULL, "prefix" varchar(12) NOT NULL, "owner_type" varchar(32) NOT NULL, "owner_id" varchar(36) NOT NULL, "created_at" datetime(3) NOT NULL, "last_used_at" datetime(3), "revoked_at" datetime(3))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_api_token_hash" ON "api_token" ("token_hash") ');
    await queryRunner.query('CREATE INDEX "IDX_api_token_owner" ON "api_token" ("owner_id") ');
    await queryRunner.query(
      'CREATE TABLE "access_grant" ("id" varchar(36) PRIMARY KEY NOT NULL, "client_id" varchar(36) NOT NULL, "contact_id" varchar(36) NOT NULL, "account_id" varchar(36) NOT NULL, "role" varchar(32) NOT NULL, "ip_allow_list" text NOT NULL, "branch_id" varchar(36), "status" varchar(32) NOT NULL, "invited_at" datetime(3), "invitation_expires_at" datetime(3), "last_sign_in_at" datetime(3), "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "version" integer NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_access_grant_account" ON "access_grant" ("account_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_access_grant_pair" ON "access_grant" ("client_id", "contact_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "partner" ("id" varchar(36) PRIMARY KEY NOT NULL, "name" varchar(200) NOT NULL, "name_key" varchar(200) NOT NULL, "certifications" text NOT NULL, "created_at" datetime(3) NOT NULL, "version" integer NOT NULL)',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_partner_name_key" ON "partner" ("name_key") ');
    await queryRunner.query(
      'CREATE TABLE "partner_user" ("id" varchar(36) PRIMARY KEY NOT NULL, "partner_id" varchar(36) NOT NULL, "email" varchar(254) NOT NULL, "display_name" varchar(120) NOT NULL, "password_hash" varchar(255), "locale" varchar(2) NOT NULL, "failed_sign_ins" integer NOT NULL DEFAULT (0), "locked_until" datetime(3), "last_sign_in_at" datetime(3), "created_at" datetime(3) NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_partner_user_partner" ON "partner_user" ("partner_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_partner_user_email" ON "partner_user" ("email") ');
    await queryRunner.query(
      'CREATE TABLE "partner_invitation" ("id" varchar(36) PRIMARY KEY NOT NULL, "client_id" varchar(36) NOT NULL, "partner_id" varchar(36) NOT NULL, "admin_contact_id" varchar(36) NOT NULL, "status" varchar(32) NOT NULL, "sent_at" datetime(3) NOT NULL, "expires_at" datetime(3) NOT NULL, "responded_at" datetime(3), "created_at" datetime(3) NOT NULL, "version" integer NOT NULL)',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_partner_invitation_client" ON "partner_invitation" ("client_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "service_plan" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(40) NOT NULL, "name" varchar(120) NOT NULL, "required_certification" varchar(40), "archived" boolean NOT NULL DEFAULT (0), "created_at" datetime(3) NOT NULL)',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_service_plan_code" ON "service_plan" ("code") ');
    await queryRunner.query(
      'CREATE TABLE "portal_account" ("id" varchar(36) PRIMARY KEY NOT NULL, "contact_id" varchar(36) NOT NULL, "user_code" varchar(32) NOT NULL, "email" varchar(254) NOT NULL, "email_key" varchar(254) NOT NULL, "password_hash" varchar(255), "failed_sign_ins" integer NOT NULL DEFAULT (0), "locked_until" datetime(3), "last_sign_in_at" datetime(3), "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "version" integer NOT NULL)',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_portal_account_contact" ON "portal_account" ("contact_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_portal_account_user_code" ON "portal_account" ("user_code") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_portal_account_email_key" ON "portal_account" ("email_key") ',
    );
    await queryRunner.query(
      'CREATE TABLE "idempotency_key" ("id" varchar(36) PRIMARY KEY NOT NULL, "scope" varchar(120) NOT NULL, "key" varchar(100) NOT NULL, "result_id" varchar(36) NOT NULL, "created_at" datetime(3) NOT NULL)',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_idempotency_key" ON "idempotency_key" ("scope", "key") ',
    );
    await queryRunner.query(
      'CREATE TABLE "account_group" ("id" varchar(36) PRIMARY KEY NOT NULL, "name" varchar(100) NOT NULL, "name_key" varchar(100) NOT NULL, "position" integer NOT NULL DEFAULT (0), "archived" boolean NOT NULL DEFAULT (0), "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "version" integer NOT NULL)',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_account_group_name_key" ON "account_group" ("name_key") ',
    );
    await queryRunner.query(
      'CREATE TABLE "client_account_group" ("client_id" varchar(36) NOT NULL, "group_id" varchar(36) NOT NULL, PRIMARY KEY ("client_id", "group_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_client_account_group_group" ON "client_account_group" ("group_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "branch" ("id" varchar(36) PRIMARY KEY NOT NULL, "name" varchar(100) NOT NULL, "name_key" varchar(100) NOT NULL, "position" integer NOT NULL DEFAULT (0), "archived" boolean NOT NULL DEFAULT (0), "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "version" integer NOT NULL, "city" varchar(120))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_branch_name_key" ON "branch" ("name_key") ');
    await queryRunner.query(
      'CREATE TABLE "client_note" ("id" varchar(36) PRIMARY KEY NOT NULL, "client_id" varchar(36) NOT NULL, "body" text NOT NULL, "author_type" varchar(32) NOT NULL, "author_id" varchar(36), "author_name" varchar(120) NOT NULL, "pinned" boolean NOT NULL DEFAULT (0), "visibility" varchar(32) NOT NULL, "created_at" datetime(3) NOT NULL, "edited_at" datetime(3), "deleted_at" datetime(3), "version" integer NOT NULL)',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_client_note_client" ON "client_note" ("client_id", "pinned", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "client_terms" ("client_id" varchar(36) PRIMARY KEY NOT NULL, "payment_terms" varchar(32) NOT NULL, "payment_terms_days" integer, "billing_currency" varchar(3), "credit_limit" decimal(14,2), "credit_hold" boolean NOT NULL DEFAULT (0), "credit_hold_reason" varchar(500), "discount_percent" decimal(5,2), "tax_exempt" boolean NOT NULL DEFAULT (0), "tax_exempt_number" varchar(32), "gst_hst_number" varchar(20), "qst_number" varchar(20), "vat_number" varchar(20), "invoice_delivery" varchar(32) NOT NULL, "billing_email" varchar(254), "price_list" varchar(64), "contract_start" date, "contract_end" date)',
    );
    await queryRunner.query('DROP INDEX "UQ_client_code"');
    await queryRunner.query('DROP INDEX "IDX_client_name_key"');
    await queryRunner.query('DROP INDEX "UQ_client_live_name_key"');
    await queryRunner.query('DROP INDEX "IDX_client_status"');
    await queryRunner.query('DROP INDEX "IDX_client_partner"');
    await queryRunner.query('DROP INDEX "IDX_client_live_updated"');
    await queryRunner.query('DROP INDEX "IDX_client_live_created"');
    await queryRunner.query('DROP INDEX "IDX_client_live_code"');
    await queryRunner.query(
      'CREATE TABLE "temporary_client" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(32) NOT NULL, "name" varchar(200) NOT NULL, "name_key" varchar(200) NOT NULL, "live_name_key" varchar(200), "search_key" varchar(800) NOT NULL, "legal_name" varchar(200), "kind" varchar(32) NOT NULL, "first_name" varchar(100), "last_name" varchar(100), "lifecycle" varchar(32) NOT NULL, "status" varchar(32) NOT NULL, "language" varchar(2) NOT NULL, "currency" varchar(3) NOT NULL, "time_zone" varchar(64), "website" varchar(500), "email" varchar(254), "phone" varchar(20), "mobile" varchar(20), "fax" varchar(20), "client_reference" varchar(64), "description" text, "regard" varchar(32) NOT NULL, "notifications_enabled" boolean NOT NULL DEFAULT (0), "registered_at" datetime(3), "registration_ip" varchar(45), "verified_phone" varchar(20), "partner_id" varchar(36), "plan_id" varchar(36), "identity_provider" varchar(32) NOT NULL, "parent_id" varchar(36), "bill_to_id" varchar(36), "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "deleted_at" datetime(3), "version" integer NOT NULL, "billing_line1" varchar(200), "billing_line2" varchar(200), "billing_city" varchar(120), "billing_region" varchar(80), "billing_postal_code" varchar(12), "billing_country" varchar(2), "shipping_line1" varchar(200), "shipping_line2" varchar(200), "shipping_city" varchar(120), "shipping_region" varchar(80), "shipping_postal_code" varchar(12), "shipping_country" varchar(2), CONSTRAINT "FK_e77e5d2539c32f5d2c82684f6ff" FOREIGN KEY ("parent_id") REFERENCES "client" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_326b383b4edaab37f95d33c0d1b" FOREIGN KEY ("bill_to_id") REFERENCES "client" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_client"("id", "code", "name", "name_key", "live_name_key", "search_key", "legal_name", "kind", "first_name", "last_name", "lifecycle", "status", "language", "currency", "time_zone", "website", "email", "phone", "mobile", "fax", "client_reference", "description", "regard", "notifications_enabled", "registered_at", "registration_ip", "verified_phone", "partner_id", "plan_id", "identity_provider", "parent_id", "bill_to_id", "created_at", "updated_at", "deleted_at", "version", "billing_line1", "billing_line2", "billing_city", "billing_region", "billing_postal_code", "billing_country", "shipping_line1", "shipping_line2", "shipping_city", "shipping_region", "shipping_postal_code", "shipping_country") SELECT "id", "code", "name", "name_key", "live_name_key", "search_key", "legal_name", "kind", "first_name", "last_name", "lifecycle", "status", "language", "currency", "time_zone", "website", "email", "phone", "mobile", "fax", "client_reference", "description", "regard", "notifications_enabled", "registered_at", "registration_ip", "verified_phone", "partner_id", "plan_id", "identity_provider", "parent_id", "bill_to_id", "created_at", "updated_at", "deleted_at", "version", "billing_line1", "billing_line2", "billing_city", "billing_region", "billing_postal_code", "billing_country", "shipping_line1", "shipping_line2", "shipping_city", "shipping_region", "shipping_postal_code", "shipping_country" FROM "client"',
    );
    await queryRunner.query('DROP TABLE "client"');
    await queryRunner.query('ALTER TABLE "temporary_client" RENAME TO "client"');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_client_code" ON "client" ("code") ');
    await queryRunner.query('CREATE INDEX "IDX_client_name_key" ON "client" ("name_key") ');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_client_live_name_key" ON "client" ("live_name_key") ');
    await queryRunner.query('CREATE INDEX "IDX_client_status" ON "client" ("status") ');
    await queryRunner.query('CREATE INDEX "IDX_client_partner" ON "client" ("partner_id") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_client_live_updated" ON "client" ("deleted_at", "updated_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_client_live_created" ON "client" ("deleted_at", "created_at", "id") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_client_live_code" ON "client" ("deleted_at", "code") ');
    await queryRunner.query('DROP INDEX "IDX_client_business_number_client"');
    await queryRunner.query(
      'CREATE TABLE "temporary_client_business_number" ("id" varchar(36) PRIMARY KEY NOT NULL, "client_id" varchar(36) NOT NULL, "scheme" varchar(32) NOT NULL, "value" varchar(32) NOT NULL, "position" integer NOT NULL, CONSTRAINT "FK_084616206ea6b0f24e4a8788343" FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_client_business_number"("id", "client_id", "scheme", "value", "position") SELECT "id", "client_id", "scheme", "value", "position" FROM "client_business_number"',
    );
    await queryRunner.query('DROP TABLE "client_business_number"');
    await queryRunner.query(
      'ALTER TABLE "temporary_client_business_number" RENAME TO "client_business_number"',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_client_business_number_client" ON "client_business_number" ("client_id") ',
    );
    await queryRunner.query('DROP INDEX "IDX_client_domain_client"');
    await queryRunner.query('DROP INDEX "UQ_client_domain_domain"');
    await queryRunner.query(
      'CREATE TABLE "temporary_client_domain" ("id" varchar(36) PRIMARY KEY NOT NULL, "client_id" varchar(36) NOT NULL, "domain" varchar(253) NOT NULL, "position" integer NOT NULL, CONSTRAINT "FK_493802502ce2727be53c6dcbab6" FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_client_domain"("id", "client_id", "domain", "position") SELECT "id", "client_id", "domain", "position" FROM "client_domain"',
    );
    await queryRunner.query('DROP TABLE "client_domain"');
    await queryRunner.query('ALTER TABLE "temporary_client_domain" RENAME TO "client_domain"');
    await queryRunner.query('CREATE INDEX "IDX_client_domain_client" ON "client_domain" ("client_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_client_domain_domain" ON "client_domain" ("domain") ');
    await queryRunner.query('DROP INDEX "IDX_client_tag_key"');
    await queryRunner.query(
      'CREATE TABLE "temporary_client_tag" ("client_id" varchar(36) NOT NULL, "tag_key" varchar(40) NOT NULL, "tag" varchar(40) NOT NULL, CONSTRAINT "FK_4d3a44fb3e704770401ade04f88" FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("client_id", "tag_key"))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_client_tag"("client_id", "tag_key", "tag") SELECT "client_id", "tag_key", "tag" FROM "client_tag"',
    );
    await queryRunner.query('DROP TABLE "client_tag"');
    await queryRunner.query('ALTER TABLE "temporary_client_tag" RENAME TO "client_tag"');
    await queryRunner.query('CREATE INDEX "IDX_client_tag_key" ON "client_tag" ("tag_key") ');
    await queryRunner.query('DROP INDEX "UQ_client_contact_primary"');
    await queryRunner.query('DROP INDEX "IDX_client_contact_contact"');
    await queryRunner.query('DROP INDEX "UQ_client_contact_pair"');
    await queryRunner.query(
      'CREATE TABLE "temporary_client_contact" ("id" varchar(36) PRIMARY KEY NOT NULL, "client_id" varchar(36) NOT NULL, "contact_id" varchar(36) NOT NULL, "title" varchar(100), "department" varchar(100), "type" varchar(32) NOT NULL, "primary_key" varchar(36), "linked_at" datetime(3) NOT NULL, CONSTRAINT "FK_4dbb209037c215934e475b2c9da" FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_3a83c6407f07f307eba41f23a07" FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_client_contact"("id", "client_id", "contact_id", "title", "department", "type", "primary_key", "linked_at") SELECT "id", "client_id", "contact_id", "title", "department", "type", "primary_key", "linked_at" FROM "client_contact"',
    );
    await queryRunner.query('DROP TABLE "client_contact"');
    await queryRunner.query('ALTER TABLE "temporary_client_contact" RENAME TO "client_contact"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_client_contact_primary" ON "client_contact" ("primary_key") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_client_contact_contact" ON "client_contact" ("contact_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_client_contact_pair" ON "client_contact" ("client_id", "contact_id") ',
    );
    await queryRunner.query('DROP INDEX "IDX_client_crm_health"');
    await queryRunner.query('DROP INDEX "IDX_client_crm_tier"');
    await queryRunner.query('DROP INDEX "IDX_client_crm_renewal_date"');
    await queryRunner.query('DROP INDEX "IDX_client_crm_industry"');
    await queryRunner.query('DROP INDEX "IDX_client_crm_owner"');
    await queryRunner.query(
      'CREATE TABLE "temporary_client_crm" ("client_id" varchar(36) PRIMARY KEY NOT NULL, "health" varchar(32), "tier" varchar(32), "renewal_date" date, "industry_id" varchar(36), "account_owner_id" varchar(36), "source" varchar(32), CONSTRAINT "FK_a8d523cf87f67d11da9d07d50c7" FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_3e2af84ff121b9d6cecf5dd1016" FOREIGN KEY ("industry_id") REFERENCES "industry" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_8fe0dc518f173c93c47b47d0fd5" FOREIGN KEY ("account_owner_id") REFERENCES "user_account" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_client_crm"("client_id", "health", "tier", "renewal_date", "industry_id", "account_owner_id", "source") SELECT "client_id", "health", "tier", "renewal_date", "industry_id", "account_owner_id", "source" FROM "client_crm"',
    );
    await queryRunner.query('DROP TABLE "client_crm"');
    await queryRunner.query('ALTER TABLE "temporary_client_crm" RENAME TO "client_crm"');
    await queryRunner.query('CREATE INDEX "IDX_client_crm_health" ON "client_crm" ("health") ');
    await queryRunner.query('CREATE INDEX "IDX_client_crm_tier" ON "client_crm" ("tier") ');
    await queryRunner.query('CREATE INDEX "IDX_client_crm_renewal_date" ON "client_crm" ("renewal_date") ');
    await queryRunner.query('CREATE INDEX "IDX_client_crm_industry" ON "client_crm" ("industry_id") ');
    await queryRunner.query('CREATE INDEX "IDX_client_crm_owner" ON "client_crm" ("account_owner_id") ');
    await queryRunner.query('DROP INDEX "IDX_client_salesperson_user"');
    await queryRunner.query(
      'CREATE TABLE "temporary_client_salesperson" ("client_id" varchar(36) NOT NULL, "user_id" varchar(36) NOT NULL, CONSTRAINT "FK_c7949c8da46af1d7522c6559005" FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_b4925b76eb6df295f45f31144b2" FOREIGN KEY ("user_id") REFERENCES "user_account" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("client_id", "user_id"))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_client_salesperson"("client_id", "user_id") SELECT "client_id", "user_id" FROM "client_salesperson"',
    );
    await queryRunner.query('DROP TABLE "client_salesperson"');
    await queryRunner.query('ALTER TABLE "temporary_client_salesperson" RENAME TO "client_salesperson"');
    await queryRunner.query(
      'CREATE INDEX "IDX_client_salesperson_user" ON "client_salesperson" ("user_id") ',
    );
    await queryRunner.query('DROP INDEX "IDX_access_grant_account"');
    await queryRunner.query('DROP INDEX "UQ_access_grant_pair"');
    await queryRunner.query(
      'CREATE TABLE "temporary_access_grant" ("id" varchar(36) PRIMARY KEY NOT NULL, "client_id" varchar(36) NOT NULL, "contact_id" varchar(36) NOT NULL, "account_id" varchar(36) NOT NULL, "role" varchar(32) NOT NULL, "ip_allow_list" text NOT NULL, "branch_id" varchar(36), "status" varchar(32) NOT NULL, "invited_at" datetime(3), "invitation_expires_at" datetime(3), "last_sign_in_at" datetime(3), "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "version" integer NOT NULL, CONSTRAINT "FK_5c5d9f2f8fdec6893d265fbccdb" FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_access_grant"("id", "client_id", "contact_id", "account_id", "role", "ip_allow_list", "branch_id", "status", "invited_at", "invitation_expires_at", "last_sign_in_at", "created_at", "updated_at", "version") SELECT "id", "client_id", "contact_id", "account_id", "role", "ip_allow_list", "branch_id", "status", "invited_at", "invitation_expires_at", "last_sign_in_at", "created_at", "updated_at", "version" FROM "access_grant"',
    );
    await queryRunner.query('DROP TABLE "access_grant"');
    await queryRunner.query('ALTER TABLE "temporary_access_grant" RENAME TO "access_grant"');
    await queryRunner.query('CREATE INDEX "IDX_access_grant_account" ON "access_grant" ("account_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_access_grant_pair" ON "access_grant" ("client_id", "contact_id") ',
    );
    await queryRunner.query('DROP INDEX "IDX_partner_invitation_client"');
    await queryRunner.query(
      'CREATE TABLE "temporary_partner_invitation" ("id" varchar(36) PRIMARY KEY NOT NULL, "client_id" varchar(36) NOT NULL, "partner_id" varchar(36) NOT NULL, "admin_contact_id" varchar(36) NOT NULL, "status" varchar(32) NOT NULL, "sent_at" datetime(3) NOT NULL, "expires_at" datetime(3) NOT NULL, "responded_at" datetime(3), "created_at" datetime(3) NOT NULL, "version" integer NOT NULL, CONSTRAINT "FK_003061702fe3fe1ae5133c52180" FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_partner_invitation"("id", "client_id", "partner_id", "admin_contact_id", "status", "sent_at", "expires_at", "responded_at", "created_at", "version") SELECT "id", "client_id", "partner_id", "admin_contact_id", "status", "sent_at", "expires_at", "responded_at", "created_at", "version" FROM "partner_invitation"',
    );
    await queryRunner.query('DROP TABLE "partner_invitation"');
    await queryRunner.query('ALTER TABLE "temporary_partner_invitation" RENAME TO "partner_invitation"');
    await queryRunner.query(
      'CREATE INDEX "IDX_partner_invitation_client" ON "partner_invitation" ("client_id", "created_at") ',
    );
    await queryRunner.query('DROP INDEX "IDX_client_account_group_group"');
    await queryRunner.query(
      'CREATE TABLE "temporary_client_account_group" ("client_id" varchar(36) NOT NULL, "group_id" varchar(36) NOT NULL, CONSTRAINT "FK_20b55f5370d03ebeacdee4259be" FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_88650579c32efda836a6a36b751" FOREIGN KEY ("group_id") REFERENCES "account_group" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("client_id", "group_id"))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_client_account_group"("client_id", "group_id") SELECT "client_id", "group_id" FROM "client_account_group"',
    );
    await queryRunner.query('DROP TABLE "client_account_group"');
    await queryRunner.query('ALTER TABLE "temporary_client_account_group" RENAME TO "client_account_group"');
    await queryRunner.query(
      'CREATE INDEX "IDX_client_account_group_group" ON "client_account_group" ("group_id") ',
    );
    await queryRunner.query('DROP INDEX "IDX_client_note_client"');
    await queryRunner.query(
      'CREATE TABLE "temporary_client_note" ("id" varchar(36) PRIMARY KEY NOT NULL, "client_id" varchar(36) NOT NULL, "body" text NOT NULL, "author_type" varchar(32) NOT NULL, "author_id" varchar(36), "author_name" varchar(120) NOT NULL, "pinned" boolean NOT NULL DEFAULT (0), "visibility" varchar(32) NOT NULL, "created_at" datetime(3) NOT NULL, "edited_at" datetime(3), "deleted_at" datetime(3), "version" integer NOT NULL, CONSTRAINT "FK_1960a2624c91632ae4c85b6bc1d" FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_client_note"("id", "client_id", "body", "author_type", "author_id", "author_name", "pinned", "visibility", "created_at", "edited_at", "deleted_at", "version") SELECT "id", "client_id", "body", "author_type", "author_id", "author_name", "pinned", "visibility", "created_at", "edited_at", "deleted_at", "version" FROM "client_note"',
    );
    await queryRunner.query('DROP TABLE "client_note"');
    await queryRunner.query('ALTER TABLE "temporary_client_note" RENAME TO "client_note"');
    await queryRunner.query(
      'CREATE INDEX "IDX_client_note_client" ON "client_note" ("client_id", "pinned", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "temporary_client_terms" ("client_id" varchar(36) PRIMARY KEY NOT NULL, "payment_terms" varchar(32) NOT NULL, "payment_terms_days" integer, "billing_currency" varchar(3), "credit_limit" decimal(14,2), "credit_hold" boolean NOT NULL DEFAULT (0), "credit_hold_reason" varchar(500), "discount_percent" decimal(5,2), "tax_exempt" boolean NOT NULL DEFAULT (0), "tax_exempt_number" varchar(32), "gst_hst_number" varchar(20), "qst_number" varchar(20), "vat_number" varchar(20), "invoice_delivery" varchar(32) NOT NULL, "billing_email" varchar(254), "price_list" varchar(64), "contract_start" date, "contract_end" date, CONSTRAINT "FK_25c56e9f739d11ea84473ce5ae4" FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_client_terms"("client_id", "payment_terms", "payment_terms_days", "billing_currency", "credit_limit", "credit_hold", "credit_hold_reason", "discount_percent", "tax_exempt", "tax_exempt_number", "gst_hst_number", "qst_number", "vat_number", "invoice_delivery", "billing_email", "price_list", "contract_start", "contract_end") SELECT "client_id", "payment_terms", "payment_terms_days", "billing_currency", "credit_limit", "credit_hold", "credit_hold_reason", "discount_percent", "tax_exempt", "tax_exempt_number", "gst_hst_number", "qst_number", "vat_number", "invoice_delivery", "billing_email", "price_list", "contract_start", "contract_end" FROM "client_terms"',
    );
    await queryRunner.query('DROP TABLE "client_terms"');
    await queryRunner.query('ALTER TABLE "temporary_client_terms" RENAME TO "client_terms"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "client_terms" RENAME TO "temporary_client_terms"');
    await queryRunner.query(
      'CREATE TABLE "client_terms" ("client_id" varchar(36) PRIMARY KEY NOT NULL, "payment_terms" varchar(32) NOT NULL, "payment_terms_days" integer, "billing_currency" varchar(3), "credit_limit" decimal(14,2), "credit_hold" boolean NOT NULL DEFAULT (0), "credit_hold_reason" varchar(500), "discount_percent" decimal(5,2), "tax_exempt" boolean NOT NULL DEFAULT (0), "tax_exempt_number" varchar(32), "gst_hst_number" varchar(20), "qst_number" varchar(20), "vat_number" varchar(20), "invoice_delivery" varchar(32) NOT NULL, "billing_email" varchar(254), "price_list" varchar(64), "contract_start" date, "contract_end" date)',
    );
    await queryRunner.query(
      'INSERT INTO "client_terms"("client_id", "payment_terms", "payment_terms_days", "billing_currency", "credit_limit", "credit_hold", "credit_hold_reason", "discount_percent", "tax_exempt", "tax_exempt_number", "gst_hst_number", "qst_number", "vat_number", "invoice_delivery", "billing_email", "price_list", "contract_start", "contract_end") SELECT "client_id", "payment_terms", "payment_terms_days", "billing_currency", "credit_limit", "credit_hold", "credit_hold_reason", "discount_percent", "tax_exempt", "tax_exempt_number", "gst_hst_number", "qst_number", "vat_number", "invoice_delivery", "billing_email", "price_list", "contract_start", "contract_end" FROM "temporary_client_terms"',
    );
    await queryRunner.query('DROP TABLE "temporary_client_terms"');
    await queryRunner.query('DROP INDEX "IDX_client_note_client"');
    await queryRunner.query('ALTER TABLE "client_note" RENAME TO "temporary_client_note"');
    await queryRunner.query(
      'CREATE TABLE "client_note" ("id" varchar(36) PRIMARY KEY NOT NULL, "client_id" varchar(36) NOT NULL, "body" text NOT NULL, "author_type" varchar(32) NOT NULL, "author_id" varchar(36), "author_name" varchar(120) NOT NULL, "pinned" boolean NOT NULL DEFAULT (0), "visibility" varchar(32) NOT NULL, "created_at" datetime(3) NOT NULL, "edited_at" datetime(3), "deleted_at" datetime(3), "version" integer NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "client_note"("id", "client_id", "body", "author_type", "author_id", "author_name", "pinned", "visibility", "created_at", "edited_at", "deleted_at", "version") SELECT "id", "client_id", "body", "author_type", "author_id", "author_name", "pinned", "visibility", "created_at", "edited_at", "deleted_at", "version" FROM "temporary_client_note"',
    );
    await queryRunner.query('DROP TABLE "temporary_client_note"');
    await queryRunner.query(
      'CREATE INDEX "IDX_client_note_client" ON "client_note" ("client_id", "pinned", "created_at") ',
    );
    await queryRunner.query('DROP INDEX "IDX_client_account_group_group"');
    await queryRunner.query('ALTER TABLE "client_account_group" RENAME TO "temporary_client_account_group"');
    await queryRunner.query(
      'CREATE TABLE "client_account_group" ("client_id" varchar(36) NOT NULL, "group_id" varchar(36) NOT NULL, PRIMARY KEY ("client_id", "group_id"))',
    );
    await queryRunner.query(
      'INSERT INTO "client_account_group"("client_id", "group_id") SELECT "client_id", "group_id" FROM "temporary_client_account_group"',
    );
    await queryRunner.query('DROP TABLE "temporary_client_account_group"');
    await queryRunner.query(
      'CREATE INDEX "IDX_client_account_group_group" ON "client_account_group" ("group_id") ',
    );
    await queryRunner.query('DROP INDEX "IDX_partner_invitation_client"');
    await queryRunner.query('ALTER TABLE "partner_invitation" RENAME TO "temporary_partner_invitation"');
    await queryRunner.query(
      'CREATE TABLE "partner_invitation" ("id" varchar(36) PRIMARY KEY NOT NULL, "client_id" varchar(36) NOT NULL, "partner_id" varchar(36) NOT NULL, "admin_contact_id" varchar(36) NOT NULL, "status" varchar(32) NOT NULL, "sent_at" datetime(3) NOT NULL, "expires_at" datetime(3) NOT NULL, "responded_at" datetime(3), "created_at" datetime(3) NOT NULL, "version" integer NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "partner_invitation"("id", "client_id", "partner_id", "admin_contact_id", "status", "sent_at", "expires_at", "responded_at", "created_at", "version") SELECT "id", "client_id", "partner_id", "admin_contact_id", "status", "sent_at", "expires_at", "responded_at", "created_at", "version" FROM "temporary_partner_invitation"',
    );
    await queryRunner.query('DROP TABLE "temporary_partner_invitation"');
    await queryRunner.query(
      'CREATE INDEX "IDX_partner_invitation_client" ON "partner_invitation" ("client_id", "created_at") ',
    );
    await queryRunner.query('DROP INDEX "UQ_access_grant_pair"');
    await queryRunner.query('DROP INDEX "IDX_access_grant_account"');
    await queryRunner.query('ALTER TABLE "access_grant" RENAME TO "temporary_access_grant"');
    await queryRunner.query(
      'CREATE TABLE "access_grant" ("id" varchar(36) PRIMARY KEY NOT NULL, "client_id" varchar(36) NOT NULL, "contact_id" varchar(36) NOT NULL, "account_id" varchar(36) NOT NULL, "role" varchar(32) NOT NULL, "ip_allow_list" text NOT NULL, "branch_id" varchar(36), "status" varchar(32) NOT NULL, "invited_at" datetime(3), "invitation_expires_at" datetime(3), "last_sign_in_at" datetime(3), "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "version" integer NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "access_grant"("id", "client_id", "contact_id", "account_id", "role", "ip_allow_list", "branch_id", "status", "invited_at", "invitation_expires_at", "last_sign_in_at", "created_at", "updated_at", "version") SELECT "id", "client_id", "contact_id", "account_id", "role", "ip_allow_list", "branch_id", "status", "invited_at", "invitation_expires_at", "last_sign_in_at", "created_at", "updated_at", "version" FROM "temporary_access_grant"',
    );
    await queryRunner.query('DROP TABLE "temporary_access_grant"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_access_grant_pair" ON "access_grant" ("client_id", "contact_id") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_access_grant_account" ON "access_grant" ("account_id") ');
    await queryRunner.query('DROP INDEX "IDX_client_salesperson_user"');
    await queryRunner.query('ALTER TABLE "client_salesperson" RENAME TO "temporary_client_salesperson"');
    await queryRunner.query(
      'CREATE TABLE "client_salesperson" ("client_id" varchar(36) NOT NULL, "user_id" varchar(36) NOT NULL, PRIMARY KEY ("client_id", "user_id"))',
    );
    await queryRunner.query(
      'INSERT INTO "client_salesperson"("client_id", "user_id") SELECT "client_id", "user_id" FROM "temporary_client_salesperson"',
    );
    await queryRunner.query('DROP TABLE "temporary_client_salesperson"');
    await queryRunner.query(
      'CREATE INDEX "IDX_client_salesperson_user" ON "client_salesperson" ("user_id") ',
    );
    await queryRunner.query('DROP INDEX "IDX_client_crm_owner"');
    await queryRunner.query('DROP INDEX "IDX_client_crm_industry"');
    await queryRunner.query('DROP INDEX "IDX_client_crm_renewal_date"');
    await queryRunner.query('DROP INDEX "IDX_client_crm_tier"');
    await queryRunner.query('DROP INDEX "IDX_client_crm_health"');
    await queryRunner.query('ALTER TABLE "client_crm" RENAME TO "temporary_client_crm"');
    await queryRunner.query(
      'CREATE TABLE "client_crm" ("client_id" varchar(36) PRIMARY KEY NOT NULL, "health" varchar(32), "tier" varchar(32), "renewal_date" date, "industry_id" varchar(36), "account_owner_id" varchar(36), "source" varchar(32))',
    );
    await queryRunner.query(
      'INSERT INTO "client_crm"("client_id", "health", "tier", "renewal_date", "industry_id", "account_owner_id", "source") SELECT "client_id", "health", "tier", "renewal_date", "industry_id", "account_owner_id", "source" FROM "temporary_client_crm"',
    );
    await queryRunner.query('DROP TABLE "temporary_client_crm"');
    await queryRunner.query('CREATE INDEX "IDX_client_crm_owner" ON "client_crm" ("account_owner_id") ');
    await queryRunner.query('CREATE INDEX "IDX_client_crm_industry" ON "client_crm" ("industry_id") ');
    await queryRunner.query('CREATE INDEX "IDX_client_crm_renewal_date" ON "client_crm" ("renewal_date") ');
    await queryRunner.query('CREATE INDEX "IDX_client_crm_tier" ON "client_crm" ("tier") ');
    await queryRunner.query('CREATE INDEX "IDX_client_crm_health" ON "client_crm" ("health") ');
    await queryRunner.query('DROP INDEX "UQ_client_contact_pair"');
    await queryRunner.query('DROP INDEX "IDX_client_contact_contact"');
    await queryRunner.query('DROP INDEX "UQ_client_contact_primary"');
    await queryRunner.query('ALTER TABLE "client_contact" RENAME TO "temporary_client_contact"');
    await queryRunner.query(
      'CREATE TABLE "client_contact" ("id" varchar(36) PRIMARY KEY NOT NULL, "client_id" varchar(36) NOT NULL, "contact_id" varchar(36) NOT NULL, "title" varchar(100), "department" varchar(100), "type" varchar(32) NOT NULL, "primary_key" varchar(36), "linked_at" datetime(3) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "client_contact"("id", "client_id", "contact_id", "title", "department", "type", "primary_key", "linked_at") SELECT "id", "client_id", "contact_id", "title", "department", "type", "primary_key", "linked_at" FROM "temporary_client_contact"',
    );
    await queryRunner.query('DROP TABLE "temporary_client_contact"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_client_contact_pair" ON "client_contact" ("client_id", "contact_id") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_client_contact_contact" ON "client_contact" ("contact_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_client_contact_primary" ON "client_contact" ("primary_key") ',
    );
    await queryRunner.query('DROP INDEX "IDX_client_tag_key"');
    await queryRunner.query('ALTER TABLE "client_tag" RENAME TO "temporary_client_tag"');
    await queryRunner.query(
      'CREATE TABLE "client_tag" ("client_id" varchar(36) NOT NULL, "tag_key" varchar(40) NOT NULL, "tag" varchar(40) NOT NULL, PRIMARY KEY ("client_id", "tag_key"))',
    );
    await queryRunner.query(
      'INSERT INTO "client_tag"("client_id", "tag_key", "tag") SELECT "client_id", "tag_key", "tag" FROM "temporary_client_tag"',
    );
    await queryRunner.query('DROP TABLE "temporary_client_tag"');
    await queryRunner.query('CREATE INDEX "IDX_client_tag_key" ON "client_tag" ("tag_key") ');
    await queryRunner.query('DROP INDEX "UQ_client_domain_domain"');
    await queryRunner.query('DROP INDEX "IDX_client_domain_client"');
    await queryRunner.query('ALTER TABLE "client_domain" RENAME TO "temporary_client_domain"');
    await queryRunner.query(
      'CREATE TABLE "client_domain" ("id" varchar(36) PRIMARY KEY NOT NULL, "client_id" varchar(36) NOT NULL, "domain" varchar(253) NOT NULL, "position" integer NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "client_domain"("id", "client_id", "domain", "position") SELECT "id", "client_id", "domain", "position" FROM "temporary_client_domain"',
    );
    await queryRunner.query('DROP TABLE "temporary_client_domain"');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_client_domain_domain" ON "client_domain" ("domain") ');
    await queryRunner.query('CREATE INDEX "IDX_client_domain_client" ON "client_domain" ("client_id") ');
    await queryRunner.query('DROP INDEX "IDX_client_business_number_client"');
    await queryRunner.query(
      'ALTER TABLE "client_business_number" RENAME TO "temporary_client_business_number"',
    );
    await queryRunner.query(
      'CREATE TABLE "client_business_number" ("id" varchar(36) PRIMARY KEY NOT NULL, "client_id" varchar(36) NOT NULL, "scheme" varchar(32) NOT NULL, "value" varchar(32) NOT NULL, "position" integer NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "client_business_number"("id", "client_id", "scheme", "value", "position") SELECT "id", "client_id", "scheme", "value", "position" FROM "temporary_client_business_number"',
    );
    await queryRunner.query('DROP TABLE "temporary_client_business_number"');
    await queryRunner.query(
      'CREATE INDEX "IDX_client_business_number_client" ON "client_business_number" ("client_id") ',
    );
    await queryRunner.query('DROP INDEX "IDX_client_live_code"');
    await queryRunner.query('DROP INDEX "IDX_client_live_created"');
    await queryRunner.query('DROP INDEX "IDX_client_live_updated"');
    await queryRunner.query('DROP INDEX "IDX_client_partner"');
    await queryRunner.query('DROP INDEX "IDX_client_status"');
    await queryRunner.query('DROP INDEX "UQ_client_live_name_key"');
    await queryRunner.query('DROP INDEX "IDX_client_name_key"');
    await queryRunner.query('DROP INDEX "UQ_client_code"');
    await queryRunner.query('ALTER TABLE "client" RENAME TO "temporary_client"');
    await queryRunner.query(
      'CREATE TABLE "client" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(32) NOT NULL, "name" varchar(200) NOT NULL, "name_key" varchar(200) NOT NULL, "live_name_key" varchar(200), "search_key" varchar(800) NOT NULL, "legal_name" varchar(200), "kind" varchar(32) NOT NULL, "first_name" varchar(100), "last_name" varchar(100), "lifecycle" varchar(32) NOT NULL, "status" varchar(32) NOT NULL, "language" varchar(2) NOT NULL, "currency" varchar(3) NOT NULL, "time_zone" varchar(64), "website" varchar(500), "email" varchar(254), "phone" varchar(20), "mobile" varchar(20), "fax" varchar(20), "client_reference" varchar(64), "description" text, "regard" varchar(32) NOT NULL, "notifications_enabled" boolean NOT NULL DEFAULT (0), "registered_at" datetime(3), "registration_ip" varchar(45), "verified_phone" varchar(20), "partner_id" varchar(36), "plan_id" varchar(36), "identity_provider" varchar(32) NOT NULL, "parent_id" varchar(36), "bill_to_id" varchar(36), "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "deleted_at" datetime(3), "version" integer NOT NULL, "billing_line1" varchar(200), "billing_line2" varchar(200), "billing_city" varchar(120), "billing_region" varchar(80), "billing_postal_code" varchar(12), "billing_country" varchar(2), "shipping_line1" varchar(200), "shipping_line2" varchar(200), "shipping_city" varchar(120), "shipping_region" varchar(80), "shipping_postal_code" varchar(12), "shipping_country" varchar(2))',
    );
    await queryRunner.query(
      'INSERT INTO "client"("id", "code", "name", "name_key", "live_name_key", "search_key", "legal_name", "kind", "first_name", "last_name", "lifecycle", "status", "language", "currency", "time_zone", "website", "email", "phone", "mobile", "fax", "client_reference", "description", "regard", "notifications_enabled", "registered_at", "registration_ip", "verified_phone", "partner_id", "plan_id", "identity_provider", "parent_id", "bill_to_id", "created_at", "updated_at", "deleted_at", "version", "billing_line1", "billing_line2", "billing_city", "billing_region", "billing_postal_code", "billing_country", "shipping_line1", "shipping_line2", "shipping_city", "shipping_region", "shipping_postal_code", "shipping_country") SELECT "id", "code", "name", "name_key", "live_name_key", "search_key", "legal_name", "kind", "first_name", "last_name", "lifecycle", "status", "language", "currency", "time_zone", "website", "email", "phone", "mobile", "fax", "client_reference", "description", "regard", "notifications_enabled", "registered_at", "registration_ip", "verified_phone", "partner_id", "plan_id", "identity_provider", "parent_id", "bill_to_id", "created_at", "updated_at", "deleted_at", "version", "billing_line1", "billing_line2", "billing_city", "billing_region", "billing_postal_code", "billing_country", "shipping_line1", "shipping_line2", "shipping_city", "shipping_region", "shipping_postal_code", "shipping_country" FROM "temporary_client"',
    );
    await queryRunner.query('DROP TABLE "temporary_client"');
    await queryRunner.query('CREATE INDEX "IDX_client_live_code" ON "client" ("deleted_at", "code") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_client_live_created" ON "client" ("deleted_at", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_client_live_updated" ON "client" ("deleted_at", "updated_at", "id") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_client_partner" ON "client" ("partner_id") ');
    await queryRunner.query('CREATE INDEX "IDX_client_status" ON "client" ("status") ');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_client_live_name_key" ON "client" ("live_name_key") ');
    await queryRunner.query('CREATE INDEX "IDX_client_name_key" ON "client" ("name_key") ');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_client_code" ON "client" ("code") ');
    await queryRunner.query('DROP TABLE "client_terms"');
    await queryRunner.query('DROP INDEX "IDX_client_note_client"');
    await queryRunner.query('DROP TABLE "client_note"');
    await queryRunner.query('DROP INDEX "UQ_branch_name_key"');
    await queryRunner.query('DROP TABLE "branch"');
    await queryRunner.query('DROP INDEX "IDX_client_account_group_group"');
    await queryRunner.query('DROP TABLE "client_account_group"');
    await queryRunner.query('DROP INDEX "UQ_account_group_name_key"');
    await queryRunner.query('DROP TABLE "account_group"');
    await queryRunner.query('DROP INDEX "UQ_idempotency_key"');
    await queryRunner.query('DROP TABLE "idempotency_key"');
    await queryRunner.query('DROP INDEX "UQ_portal_account_email_key"');
    await queryRunner.query('DROP INDEX "UQ_portal_account_user_code"');
    await queryRunner.query('DROP INDEX "UQ_portal_account_contact"');
    await queryRunner.query('DROP TABLE "portal_account"');
    await queryRunner.query('DROP INDEX "UQ_service_plan_code"');
    await queryRunner.query('DROP TABLE "service_plan"');
    await queryRunner.query('DROP INDEX "IDX_partner_invitation_client"');
    await queryRunner.query('DROP TABLE "partner_invitation"');
    await queryRunner.query('DROP INDEX "UQ_partner_user_email"');
    await queryRunner.query('DROP INDEX "IDX_partner_user_partner"');
    await queryRunner.query('DROP TABLE "partner_user"');
    await queryRunner.query('DROP INDEX "UQ_partner_name_key"');
    await queryRunner.query('DROP TABLE "partner"');
    await queryRunner.query('DROP INDEX "UQ_access_grant_pair"');
    await queryRunner.query('DROP INDEX "IDX_access_grant_account"');
    await queryRunner.query('DROP TABLE "access_grant"');
    await queryRunner.query('DROP INDEX "IDX_api_token_owner"');
    await queryRunner.query('DROP INDEX "UQ_api_token_hash"');
    await queryRunner.query('DROP TABLE "api_token"');
    await queryRunner.query('DROP INDEX "IDX_session_principal"');
    await queryRunner.query('DROP INDEX "UQ_session_token_hash"');
    await queryRunner.query('DROP TABLE "session"');
    await queryRunner.query('DROP INDEX "UQ_one_time_token_hash"');
    await queryRunner.query('DROP TABLE "one_time_token"');
    await queryRunner.query('DROP INDEX "IDX_outbox_email_due"');
    await queryRunner.query('DROP INDEX "IDX_outbox_email_client"');
    await queryRunner.query('DROP TABLE "outbox_email"');
    await queryRunner.query('DROP INDEX "IDX_client_salesperson_user"');
    await queryRunner.query('DROP TABLE "client_salesperson"');
    await queryRunner.query('DROP INDEX "IDX_client_crm_owner"');
    await queryRunner.query('DROP INDEX "IDX_client_crm_industry"');
    await queryRunner.query('DROP INDEX "IDX_client_crm_renewal_date"');
    await queryRunner.query('DROP INDEX "IDX_client_crm_tier"');
    await queryRunner.query('DROP INDEX "IDX_client_crm_health"');
    await queryRunner.query('DROP TABLE "client_crm"');
    await queryRunner.query('DROP INDEX "UQ_user_email"');
    await queryRunner.query('DROP TABLE "user_account"');
    await queryRunner.query('DROP INDEX "UQ_industry_name_key"');
    await queryRunner.query('DROP TABLE "industry"');
    await queryRunner.query('DROP TABLE "counter"');
    await queryRunner.query('DROP INDEX "UQ_client_contact_pair"');
    await queryRunner.query('DROP INDEX "IDX_client_contact_contact"');
    await queryRunner.query('DROP INDEX "UQ_client_contact_primary"');
    await queryRunner.query('DROP TABLE "client_contact"');
    await queryRunner.query('DROP INDEX "IDX_contact_email_domain"');
    await queryRunner.query('DROP INDEX "UQ_contact_email_key"');
    await queryRunner.query('DROP INDEX "IDX_contact_name_key"');
    await queryRunner.query('DROP TABLE "contact"');
    await queryRunner.query('DROP INDEX "IDX_client_tag_key"');
    await queryRunner.query('DROP TABLE "client_tag"');
    await queryRunner.query('DROP INDEX "UQ_client_domain_domain"');
    await queryRunner.query('DROP INDEX "IDX_client_domain_client"');
    await queryRunner.query('DROP TABLE "client_domain"');
    await queryRunner.query('DROP INDEX "IDX_client_business_number_client"');
    await queryRunner.query('DROP TABLE "client_business_number"');
    await queryRunner.query('DROP INDEX "IDX_client_live_code"');
    await queryRunner.query('DROP INDEX "IDX_client_live_created"');
    await queryRunner.query('DROP INDEX "IDX_client_live_updated"');
    await queryRunner.query('DROP INDEX "IDX_client_partner"');
    await queryRunner.query('DROP INDEX "IDX_client_status"');
    await queryRunner.query('DROP INDEX "UQ_client_live_name_key"');
    await queryRunner.query('DROP INDEX "IDX_client_name_key"');
    await queryRunner.query('DROP INDEX "UQ_client_code"');
    await queryRunner.query('DROP TABLE "client"');
    await queryRunner.query('DROP INDEX "IDX_activity_client"');
    await queryRunner.query('DROP INDEX "IDX_activity_actor"');
    await queryRunner.query('DROP TABLE "activity"');
  }
}
