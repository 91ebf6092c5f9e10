import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795441443786 implements MigrationInterface {
  name = 'Init1795441443786';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `activity` (`id` varchar(36) NOT NULL, `at` datetime(3) NOT NULL, `actor_type` varchar(32) NOT NULL, `actor_id` varchar(36) NULL, `actor_name` varchar(120) NOT NULL, `on_behalf_of_type` varchar(32) NULL, `on_behalf_of_id` varchar(36) NULL, `client_id` varchar(36) NULL, `entity_type` varchar(40) NOT NULL, `entity_id` varchar(36) NOT NULL, `action` varchar(32) NOT NULL, `changes` text NOT NULL, `client_version` int NULL, `request_id` varchar(64) NULL, INDEX `IDX_activity_actor` (`actor_type`, `actor_id`), INDEX `IDX_activity_client` (`client_id`, `at`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `client` (`id` varchar(36) NOT NULL, `code` varchar(32) NOT NULL, `name` varchar(200) NOT NULL, `name_key` varchar(200) NOT NULL, `live_name_key` varchar(200) NULL, `search_key` varchar(800) NOT NULL, `legal_name` varchar(200) NULL, `kind` varchar(32) NOT NULL, `first_name` varchar(100) NULL, `last_name` varchar(100) NULL, `lifecycle` varchar(32) NOT NULL, `status` varchar(32) NOT NULL, `language` varchar(2) NOT NULL, `currency` varchar(3) NOT NULL, `time_zone` varchar(64) NULL, `website` varchar(500) NULL, `email` varchar(254) NULL, `phone` varchar(20) NULL, `mobile` varchar(20) NULL, `fax` varchar(20) NULL, `client_reference` varchar(64) NULL, `description` text NULL, `regard` varchar(32) NOT NULL, `notifications_enabled` tinyint NOT NULL DEFAULT 0, `registered_at` datetime(3) NULL, `registration_ip` varchar(45) NULL, `verified_phone` varchar(20) NULL, `partner_id` varchar(36) NULL, `plan_id` varchar(36) NULL, `identity_provider` varchar(32) NOT NULL, `parent_id` varchar(36) NULL, `bill_to_id` varchar(36) NULL, `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `deleted_at` datetime(3) NULL, `version` int NOT NULL, `billing_line1` varchar(200) NULL, `billing_line2` varchar(200) NULL, `billing_city` varchar(120) NULL, `billing_region` varchar(80) NULL, `billing_postal_code` varchar(12) NULL, `billing_country` varchar(2) NULL, `shipping_line1` varchar(200) NULL, `shipping_line2` varchar(200) NULL, `shipping_city` varchar(120) NULL, `shipping_region` varchar(80) NULL, `shipping_postal_code` varchar(12) NULL, `shipping_country` varchar(2) NULL, UNIQUE INDEX `UQ_client_code` (`code`), INDEX `IDX_client_name_key` (`name_key`), UNIQUE INDEX `UQ_client_live_name_key` (`live_name_key`), INDEX `IDX_client_status` (`status`), INDEX `IDX_client_partner` (`partner_id`), INDEX `IDX_client_live_updated` (`deleted_at`, `updated_at`, `id`), INDEX `IDX_client_live_created` (`deleted_at`, `created_at`, `id`), INDEX `IDX_client_live_code` (`deleted_at`, `code`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `client_business_number` (`id` varchar(36) NOT NULL, `client_id` varchar(36) NOT NULL, `scheme` varchar(32) NOT NULL, `value` varchar(32) NOT NULL, `position` int NOT NULL, INDEX `IDX_client_business_number_client` (`client_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `client_domain` (`id` varchar(36) NOT NULL, `client_id` varchar(36) NOT NULL, `domain` varchar(253) NOT NULL, `position` int NOT NULL, INDEX `IDX_client_domain_client` (`client_id`), UNIQUE INDEX `UQ_client_domain_domain` (`domain`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `client_tag` (`client_id` varchar(36) NOT NULL, `tag_key` varchar(40) NOT NULL, `tag` varchar(40) NOT NULL, INDEX `IDX_client_tag_key` (`tag_key`), PRIMARY KEY (`client_id`, `tag_key`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `contact` (`id` varchar(36) NOT NULL, `first_name` varchar(100) NOT NULL, `last_name` varchar(100) NOT NULL, `name_key` varchar(201) NOT NULL, `email` varchar(254) NULL, `email_key` varchar(254) NULL, `email_domain` varchar(253) NULL, `phone` varchar(20) NULL, `mobile` varchar(20) NULL, `language` varchar(2) NOT NULL, `time_zone` varchar(64) NULL, `social_handles` text NULL, `created_by_id` varchar(36) NULL, `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `deleted_at` datetime(3) NULL, `version` int NOT NULL, `address_line1` varchar(200) NULL, `address_line2` varchar(200) NULL, `address_city` varchar(120) NULL, `address_region` varchar(80) NULL, `address_postal_code` varchar(12) NULL, `address_country` varchar(2) NULL, INDEX `IDX_contact_name_key` (`name_key`), UNIQUE INDEX `UQ_contact_email_key` (`email_key`), INDEX `IDX_contact_email_domain` (`email_domain`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `client_contact` (`id` varchar(36) NOT NULL, `client_id` varchar(36) NOT NULL, `contact_id` varchar(36) NOT NULL, `title` varchar(100) NULL, `department` varchar(100) NULL, `type` varchar(32) NOT NULL, `primary_key` varchar(36) NULL, `linked_at` datetime(3) NOT NULL, UNIQUE INDEX `UQ_client_contact_primary` (`primary_key`), INDEX `IDX_client_contact_contact` (`contact_id`), UNIQUE INDEX `UQ_client_contact_pair` (`client_id`, `contact_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `counter` (`name` varchar(64) NOT NULL, `value` int NOT NULL, PRIMARY KEY (`name`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      "CREATE TABLE `industry` (`id` varchar(36) NOT NULL, `name` varchar(100) NOT NULL, `name_key` varchar(100) NOT NULL, `position` int NOT NULL DEFAULT '0', `archived` tinyint NOT NULL DEFAULT 0, `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `version` int NOT NULL, UNIQUE INDEX `UQ_industry_name_key` (`name_key`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `user_account` (`id` varchar(36) NOT NULL, `email` varchar(254) NOT NULL, `display_name` varchar(120) NOT NULL, `role` varchar(16) NOT NULL, `password_hash` varchar(255) NOT NULL, `locale` varchar(2) NOT NULL, `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `failed_sign_ins` int NOT NULL DEFAULT '0', `locked_until` datetime(3) NULL, `last_sign_in_at` datetime(3) NULL, `version` int NOT NULL, UNIQUE INDEX `UQ_user_email` (`email`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'CREATE TABLE `client_crm` (`client_id` varchar(36) NOT NULL, `health` varchar(32) NULL, `tier` varchar(32) NULL, `renewal_date` date NULL, `industry_id` varchar(36) NULL, `account_owner_id` varchar(36) NULL, `source` varchar(32) NULL, INDEX `IDX_client_crm_health` (`health`), INDEX `IDX_client_crm_tier` (`tier`), INDEX `IDX_client_crm_renewal_date` (`renewal_date`), INDEX `IDX_client_crm_industry` (`industry_id`), INDEX `IDX_client_crm_owner` (`account_owner_id`), PRIMARY KEY (`client_id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `client_salesperson` (`client_id` varchar(36) NOT NULL, `user_id` varchar(36) NOT NULL, INDEX `IDX_client_salesperson_user` (`user_id`), PRIMARY KEY (`client_id`, `user_id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      "CREATE TABLE `outbox_email` (`id` varchar(36) NOT NULL, `to` varchar(254) NOT NULL, `to_name` varchar(200) NULL, `locale` varchar(2) NOT NULL, `template` varchar(40) NOT NULL, `subject` varchar(250) NOT NULL, `text` text NOT NULL, `html` text NOT NULL, `client_id` varchar(36) NULL, `status` varchar(32) NOT NULL, `attempts` int NOT NULL DEFAULT '0', `next_attempt_at` datetime(3) NOT NULL, `locked_by` varchar(64) NULL, `locked_until` datetime(3) NULL, `last_error` varchar(500) NULL, `created_at` datetime(3) NOT NULL, `sent_at` datetime(3) NULL, INDEX `IDX_outbox_email_client` (`client_id`), INDEX `IDX_outbox_email_due` (`status`, `next_attempt_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'CREATE TABLE `one_time_token` (`id` varchar(36) NOT NULL, `token_hash` varchar(64) NOT NULL, `purpose` varchar(32) NOT NULL, `principal_type` varchar(32) NOT NULL, `principal_id` varchar(36) NOT NULL, `subject_id` varchar(36) NULL, `created_at` datetime(3) NOT NULL, `expires_at` datetime(3) NOT NULL, `used_at` datetime(3) NULL, UNIQUE INDEX `UQ_one_time_token_hash` (`token_hash`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `session` (`id` varchar(36) NOT NULL, `token_hash` varchar(64) NOT NULL, `principal_type` varchar(32) NOT NULL, `principal_id` varchar(36) NOT NULL, `kind` varchar(32) NOT NULL, `user_agent` varchar(200) NULL, `ip` varchar(45) NULL, `created_at` datetime(3) NOT NULL, `last_seen_at` datetime(3) NOT NULL, `expires_at` datetime(3) NOT NULL, `revoked_at` datetime(3) NULL, `acting_for_user_id` varchar(36) NULL, UNIQUE INDEX `UQ_session_token_hash` (`token_hash`), INDEX `IDX_session_principal` (`principal_type`, `principal_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `api_token` (`id` varchar(36) NOT NULL, `name` varchar(100) NOT NULL, `scope` varchar(32) NOT NULL, `token_hash` varchar(64) NOT NULL, `prefix` varchar(12) NOT NULL, `owner_type` varchar(32) NOT NULL, `owner_id` varchar(36) NOT NULL, `created_at` datetime(3) NOT NULL, `last_used_at` datetime(3) NULL, `revoked_at` datetime(3) NULL, UNIQUE INDEX `UQ_api_token_hash` (`token_hash`), INDEX `IDX_api_token_owner` (`owner_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `access_grant` (`id` varchar(36) NOT NULL, `client_id` varchar(36) NOT NULL, `contact_id` varchar(36) NOT NULL, `account_id` varchar(36) NOT NULL, `role` varchar(32) NOT NULL, `ip_allow_list` text NOT NULL, `branch_id` varchar(36) NULL, `status` varchar(32) NOT NULL, `invited_at` datetime(3) NULL, `invitation_expires_at` datetime(3) NULL, `last_sign_in_at` datetime(3) NULL, `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `version` int NOT NULL, INDEX `IDX_access_grant_account` (`account_id`), UNIQUE INDEX `UQ_access_grant_pair` (`client_id`, `contact_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `partner` (`id` varchar(36) NOT NULL, `name` varchar(200) NOT NULL, `name_key` varchar(200) NOT NULL, `certifications` text NOT NULL, `created_at` datetime(3) NOT NULL, `version` int NOT NULL, UNIQUE INDEX `UQ_partner_name_key` (`name_key`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      "CREATE TABLE `partner_user` (`id` varchar(36) NOT NULL, `partner_id` varchar(36) NOT NULL, `email` varchar(254) NOT NULL, `display_name` varchar(120) NOT NULL, `password_hash` varchar(255) NULL, `locale` varchar(2) NOT NULL, `failed_sign_ins` int NOT NULL DEFAULT '0', `locked_until` datetime(3) NULL, `last_sign_in_at` datetime(3) NULL, `created_at` datetime(3) NOT NULL, INDEX `IDX_partner_user_partner` (`partner_id`), UNIQUE INDEX `UQ_partner_user_email` (`email`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'CREATE TABLE `partner_invitation` (`id` varchar(36) NOT NULL, `client_id` varchar(36) NOT NULL, `partner_id` varchar(36) NOT NULL, `admin_contact_id` varchar(36) NOT NULL, `status` varchar(32) NOT NULL, `sent_at` datetime(3) NOT NULL, `expires_at` datetime(3) NOT NULL, `responded_at` datetime(3) NULL, `created_at` datetime(3) NOT NULL, `version` int NOT NULL, INDEX `IDX_partner_invitation_client` (`client_id`, `created_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `service_plan` (`id` varchar(36) NOT NULL, `code` varchar(40) NOT NULL, `name` varchar(120) NOT NULL, `required_certification` varchar(40) NULL, `archived` tinyint NOT NULL DEFAULT 0, `created_at` datetime(3) NOT NULL, UNIQUE INDEX `UQ_service_plan_code` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      "CREATE TABLE `portal_account` (`id` varchar(36) NOT NULL, `contact_id` varchar(36) NOT NULL, `user_code` varchar(32) NOT NULL, `email` varchar(254) NOT NULL, `email_key` varchar(254) NOT NULL, `password_hash` varchar(255) NULL, `failed_sign_ins` int NOT NULL DEFAULT '0', `locked_until` datetime(3) NULL, `last_sign_in_at` datetime(3) NULL, `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `version` int NOT NULL, UNIQUE INDEX `UQ_portal_account_contact` (`contact_id`), UNIQUE INDEX `UQ_portal_account_user_code` (`user_code`), UNIQUE INDEX `UQ_portal_account_email_key` (`email_key`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'CREATE TABLE `idempotency_key` (`id` varchar(36) NOT NULL, `scope` varchar(120) NOT NULL, `key` varchar(100) NOT NULL, `result_id` varchar(36) NOT NULL, `created_at` datetime(3) NOT NULL, UNIQUE INDEX `UQ_idempotency_key` (`scope`, `key`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      "CREATE TABLE `account_group` (`id` varchar(36) NOT NULL, `name` varchar(100) NOT NULL, `name_key` varchar(100) NOT NULL, `position` int NOT NULL DEFAULT '0', `archived` tinyint NOT NULL DEFAULT 0, `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `version` int NOT NULL, UNIQUE INDEX `UQ_account_group_name_key` (`name_key`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'CREATE TABLE `client_account_group` (`client_id` varchar(36) NOT NULL, `group_id` varchar(36) NOT NULL, INDEX `IDX_client_account_group_group` (`group_id`), PRIMARY KEY (`client_id`, `group_id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      "CREATE TABLE `branch` (`id` varchar(36) NOT NULL, `name` varchar(100) NOT NULL, `name_key` varchar(100) NOT NULL, `position` int NOT NULL DEFAULT '0', `archived` tinyint NOT NULL DEFAULT 0, `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `version` int NOT NULL, `city` varchar(120) NULL, UNIQUE INDEX `UQ_branch_name_key` (`name_key`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'CREATE TABLE `client_note` (`id` varchar(36) NOT NULL, `client_id` varchar(36) NOT NULL, `body` text NOT NULL, `author_type` varchar(32) NOT NULL, `author_id` varchar(36) NULL, `author_name` varchar(120) NOT NULL, `pinned` tinyint NOT NULL DEFAULT 0, `visibility` varchar(32) NOT NULL, `created_at` datetime(3) NOT NULL, `edited_at` datetime(3) NULL, `deleted_at` datetime(3) NULL, `version` int NOT NULL, INDEX `IDX_client_note_client` (`client_id`, `pinned`, `created_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `client_terms` (`client_id` varchar(36) NOT NULL, `payment_terms` varchar(32) NOT NULL, `payment_terms_days` int NULL, `billing_currency` varchar(3) NULL, `credit_limit` decimal(14,2) NULL, `credit_hold` tinyint NOT NULL DEFAULT 0, `credit_hold_reason` varchar(500) NULL, `discount_percent` decimal(5,2) NULL, `tax_exempt` tinyint NOT NULL DEFAULT 0, `tax_exempt_number` varchar(32) NULL, `gst_hst_number` varchar(20) NULL, `qst_number` varchar(20) NULL, `vat_number` varchar(20) NULL, `invoice_delivery` varchar(32) NOT NULL, `billing_email` varchar(254) NULL, `price_list` varchar(64) NULL, `contract_start` date NULL, `contract_end` date NULL, PRIMARY KEY (`client_id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'ALTER TABLE `client` ADD CONSTRAINT `FK_e77e5d2539c32f5d2c82684f6ff` FOREIGN KEY (`parent_id`) REFERENCES `client`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `client` ADD CONSTRAINT `FK_326b383b4edaab37f95d33c0d1b` FOREIGN KEY (`bill_to_id`) REFERENCES `client`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `client_business_number` ADD CONSTRAINT `FK_084616206ea6b0f24e4a8788343` FOREIGN KEY (`client_id`) REFERENCES `client`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `client_domain` ADD CONSTRAINT `FK_493802502ce2727be53c6dcbab6` FOREIGN KEY (`client_id`) REFERENCES `client`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `client_tag` ADD CONSTRAINT `FK_4d3a44fb3e704770401ade04f88` FOREIGN KEY (`client_id`) REFERENCES `client`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `client_contact` ADD CONSTRAINT `FK_4dbb209037c215934e475b2c9da` FOREIGN KEY (`client_id`) REFERENCES `client`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `client_contact` ADD CONSTRAINT `FK_3a83c6407f07f307eba41f23a07` FOREIGN KEY (`contact_id`) REFERENCES `contact`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `client_crm` ADD CONSTRAINT `FK_a8d523cf87f67d11da9d07d50c7` FOREIGN KEY (`client_id`) REFERENCES `client`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `client_crm` ADD CONSTRAINT `FK_3e2af84ff121b9d6cecf5dd1016` FOREIGN KEY (`industry_id`) REFERENCES `industry`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `client_crm` ADD CONSTRAINT `FK_8fe0dc518f173c93c47b47d0fd5` FOREIGN KEY (`account_owner_id`) REFERENCES `user_account`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `client_salesperson` ADD CONSTRAINT `FK_c7949c8da46af1d7522c6559005` FOREIGN KEY (`client_id`) REFERENCES `client`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `client_salesperson` ADD CONSTRAINT `FK_b4925b76eb6df295f45f31144b2` FOREIGN KEY (`user_id`) REFERENCES `user_account`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `access_grant` ADD CONSTRAINT `FK_5c5d9f2f8fdec6893d265fbccdb` FOREIGN KEY (`client_id`) REFERENCES `client`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `partner_invitation` ADD CONSTRAINT `FK_003061702fe3fe1ae5133c52180` FOREIGN KEY (`client_id`) REFERENCES `client`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `client_account_group` ADD CONSTRAINT `FK_20b55f5370d03ebeacdee4259be` FOREIGN KEY (`client_id`) REFERENCES `client`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `client_account_group` ADD CONSTRAINT `FK_88650579c32efda836a6a36b751` FOREIGN KEY (`group_id`) REFERENCES `account_group`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `client_note` ADD CONSTRAINT `FK_1960a2624c91632ae4c85b6bc1d` FOREIGN KEY (`client_id`) REFERENCES `client`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `client_terms` ADD CONSTRAINT `FK_25c56e9f739d11ea84473ce5ae4` FOREIGN KEY (`client_id`) REFERENCES `client`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `client_terms` DROP FOREIGN KEY `FK_25c56e9f739d11ea84473ce5ae4`');
    await queryRunner.query('ALTER TABLE `client_note` DROP FOREIGN KEY `FK_1960a2624c91632ae4c85b6bc1d`');
    await queryRunner.query(
      'ALTER TABLE `client_account_group` DROP FOREIGN KEY `FK_88650579c32efda836a6a36b751`',
    );
    await queryRunner.query(
      'ALTER TABLE `client_account_group` DROP FOREIGN KEY `FK_20b55f5370d03ebeacdee4259be`',
    );
    await queryRunner.query(
      'ALTER TABLE `partner_invitation` DROP FOREIGN KEY `FK_003061702fe3fe1ae5133c52180`',
    );
    await queryRunner.query('ALTER TABLE `access_grant` DROP FOREIGN KEY `FK_5c5d9f2f8fdec6893d265fbccdb`');
    await queryRunner.query(
      'ALTER TABLE `client_salesperson` DROP FOREIGN KEY `FK_b4925b76eb6df295f45f31144b2`',
    );
    await queryRunner.query(
      'ALTER TABLE `client_salesperson` DROP FOREIGN KEY `FK_c7949c8da46af1d7522c6559005`',
    );
    await queryRunner.query('ALTER TABLE `client_crm` DROP FOREIGN KEY `FK_8fe0dc518f173c93c47b47d0fd5`');
    await queryRunner.query('ALTER TABLE `client_crm` DROP FOREIGN KEY `FK_3e2af84ff121b9d6cecf5dd1016`');
    await queryRunner.query('ALTER TABLE `client_crm` DROP FOREIGN KEY `FK_a8d523cf87f67d11da9d07d50c7`');
    await queryRunner.query('ALTER TABLE `client_contact` DROP FOREIGN KEY `FK_3a83c6407f07f307eba41f23a07`');
    await queryRunner.query('ALTER TABLE `client_contact` DROP FOREIGN KEY `FK_4dbb209037c215934e475b2c9da`');
    await queryRunner.query('ALTER TABLE `client_tag` DROP FOREIGN KEY `FK_4d3a44fb3e704770401ade04f88`');
    await queryRunner.query('ALTER TABLE `client_domain` DROP FOREIGN KEY `FK_493802502ce2727be53c6dcbab6`');
    await queryRunner.query(
      'ALTER TABLE `client_business_number` DROP FOREIGN KEY `FK_084616206ea6b0f24e4a8788343`',
    );
    await queryRunner.query('ALTER TABLE `client` DROP FOREIGN KEY `FK_326b383b4edaab37f95d33c0d1b`');
    await queryRunner.query('ALTER TABLE `client` DROP FOREIGN KEY `FK_e77e5d2539c32f5d2c82684f6ff`');
    await queryRunner.query('DROP TABLE `client_terms`');
    await queryRunner.query('DROP INDEX `IDX_client_note_client` ON `client_note`');
    await queryRunner.query('DROP TABLE `client_note`');
    await queryRunner.query('DROP INDEX `UQ_branch_name_key` ON `branch`');
    await queryRunner.query('DROP TABLE `branch`');
    await queryRunner.query('DROP INDEX `IDX_client_account_group_group` ON `client_account_group`');
    await queryRunner.query('DROP TABLE `client_account_group`');
    await queryRunner.query('DROP INDEX `UQ_account_group_name_key` ON `account_group`');
    await queryRunner.query('DROP TABLE `account_group`');
    await queryRunner.query('DROP INDEX `UQ_idempotency_key` ON `idempotency_key`');
    await queryRunner.query('DROP TABLE `idempotency_key`');
    await queryRunner.query('DROP INDEX `UQ_portal_account_email_key` ON `portal_account`');
    await queryRunner.query('DROP INDEX `UQ_portal_account_user_code` ON `portal_account`');
    await queryRunner.query('DROP INDEX `UQ_portal_account_contact` ON `portal_account`');
    await queryRunner.query('DROP TABLE `portal_account`');
    await queryRunner.query('DROP INDEX `UQ_service_plan_code` ON `service_plan`');
    await queryRunner.query('DROP TABLE `service_plan`');
    await queryRunner.query('DROP INDEX `IDX_partner_invitation_client` ON `partner_invitation`');
    await queryRunner.query('DROP TABLE `partner_invitation`');
    await queryRunner.query('DROP INDEX `UQ_partner_user_email` ON `partner_user`');
    await queryRunner.query('DROP INDEX `IDX_partner_user_partner` ON `partner_user`');
    await queryRunner.query('DROP TABLE `partner_user`');
    await queryRunner.query('DROP INDEX `UQ_partner_name_key` ON `partner`');
    await queryRunner.query('DROP TABLE `partner`');
    await queryRunner.query('DROP INDEX `UQ_access_grant_pair` ON `access_grant`');
    await queryRunner.query('DROP INDEX `IDX_access_grant_account` ON `access_grant`');
    await queryRunner.query('DROP TABLE `access_grant`');
    await queryRunner.query('DROP INDEX `IDX_api_token_owner` ON `api_token`');
    await queryRunner.query('DROP INDEX `UQ_api_token_hash` ON `api_token`');
    await queryRunner.query('DROP TABLE `api_token`');
    await queryRunner.query('DROP INDEX `IDX_session_principal` ON `session`');
    await queryRunner.query('DROP INDEX `UQ_session_token_hash` ON `session`');
    await queryRunner.query('DROP TABLE `session`');
    await queryRunner.query('DROP INDEX `UQ_one_time_token_hash` ON `one_time_token`');
    await queryRunner.query('DROP TABLE `one_time_token`');
    await queryRunner.query('DROP INDEX `IDX_outbox_email_due` ON `outbox_email`');
    await queryRunner.query('DROP INDEX `IDX_outbox_email_client` ON `outbox_email`');
    await queryRunner.query('DROP TABLE `outbox_email`');
    await queryRunner.query('DROP INDEX `IDX_client_salesperson_user` ON `client_salesperson`');
    await queryRunner.query('DROP TABLE `client_salesperson`');
    await queryRunner.query('DROP INDEX `IDX_client_crm_owner` ON `client_crm`');
    await queryRunner.query('DROP INDEX `IDX_client_crm_industry` ON `client_crm`');
    await queryRunner.query('DROP INDEX `IDX_client_crm_renewal_date` ON `client_crm`');
    await queryRunner.query('DROP INDEX `IDX_client_crm_tier` ON `client_crm`');
    await queryRunner.query('DROP INDEX `IDX_client_crm_health` ON `client_crm`');
    await queryRunner.query('DROP TABLE `client_crm`');
    await queryRunner.query('DROP INDEX `UQ_user_email` ON `user_account`');
    await queryRunner.query('DROP TABLE `user_account`');
    await queryRunner.query('DROP INDEX `UQ_industry_name_key` ON `industry`');
    await queryRunner.query('DROP TABLE `industry`');
    await queryRunner.query('DROP TABLE `counter`');
    await queryRunner.query('DROP INDEX `UQ_client_contact_pair` ON `client_contact`');
    await queryRunner.query('DROP INDEX `IDX_client_contact_contact` ON `client_contact`');
    await queryRunner.query('DROP INDEX `UQ_client_contact_primary` ON `client_contact`');
    await queryRunner.query('DROP TABLE `client_contact`');
    await queryRunner.query('DROP INDEX `IDX_contact_email_domain` ON `contact`');
    await queryRunner.query('DROP INDEX `UQ_contact_email_key` ON `contact`');
    await queryRunner.query('DROP INDEX `IDX_contact_name_key` ON `contact`');
    await queryRunner.query('DROP TABLE `contact`');
    await queryRunner.query('DROP INDEX `IDX_client_tag_key` ON `client_tag`');
    await queryRunner.query('DROP TABLE `client_tag`');
    await queryRunner.query('DROP INDEX `UQ_client_domain_domain` ON `client_domain`');
    await queryRunner.query('DROP INDEX `IDX_client_domain_client` ON `client_domain`');
    await queryRunner.query('DROP TABLE `client_domain`');
    await queryRunner.query('DROP INDEX `IDX_client_business_number_client` ON `client_business_number`');
    await queryRunner.query('DROP TABLE `client_business_number`');
    await queryRunner.query('DROP INDEX `IDX_client_live_code` ON `client`');
    await queryRunner.query('DROP INDEX `IDX_client_live_created` ON `client`');
    await queryRunner.query('DROP INDEX `IDX_client_live_updated` ON `client`');
    await queryRunner.query('DROP INDEX `IDX_client_partner` ON `client`');
    await queryRunner.query('DROP INDEX `IDX_client_status` ON `client`');
    await queryRunner.query('DROP INDEX `UQ_client_live_name_key` ON `client`');
    await queryRunner.query('DROP INDEX `IDX_client_name_key` ON `client`');
    await queryRunner.query('DROP INDEX `UQ_client_code` ON `client`');
    await queryRunner.query('DROP TABLE `client`');
    await queryRunner.query('DROP INDEX `IDX_activity_client` ON `activity`');
    await queryRunner.query('DROP INDEX `IDX_activity_actor` ON `activity`');
    await queryRunner.query('DROP TABLE `activity`');
  }
}
