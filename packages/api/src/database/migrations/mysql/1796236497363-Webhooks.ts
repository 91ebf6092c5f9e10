import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Webhooks1796236497363 implements MigrationInterface {
  name = 'Webhooks1796236497363';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `webhook_delivery` (`id` varchar(36) NOT NULL, `event_id` varchar(36) NOT NULL, `event_type` varchar(32) NOT NULL, `endpoint_id` varchar(36) NOT NULL, `client_id` varchar(36) NULL, `payload` text NOT NULL, `status` varchar(32) NOT NULL, `attempt_count` int NOT NULL DEFAULT '0', `next_attempt_at` datetime(3) NOT NULL, `locked_by` varchar(64) NULL, `locked_until` datetime(3) NULL, `last_status_code` int NULL, `last_error` varchar(500) NULL, `created_at` datetime(3) NOT NULL, `delivered_at` datetime(3) NULL, INDEX `IDX_webhook_delivery_endpoint` (`endpoint_id`, `created_at`), INDEX `IDX_webhook_delivery_due` (`status`, `next_attempt_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'CREATE TABLE `webhook_attempt` (`id` varchar(36) NOT NULL, `delivery_id` varchar(36) NOT NULL, `at` datetime(3) NOT NULL, `status_code` int NULL, `error` varchar(500) NULL, `response_body` varchar(500) NULL, `duration_ms` int NOT NULL, INDEX `IDX_webhook_attempt_delivery` (`delivery_id`, `at`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `webhook_endpoint` (`id` varchar(36) NOT NULL, `partner_id` varchar(36) NULL, `url` varchar(2000) NOT NULL, `description` varchar(100) NULL, `event_types` text NOT NULL, `secret` varchar(64) NOT NULL, `secret_prefix` varchar(12) NOT NULL, `enabled` tinyint NOT NULL DEFAULT 1, `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `deleted_at` datetime(3) NULL, `version` int NOT NULL, INDEX `IDX_webhook_endpoint_partner` (`partner_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `IDX_webhook_endpoint_partner` ON `webhook_endpoint`');
    await queryRunner.query('DROP TABLE `webhook_endpoint`');
    await queryRunner.query('DROP INDEX `IDX_webhook_attempt_delivery` ON `webhook_attempt`');
    await queryRunner.query('DROP TABLE `webhook_attempt`');
    await queryRunner.query('DROP INDEX `IDX_webhook_delivery_due` ON `webhook_delivery`');
    await queryRunner.query('DROP INDEX `IDX_webhook_delivery_endpoint` ON `webhook_delivery`');
    await queryRunner.query('DROP TABLE `webhook_delivery`');
  }
}
